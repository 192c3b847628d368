// `npm run db:migrate`: applies the pending committed migrations (prisma/migrations) to
// DATABASE_URL and prints their names. Needs no Prisma engine (see lib/database/migrator.ts);
// `npm start` does the same on its own at start-up.
import { applyMigrations } from "@/lib/database/migrator";
import { env } from "@/lib/env";

async function main(): Promise<number> {
  const url = env().DATABASE_URL;
  if (!url) {
    process.stderr.write("DATABASE_URL is not set. Set it to the PostgreSQL database to migrate (see README.md).\n");
    return 2;
  }
  const { applied } = await applyMigrations(url);
  if (applied.length === 0) process.stdout.write("Database is up to date: no pending migrations.\n");
  else process.stdout.write(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}\n`).join("")}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
