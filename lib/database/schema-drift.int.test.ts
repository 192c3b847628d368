import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createMigration, defaultSchemaPaths, diffMigrationsToSchema, MIGRATION_LOCK_CONTENT, type SchemaPaths } from "@/lib/database/schema-diff";

const serverUrl = inject("databaseUrl");

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** A copy of prisma/ to edit, with `edit` applied to schema.prisma. */
async function editedCopy(edit: (schema: string) => string): Promise<SchemaPaths> {
  const dir = await mkdtemp(path.join(tmpdir(), "hld-drift-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const committed = defaultSchemaPaths();
  const paths = { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
  await cp(committed.migrationsDir, paths.migrationsDir, { recursive: true });
  await writeFile(paths.schemaPath, edit(await readFile(committed.schemaPath, "utf8")));
  return paths;
}

// Adds a column to the first model; any real schema change would do.
const addField = (schema: string) => schema.replace(/^(model \w+ \{\n)/m, "$1  driftProbe String? @map(\"drift_probe\")\n");

describe("schema drift", () => {
  it("prisma/schema.prisma matches the committed migrations (run `npm run db:migration:create -- <name>` if not)", async () => {
    const diff = await diffMigrationsToSchema(serverUrl);
    expect(diff, `schema.prisma has changes no migration contains:\n${diff}`).toBeNull();
  });

  it("detects a schema change that no migration contains", async () => {
    const paths = await editedCopy(addField);
    const diff = await diffMigrationsToSchema(serverUrl, paths);
    expect(diff).toMatch(/ALTER TABLE "\w+" ADD COLUMN\s+"drift_probe" TEXT;/);
  });

  it("creates a migration for the change, then reports no changes", async () => {
    const paths = await editedCopy(addField);
    const before = await readdir(paths.migrationsDir);

    const created = await createMigration(serverUrl, "Add drift probe!", paths, new Date(Date.UTC(2099, 0, 2, 3, 4, 5)));

    expect(created?.name).toBe("20990102030405_add_drift_probe");
    const sql = await readFile(path.join(paths.migrationsDir, "20990102030405_add_drift_probe", "migration.sql"), "utf8");
    expect(sql).toMatch(/^-- AlterTable\nALTER TABLE "\w+" ADD COLUMN\s+"drift_probe" TEXT;\n$/);
    expect(await readFile(path.join(paths.migrationsDir, "migration_lock.toml"), "utf8")).toBe(MIGRATION_LOCK_CONTENT);
    await expect(createMigration(serverUrl, "again", paths)).resolves.toBeNull();
    expect((await readdir(paths.migrationsDir)).sort()).toEqual([...before, "20990102030405_add_drift_probe"].sort());
  });
});
