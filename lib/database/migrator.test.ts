import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checksumOf, MigrationError, readMigrations } from "@/lib/database/migrator";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("readMigrations", () => {
  it("lists migration directories in name order with the sha256 of each file", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "hld-read-migrations-"));
    for (const name of ["20260201000000_b", "20260101000000_a", "20260101000000_Z"]) {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, "migration.sql"), `-- ${name}\n`);
    }
    await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');

    const migrations = await readMigrations(dir);

    // Byte order, the same on every machine whatever its locale: upper case before lower case.
    expect(migrations.map((m) => m.name)).toEqual(["20260101000000_Z", "20260101000000_a", "20260201000000_b"]);
    expect(migrations[0]?.checksum).toBe("d6c410efc90aa15041f468e8b2fde732f2cbf7c73c84ee41491696cb68636088");
  });

  it("returns nothing when there is no migrations directory", async () => {
    await expect(readMigrations(path.join(tmpdir(), "hld-no-such-dir", "migrations"))).resolves.toEqual([]);
  });

  it("fails clearly on a migration directory without migration.sql", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "hld-read-migrations-"));
    await mkdir(path.join(dir, "20260101000000_empty"));
    await expect(readMigrations(dir)).rejects.toThrow(MigrationError);
  });
});

describe("checksumOf", () => {
  it("is the lowercase hex sha256 of the UTF-8 text", () => {
    expect(checksumOf("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(checksumOf("\u00e9")).toBe("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
  });
});
