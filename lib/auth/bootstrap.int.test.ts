// The first-administrator rule against a real PostgreSQL. Each case gets its own freshly
// migrated database, so "no staff user yet" really means none.
import { afterAll, describe, expect, inject, it } from "vitest";
import { BootstrapConfigError, DEFAULT_ADMIN_EMAIL, ensureFirstAdmin } from "@/lib/auth/bootstrap";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrator";
import { createScratchDatabase } from "@/lib/database/scratch-database";

const serverUrl = inject("databaseUrl");
const cleanups: (() => Promise<void>)[] = [];

async function freshDatabase(): Promise<Db> {
  const scratch = await createScratchDatabase(serverUrl, "bootstrap_test");
  cleanups.push(scratch.drop);
  await applyMigrations(scratch.url);
  const db = createPrismaClient(scratch.url, { max: 4 });
  cleanups.push(() => db.$disconnect());
  return db;
}

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function storedAdmin(db: Db, email: string) {
  return db.staffUser.findUniqueOrThrow({
    where: { email },
    select: { role: true, isActive: true, passwordHash: true, name: true },
  });
}

describe("ensureFirstAdmin", () => {
  it("creates the configured administrator with the configured password, storing only its hash", async () => {
    const db = await freshDatabase();
    const result = await ensureFirstAdmin(db, { email: " Chief@UN.org ", password: "a long enough password" });
    expect(result).toEqual({ status: "created", email: "chief@un.org" });
    const admin = await storedAdmin(db, "chief@un.org");
    expect(admin.role).toBe("ADMIN");
    expect(admin.isActive).toBe(true);
    expect(admin.passwordHash).not.toContain("a long enough password");
    expect(await verifyPassword(admin.passwordHash, "a long enough password")).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "staff.create-first-admin" } });
    expect(JSON.stringify(audit.after)).not.toContain("password\":\"");
  });

  it("generates a strong password, returned once, when none is configured", async () => {
    const db = await freshDatabase();
    const result = await ensureFirstAdmin(db, {});
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    expect(result.email).toBe(DEFAULT_ADMIN_EMAIL);
    expect(result.generatedPassword?.length).toBeGreaterThanOrEqual(20);
    const admin = await storedAdmin(db, DEFAULT_ADMIN_EMAIL);
    expect(await verifyPassword(admin.passwordHash, result.generatedPassword ?? "")).toBe(true);
    // A second start finds staff and creates nothing.
    expect(await ensureFirstAdmin(db, {})).toEqual({ status: "existing" });
    expect(await db.staffUser.count()).toBe(1);
  });

  it("never resets an existing account's password or role", async () => {
    const db = await freshDatabase();
    await ensureFirstAdmin(db, { email: "chief@un.org", password: "the original password" });
    await db.staffUser.update({ where: { email: "chief@un.org" }, data: { role: "EDITOR" } });
    expect(await ensureFirstAdmin(db, { email: "chief@un.org", password: "a different password" })).toEqual({ status: "existing" });
    const admin = await storedAdmin(db, "chief@un.org");
    expect(admin.role).toBe("EDITOR");
    expect(await verifyPassword(admin.passwordHash, "the original password")).toBe(true);
  });

  it("adds a newly configured email as another administrator", async () => {
    const db = await freshDatabase();
    const first = await ensureFirstAdmin(db, {});
    expect(first.status).toBe("created");
    const second = await ensureFirstAdmin(db, { email: "new.admin@un.org" });
    expect(second.status).toBe("created");
    expect((await storedAdmin(db, "new.admin@un.org")).role).toBe("ADMIN");
  });

  it("refuses a short configured password and an invalid email, naming the variable, not the value", async () => {
    const db = await freshDatabase();
    await expect(ensureFirstAdmin(db, { email: "chief@un.org", password: "short-pw" })).rejects.toThrow(
      new BootstrapConfigError("ADMIN_PASSWORD must be at least 12 characters long."),
    );
    await expect(ensureFirstAdmin(db, { email: "not an email", password: "long enough password" })).rejects.toThrow(/ADMIN_EMAIL/);
    expect(await db.staffUser.count()).toBe(0);
  });

  it("creates one administrator when two instances start at once", async () => {
    const db = await freshDatabase();
    const results = await Promise.all([
      ensureFirstAdmin(db, { email: "chief@un.org", password: "a long enough password" }),
      ensureFirstAdmin(db, { email: "chief@un.org", password: "a long enough password" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["created", "existing"]);
    expect(await db.staffUser.count()).toBe(1);
  });
});
