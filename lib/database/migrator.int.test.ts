import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { queryOnce as query } from "@/lib/database/pg-client";
import { afterEach, describe, expect, inject, it } from "vitest";
import { applyMigrations, MigrationError, migrationStatus, readMigrations } from "@/lib/database/migrator";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/database/scratch-database";

const serverUrl = inject("databaseUrl");
const committedDir = path.join(process.cwd(), "prisma", "migrations");

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function scratch(): Promise<ScratchDatabase> {
  const database = await createScratchDatabase(serverUrl, "migrator");
  cleanups.push(database.drop);
  return database;
}

/** A migrations directory of our own, so tests can add and edit files. */
async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "hld-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}


type HistoryRow = {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};
const history = (url: string) =>
  query<HistoryRow>(url, "SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name");

const small = {
  "20260101000000_first": "CREATE TABLE first_table (id TEXT PRIMARY KEY);\n",
  "20260102000000_second": "ALTER TABLE first_table ADD COLUMN label TEXT NOT NULL DEFAULT 'a;b';\nCREATE TABLE second_table (id INTEGER);\n",
};

describe("applyMigrations", () => {
  it("applies every committed migration to an empty database and records them as Prisma does", async () => {
    const db = await scratch();
    const committed = await readMigrations(committedDir);
    expect(committed.length).toBeGreaterThan(0);

    const result = await applyMigrations(db.url, { migrationsDir: committedDir });

    expect(result.applied).toEqual(committed.map((m) => m.name));
    const rows = await history(db.url);
    expect(rows.map((r) => r.migration_name)).toEqual(committed.map((m) => m.name));
    for (const row of rows) {
      const sql = await readFile(path.join(committedDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    // The domain tables exist, and the bookkeeping table has exactly Prisma's shape.
    const tables = await query<{ table_name: string }>(
      db.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["meetings", "staff_users", "_prisma_migrations"]));
    const columns = await query(
      db.url,
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
       FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", length: 36, is_nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", length: 64, is_nullable: "NO", column_default: null },
      { column_name: "finished_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "migration_name", data_type: "character varying", length: 255, is_nullable: "NO", column_default: null },
      { column_name: "logs", data_type: "text", length: null, is_nullable: "YES", column_default: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "started_at", data_type: "timestamp with time zone", length: null, is_nullable: "NO", column_default: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, is_nullable: "NO", column_default: "0" },
    ]);
    await expect(migrationStatus(db.url, { migrationsDir: committedDir })).resolves.toEqual({
      applied: committed.map((m) => m.name),
      pending: [],
      failed: [],
    });
  });

  it("applies nothing the second time, and only new migrations later", async () => {
    const db = await scratch();
    const dir = await migrationsDir({ "20260101000000_first": small["20260101000000_first"] });
    await applyMigrations(db.url, { migrationsDir: dir });

    await expect(applyMigrations(db.url, { migrationsDir: dir })).resolves.toEqual({ applied: [] });
    expect(await history(db.url)).toHaveLength(1);

    await mkdir(path.join(dir, "20260102000000_second"));
    await writeFile(path.join(dir, "20260102000000_second", "migration.sql"), small["20260102000000_second"]);
    await expect(migrationStatus(db.url, { migrationsDir: dir })).resolves.toEqual({
      applied: ["20260101000000_first"],
      pending: ["20260102000000_second"],
      failed: [],
    });
    await expect(applyMigrations(db.url, { migrationsDir: dir })).resolves.toEqual({ applied: ["20260102000000_second"] });
    // The whole script ran, including a ";" inside a string literal.
    const [row] = await query<{ column_default: string }>(
      db.url,
      "SELECT column_default FROM information_schema.columns WHERE table_name = 'first_table' AND column_name = 'label'",
    );
    expect(row?.column_default).toBe("'a;b'::text");
  });

  it("applies each migration exactly once when two instances start together", async () => {
    const db = await scratch();
    const dir = await migrationsDir({
      ...small,
      // Slow enough that the second caller certainly arrives while the first holds the lock.
      "20260103000000_slow": "SELECT pg_sleep(0.5);\nCREATE TABLE third_table (id INTEGER);\n",
    });

    const results = await Promise.all([applyMigrations(db.url, { migrationsDir: dir }), applyMigrations(db.url, { migrationsDir: dir })]);

    const appliedByBoth = results.flatMap((r) => r.applied).sort();
    expect(appliedByBoth).toEqual(Object.keys(small).concat("20260103000000_slow").sort());
    expect(results.some((r) => r.applied.length === 0)).toBe(true);
    const rows = await history(db.url);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("refuses to run when an applied migration was modified", async () => {
    const db = await scratch();
    const dir = await migrationsDir(small);
    await applyMigrations(db.url, { migrationsDir: dir });
    await writeFile(path.join(dir, "20260101000000_first", "migration.sql"), "CREATE TABLE first_table (id BIGINT PRIMARY KEY);\n");
    await mkdir(path.join(dir, "20260104000000_later"));
    await writeFile(path.join(dir, "20260104000000_later", "migration.sql"), "CREATE TABLE later_table (id INTEGER);\n");

    const attempt = applyMigrations(db.url, { migrationsDir: dir });
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(/20260101000000_first.*modified/);
    expect(await history(db.url)).toHaveLength(2);
  });

  it("accepts an applied migration whose line endings were converted", async () => {
    const db = await scratch();
    const dir = await migrationsDir(small);
    await applyMigrations(db.url, { migrationsDir: dir });
    const file = path.join(dir, "20260102000000_second", "migration.sql");
    await writeFile(file, (await readFile(file, "utf8")).replace(/\n/g, "\r\n"));

    await expect(applyMigrations(db.url, { migrationsDir: dir })).resolves.toEqual({ applied: [] });
  });

  it("rolls back a failing migration, records the attempt as rolled back, and retries it once fixed", async () => {
    const db = await scratch();
    const dir = await migrationsDir({
      "20260101000000_first": small["20260101000000_first"],
      "20260102000000_broken": "CREATE TABLE half_done (id INTEGER);\nINSERT INTO missing_table VALUES (1);\n",
    });

    await expect(applyMigrations(db.url, { migrationsDir: dir })).rejects.toThrow(/20260102000000_broken failed.*missing_table/);

    const tables = await query<{ found: boolean }>(db.url, "SELECT to_regclass('half_done') IS NOT NULL AS found");
    expect(tables[0]?.found).toBe(false);
    const rows = await history(db.url);
    expect(rows.map((r) => [r.migration_name, r.finished_at === null, r.rolled_back_at !== null])).toEqual([
      ["20260101000000_first", false, false],
      ["20260102000000_broken", true, true],
    ]);
    expect(rows[1]?.logs).toMatch(/missing_table/);
    await expect(migrationStatus(db.url, { migrationsDir: dir })).resolves.toMatchObject({ pending: ["20260102000000_broken"], failed: [] });

    await writeFile(path.join(dir, "20260102000000_broken", "migration.sql"), "CREATE TABLE half_done (id INTEGER);\n");
    await expect(applyMigrations(db.url, { migrationsDir: dir })).resolves.toEqual({ applied: ["20260102000000_broken"] });
  });

  it("refuses to run while a failed migration is recorded (e.g. by prisma migrate deploy)", async () => {
    const db = await scratch();
    const dir = await migrationsDir(small);
    await applyMigrations(db.url, { migrationsDir: dir });
    await query(
      db.url,
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, logs) VALUES ('00000000-0000-4000-8000-000000000000', 'x', '20260105000000_crashed', 'boom')",
    );
    await expect(migrationStatus(db.url, { migrationsDir: dir })).resolves.toMatchObject({ failed: ["20260105000000_crashed"] });
    await expect(applyMigrations(db.url, { migrationsDir: dir })).rejects.toThrow(/20260105000000_crashed failed/);
  });

  it("reports every migration as pending on a database that was never migrated", async () => {
    const db = await scratch();
    const dir = await migrationsDir(small);
    await expect(migrationStatus(db.url, { migrationsDir: dir })).resolves.toEqual({
      applied: [],
      pending: Object.keys(small),
      failed: [],
    });
  });
});
