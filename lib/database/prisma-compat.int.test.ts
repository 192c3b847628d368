// Our migrator and Prisma's own migration engine must be interchangeable: each must accept the
// history the other wrote. Prisma's side is its real schema engine (the WASM build, the same
// code as `prisma migrate deploy`), run against the same database.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { applyMigrations, migrationStatus, readMigrations } from "@/lib/database/migrator";
import { createScratchDatabase } from "@/lib/database/scratch-database";
import { readMigrationList } from "@/lib/database/schema-diff";
import { withSchemaEngine } from "@/lib/database/schema-engine";

const serverUrl = inject("databaseUrl");
const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
const schemaPath = path.join(process.cwd(), "prisma", "schema.prisma");
const filters = { externalTables: [], externalEnums: [] };
// The engine validates the datamodel it is given before any command.
const datamodels = async (): Promise<[string, string][]> => [[schemaPath, await readFile(schemaPath, "utf8")]];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function scratch() {
  const database = await createScratchDatabase(serverUrl, "compat");
  cleanups.push(database.drop);
  return database.url;
}

describe("interchangeability with Prisma Migrate", () => {
  it("Prisma's engine finds nothing to apply, edited or failed after our migrator ran", async () => {
    const url = await scratch();
    await applyMigrations(url, { migrationsDir });
    const migrationsList = await readMigrationList(migrationsDir);

    const { diagnosis, deploy } = await withSchemaEngine(url, await datamodels(), async (engine) => ({
      diagnosis: await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters }),
      deploy: await engine.applyMigrations({ migrationsList, filters }),
    }));

    expect(diagnosis).toMatchObject({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
    expect(deploy.appliedMigrationNames).toEqual([]);
  });

  it("our migrator accepts a history written by Prisma's engine", async () => {
    const url = await scratch();
    const migrationsList = await readMigrationList(migrationsDir);
    const committed = (await readMigrations(migrationsDir)).map((m) => m.name);

    const deploy = await withSchemaEngine(url, await datamodels(), (engine) => engine.applyMigrations({ migrationsList, filters }));

    expect(deploy.appliedMigrationNames).toEqual(committed);
    await expect(migrationStatus(url, { migrationsDir })).resolves.toEqual({ applied: committed, pending: [], failed: [] });
    await expect(applyMigrations(url, { migrationsDir })).resolves.toEqual({ applied: [] });
  });
});
