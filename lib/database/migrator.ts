// Applies the committed prisma/migrations/*/migration.sql files without Prisma's native engine
// (which cannot be downloaded here, STACK.md trap 1), keeping Prisma's bookkeeping so that
// `prisma migrate deploy` on a machine with internet sees the same history and agrees.
//
// Invariants:
// - Migrations run in directory-name order, each in its own transaction, so a failing one leaves
//   the schema as it was before it.
// - Everything happens under Prisma's own advisory lock (72707369): two app instances, or one
//   instance and `prisma migrate deploy`, never migrate at the same time. The second waits, then
//   finds nothing pending.
// - `_prisma_migrations` rows are what Prisma writes: checksum = sha256 hex of the file,
//   applied_steps_count = 1 and finished_at set on success.
// - A changed applied migration or a failed one (finished_at and rolled_back_at both null) stops
//   everything: the database and the code disagree and a person has to decide.
import { createHash, randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { logger } from "@/lib/logger";

const PRISMA_MIGRATE_LOCK = 72707369;

// Prisma's DDL for PostgreSQL, verbatim (schema engine, sql-migration-connector).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrationStatus = { applied: string[]; pending: string[]; failed: string[] };
export type MigratorOptions = { migrationsDir?: string };

export class MigrationError extends Error {
  override name = "MigrationError";
}

type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Prisma accepts a checksum computed before or after a Git line-ending conversion. */
function checksumMatches(sql: string, recorded: string): boolean {
  const lf = sql.replace(/\r\n/g, "\n");
  return [sql, lf, lf.replace(/\n/g, "\r\n")].some((variant) => checksumOf(variant) === recorded);
}

function migrationsDirOf(options: MigratorOptions): string {
  return options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
}

/** The committed migrations, in the order they are applied (directory name = timestamp first). */
export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const sql = await readFile(file, "utf8").catch(() => {
        throw new MigrationError(`Migration ${name} has no readable migration.sql (${file}).`);
      });
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "hld-portal-migrator" });
  // A connection dropped by the server must fail the pending query, not crash the process.
  client.on("error", (error) => logger.warn("migrator: database connection lost", { error }));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function readHistory(client: pg.Client): Promise<HistoryRow[] | null> {
  // to_regclass follows search_path, as Prisma's unqualified table name does.
  const exists = await client.query<{ found: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS found");
  if (!exists.rows[0]?.found) return null;
  const result = await client.query<HistoryRow>(
    "SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at, migration_name",
  );
  return result.rows;
}

function summarise(files: MigrationFile[], history: HistoryRow[] | null) {
  const rows = history ?? [];
  const isLive = (row: HistoryRow) => row.rolled_back_at === null;
  const appliedRows = new Map<string, HistoryRow>();
  for (const row of rows) if (isLive(row) && row.finished_at !== null) appliedRows.set(row.migration_name, row);
  const failed = [...new Set(rows.filter((row) => isLive(row) && row.finished_at === null).map((row) => row.migration_name))];
  const pending = files.filter((file) => !appliedRows.has(file.name));
  const modified = files.filter((file) => {
    const row = appliedRows.get(file.name);
    return row !== undefined && !checksumMatches(file.sql, row.checksum);
  });
  return { appliedRows, failed, pending, modified };
}

/** What is applied, pending and failed, for readiness checks. Reads only; takes no lock. */
export async function migrationStatus(url: string, options: MigratorOptions = {}): Promise<MigrationStatus> {
  const files = await readMigrations(migrationsDirOf(options));
  const history = await withClient(url, readHistory);
  const { appliedRows, failed, pending } = summarise(files, history);
  return { applied: [...appliedRows.keys()], pending: pending.map((file) => file.name), failed };
}

function refuseIfInconsistent(summary: ReturnType<typeof summarise>): void {
  if (summary.failed.length > 0) {
    throw new MigrationError(
      `Migration(s) ${summary.failed.join(", ")} failed part-way in an earlier run and are recorded as failed in ` +
        "_prisma_migrations. Repair the database by hand, then mark them resolved (`prisma migrate resolve`) " +
        "or delete their failed rows; nothing was applied.",
    );
  }
  if (summary.modified.length > 0) {
    throw new MigrationError(
      `Applied migration(s) ${summary.modified.map((file) => file.name).join(", ")} were modified after being applied ` +
        "(checksum mismatch). Restore the committed file(s) and put new changes in a new migration; nothing was applied.",
    );
  }
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, clock_timestamp(), 0)",
      [id, file.checksum, file.name],
    );
    // One simple-protocol query: PostgreSQL runs the whole multi-statement script in our transaction.
    await client.query(file.sql);
    await client.query(
      "UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1 WHERE id = $1",
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    // Nothing of the script remains (the transaction rolled back), so the attempt is recorded as
    // rolled back, the way `prisma migrate resolve --rolled-back` would: a fixed file is retried.
    await client
      .query(
        "INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, clock_timestamp(), clock_timestamp(), 0)",
        [id, file.checksum, file.name, message],
      )
      .catch((recordError: unknown) => logger.error("could not record the failed migration", { migration: file.name, error: recordError }));
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${message}`, { cause: error });
  }
}

/**
 * Applies every pending migration to the database at `url` and returns their names (empty when
 * the database is up to date). Safe to call from several processes at once.
 */
export async function applyMigrations(url: string, options: MigratorOptions = {}): Promise<{ applied: string[] }> {
  const files = await readMigrations(migrationsDirOf(options));
  return withClient(url, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    try {
      let history = await readHistory(client);
      if (history === null) {
        await client.query(CREATE_MIGRATIONS_TABLE);
        history = [];
      }
      const summary = summarise(files, history);
      refuseIfInconsistent(summary);
      const applied: string[] = [];
      for (const file of summary.pending) {
        const started = Date.now();
        await applyOne(client, file);
        applied.push(file.name);
        logger.info("migration applied", { migration: file.name, ms: Date.now() - started });
      }
      return { applied };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => undefined);
    }
  });
}
