// `npm run db:migration:create -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL `prisma migrate dev` would generate for the changes in prisma/schema.prisma, using
// Prisma's WASM schema engine (the CLI's native engine cannot be downloaded here, STACK.md trap 1).
//
// The engine replays the committed migrations on a temporary shadow database: on the server of
// DATABASE_URL when it is set (the database itself is never modified), otherwise on a throwaway
// embedded PostgreSQL in a temporary folder.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { createMigration, defaultSchemaPaths } from "@/lib/database/schema-diff";
import { env } from "@/lib/env";

const RISKY_STATEMENT = /^\s*(DROP (TABLE|TYPE|SCHEMA)\b|TRUNCATE\b|DELETE\b|ALTER TABLE .*\b(DROP COLUMN|ALTER COLUMN .* (TYPE|SET NOT NULL))\b)/i;

async function withServer<T>(work: (serverUrl: string) => Promise<T>): Promise<T> {
  const configured = env().DATABASE_URL;
  if (configured) return work(configured);
  const dataDir = await mkdtemp(path.join(tmpdir(), "hld-migration-create-"));
  try {
    const server = await startEmbeddedPostgres({ dataDir, database: "shadow_host" });
    try {
      return await work(server.url);
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const name = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
  if (!name) {
    process.stderr.write("Usage: npm run db:migration:create -- <name>   (e.g. add_meeting_room)\n");
    return 2;
  }
  const paths = defaultSchemaPaths();
  const created = await withServer((serverUrl) => createMigration(serverUrl, name, paths));
  if (!created) {
    process.stdout.write("No changes: prisma/schema.prisma matches the migrations; nothing was written.\n");
    return 0;
  }
  process.stdout.write(`Created ${path.relative(process.cwd(), created.file)}\n`);
  // `prisma migrate dev` would list data-losing steps in a comment block; the engine call used
  // here does not produce it, so the statements that can lose data are pointed out instead.
  const risky = (await readFile(created.file, "utf8")).split("\n").filter((line) => RISKY_STATEMENT.test(line));
  if (risky.length > 0) {
    process.stdout.write(`These statements can lose data; make sure that is intended:\n${risky.map((line) => `  ${line.trim()}\n`).join("")}`);
  }
  process.stdout.write("Review it, then apply it with `npm run db:migrate`.\n");
  return 0;
}

// An engine panic also escapes as an uncaught "unreachable" trap; the rejection carrying the
// panic message is reported by the handler below, so the trap itself only needs to end the run.
process.on("uncaughtException", (error) => {
  const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.get();
  process.stderr.write(`Could not create the migration: ${panic || error.message}\n`);
  process.exit(1);
});

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Could not create the migration: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
