// npm run db:migrate — applies pending migrations to DATABASE_URL (the server also does on start).
import { migrate } from "@/lib/db";
import { openDatabaseFromEnv } from "@/lib/server/server";

const db = openDatabaseFromEnv();
try {
  const applied = await migrate(db, undefined, {
    onReport: (id, line) => console.log(`${id}: ${line}`),
  });
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.close();
}
