// Staff-account rules against a real PostgreSQL, in a freshly migrated database of its own so
// that "the last active administrator" means exactly the accounts made here.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef";
});

const { verifyPassword } = await import("@/lib/auth/password");
const { createPrismaClient } = await import("@/lib/database/client");
const { applyMigrations } = await import("@/lib/database/migrator");
const { createScratchDatabase } = await import("@/lib/database/scratch-database");
const { ConflictError, ForbiddenError, ValidationError } = await import("@/lib/errors");
const mutations = await import("@/lib/staff/mutations");
const { createStaffUser, LAST_ADMIN_MESSAGE, resetStaffPassword, setStaffActive, STALE_STAFF_MESSAGE, updateStaffUser } = mutations;
type Db = Awaited<ReturnType<typeof createPrismaClient>>;
type Role = "ADMIN" | "EDITOR" | "REGISTRAR";

const STRONG = "violet-harbour-cactus-1987-lantern";
let db: Db;
let drop: () => Promise<void>;
let counter = 0;

beforeAll(async () => {
  const scratch = await createScratchDatabase(inject("databaseUrl"), "staff_test");
  drop = scratch.drop;
  await applyMigrations(scratch.url);
  db = createPrismaClient(scratch.url, { max: 6 });
});

afterAll(async () => {
  await db.$disconnect();
  await drop();
});

beforeEach(async () => {
  await db.auditLog.deleteMany();
  await db.staffUser.deleteMany();
});

async function account(role: Role, overrides: { isActive?: boolean } = {}) {
  counter += 1;
  const user = await db.staffUser.create({
    data: { email: `${role.toLowerCase()}${counter}@portal.localhost`, name: `${role} ${counter}`, role, passwordHash: "unused", ...overrides },
    select: { id: true, email: true, role: true, updatedAt: true, sessionVersion: true },
  });
  return { ...user, userId: user.id };
}

const stored = (id: string) =>
  db.staffUser.findUniqueOrThrow({ where: { id }, select: { name: true, role: true, isActive: true, sessionVersion: true, mustChangePassword: true, passwordHash: true, updatedAt: true } });

describe("createStaffUser", () => {
  it("creates an active account that must change its temporary password, audited without the hash", async () => {
    const admin = await account("ADMIN");
    const created = await createStaffUser(db, admin, { name: "Ana Editor", email: " Ana.Editor@UN.org ", role: "EDITOR", password: STRONG });
    expect(created).toEqual({ id: expect.any(String), email: "ana.editor@un.org" });
    const user = await stored(created.id);
    expect(user).toMatchObject({ role: "EDITOR", isActive: true, mustChangePassword: true });
    expect(await verifyPassword(user.passwordHash, STRONG)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "staff.create", entityId: created.id } });
    expect(audit.after).toEqual({ name: "Ana Editor", email: "ana.editor@un.org", role: "EDITOR", isActive: true, mustChangePassword: true, passwordGenerated: false });
    expect(JSON.stringify(audit)).not.toContain(STRONG);
    expect(JSON.stringify(audit)).not.toContain("argon2");
  });

  it("generates a password when none is given and returns it once", async () => {
    const admin = await account("ADMIN");
    const created = await createStaffUser(db, admin, { name: "Reg Istrar", email: "reg@un.org", role: "REGISTRAR", password: "" });
    expect(created.generatedPassword).toMatch(/^[\w-]{24}$/u);
    expect(await verifyPassword((await stored(created.id)).passwordHash, created.generatedPassword ?? "")).toBe(true);
  });

  it("refuses weak, personal and duplicate-email input on the right fields", async () => {
    const admin = await account("ADMIN");
    const attempt = (input: Record<string, unknown>) => createStaffUser(db, admin, { name: "Ana Editor", email: "ana@un.org", role: "EDITOR", password: STRONG, ...input });
    await expect(attempt({ password: "password1234" })).rejects.toMatchObject({ fieldErrors: { password: [expect.stringContaining("too easy to guess")] } });
    await expect(attempt({ password: "short" })).rejects.toMatchObject({ fieldErrors: { password: [expect.stringContaining("12 characters")] } });
    await expect(attempt({ password: "ana-editor-violet-harbour-cactus" })).rejects.toMatchObject({ fieldErrors: { password: ["Do not use your name or email address in your password."] } });
    await attempt({});
    await expect(attempt({ name: "Another Ana" })).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt({ name: "Another Ana" })).rejects.toMatchObject({ fieldErrors: { email: [mutations.DUPLICATE_EMAIL_MESSAGE] } });
    expect(await db.staffUser.count({ where: { email: "ana@un.org" } })).toBe(1);
  });
});

describe("updateStaffUser", () => {
  it("changes name and role, audits before and after, and refuses a stale form", async () => {
    const admin = await account("ADMIN");
    const editor = await account("EDITOR");
    const loaded = editor.updatedAt.toISOString();
    await updateStaffUser(db, admin, { id: editor.id, name: "Renamed", role: "REGISTRAR", updatedAt: loaded });
    expect(await stored(editor.id)).toMatchObject({ name: "Renamed", role: "REGISTRAR" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "staff.change-role", entityId: editor.id } });
    expect(audit.before).toMatchObject({ name: `EDITOR ${counter}`, role: "EDITOR" });
    expect(audit.after).toMatchObject({ name: "Renamed", role: "REGISTRAR" });
    // A second save from the same loaded copy is refused and changes nothing.
    await expect(updateStaffUser(db, admin, { id: editor.id, name: "Lost", role: "EDITOR", updatedAt: loaded })).rejects.toThrow(STALE_STAFF_MESSAGE);
    expect(await stored(editor.id)).toMatchObject({ name: "Renamed", role: "REGISTRAR" });
  });

  it("refuses changing your own role", async () => {
    const admin = await account("ADMIN");
    await account("ADMIN");
    await expect(updateStaffUser(db, admin, { id: admin.id, name: "Me", role: "EDITOR", updatedAt: admin.updatedAt.toISOString() })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await stored(admin.id)).role).toBe("ADMIN");
  });
});

describe("deactivation and password resets", () => {
  it("deactivation raises the session version; reactivation does not bring old sessions back", async () => {
    const admin = await account("ADMIN");
    const editor = await account("EDITOR");
    await setStaffActive(db, admin, { id: editor.id, active: false });
    expect(await stored(editor.id)).toMatchObject({ isActive: false, sessionVersion: 2 });
    await setStaffActive(db, admin, { id: editor.id, active: true });
    expect(await stored(editor.id)).toMatchObject({ isActive: true, sessionVersion: 2 });
    expect(await db.auditLog.findMany({ where: { entityId: editor.id }, select: { action: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { action: "staff.deactivate" },
      { action: "staff.reactivate" },
    ]);
  });

  it("refuses deactivating yourself", async () => {
    const admin = await account("ADMIN");
    await account("ADMIN");
    await expect(setStaffActive(db, admin, { id: admin.id, active: false })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await stored(admin.id)).isActive).toBe(true);
  });

  it("a reset sets a temporary password the user must change and ends their sessions", async () => {
    const admin = await account("ADMIN");
    const editor = await account("EDITOR");
    const { generatedPassword } = await resetStaffPassword(db, admin, { id: editor.id, password: "" });
    const user = await stored(editor.id);
    expect(user).toMatchObject({ mustChangePassword: true, sessionVersion: 2 });
    expect(await verifyPassword(user.passwordHash, generatedPassword ?? "")).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "staff.reset-password", entityId: editor.id } });
    expect(JSON.stringify(audit)).not.toContain(generatedPassword);
    await expect(resetStaffPassword(db, admin, { id: admin.id, password: "" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("there is always an active administrator", () => {
  it("refuses demoting or deactivating the last active administrator, by another administrator's hand too", async () => {
    const admin = await account("ADMIN");
    const other = await account("ADMIN", { isActive: false });
    const otherActor = { ...other, role: "ADMIN" as const };
    // `other` is inactive: `admin` is the last active one, whoever asks.
    await expect(setStaffActive(db, otherActor, { id: admin.id, active: false })).rejects.toThrow(LAST_ADMIN_MESSAGE);
    await expect(updateStaffUser(db, otherActor, { id: admin.id, name: "Admin", role: "EDITOR", updatedAt: admin.updatedAt.toISOString() })).rejects.toThrow(LAST_ADMIN_MESSAGE);
    expect(await stored(admin.id)).toMatchObject({ role: "ADMIN", isActive: true });
    // With a second active administrator, one of them may go.
    await setStaffActive(db, admin, { id: other.id, active: true });
    await setStaffActive(db, admin, { id: other.id, active: false });
    expect((await stored(other.id)).isActive).toBe(false);
  });

  it("lets exactly one of two concurrent demotions through when they would remove both administrators", async () => {
    for (let round = 0; round < 3; round += 1) {
      await db.staffUser.deleteMany();
      const first = await account("ADMIN");
      const second = await account("ADMIN");
      // Each demotes the other at the same moment; without the row lock both would see two admins.
      const outcomes = await Promise.allSettled([
        updateStaffUser(db, first, { id: second.id, name: "Second", role: "EDITOR", updatedAt: second.updatedAt.toISOString() }),
        setStaffActive(db, second, { id: first.id, active: false }),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      const refused = outcomes.find((outcome) => outcome.status === "rejected");
      expect(refused?.status === "rejected" ? refused.reason : null).toBeInstanceOf(ConflictError);
      expect(await db.staffUser.count({ where: { role: "ADMIN", isActive: true } })).toBe(1);
    }
  });
});
