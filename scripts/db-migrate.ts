// npm run db:migrate — applies pending migrations to DATABASE_URL (the server also does on start).
import { migrate } from "@/lib/db";
import { openDatabaseFromEnv } from "@/lib/server/server";

const db = openDatabaseFromEnv();
try {
  const applied = await migrate(db);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.close();
}
