// npm run db:migrate — applies pending migrations to DATABASE_URL (the server also does on start).
import { migrate, openDatabase } from "@/lib/db";
import { getEnv } from "@/lib/env";

const env = getEnv();
const db = openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  const applied = await migrate(db);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.close();
}
