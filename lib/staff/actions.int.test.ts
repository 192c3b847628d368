// The staff-account actions and the password change through the real session lookup, against a
// real PostgreSQL: only the request's cookies are stood in for. Every action is replayed without a
// session and with each lower role, and must refuse and change nothing (issue 3, point 9).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());

const actions = await import("@/lib/staff/actions");
const { hashPassword, verifyPassword } = await import("@/lib/auth/password");
const { MUST_CHANGE_PASSWORD_MESSAGE, sessionFromToken } = await import("@/lib/auth/session");
const { WRONG_CURRENT_PASSWORD_MESSAGE } = await import("@/lib/staff/account");
type Role = "ADMIN" | "EDITOR" | "REGISTRAR";

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
const OLD = "first-temporary-password-for-tests";
const NEW = "quiet-meadow-trombone-4821-orbit";
const users: Record<"admin" | "editor" | "registrar" | "target", { id: string; email: string; role: Role }> = {
  admin: { id: "", email: `admin-${tag}@portal.localhost`, role: "ADMIN" },
  editor: { id: "", email: `editor-${tag}@portal.localhost`, role: "EDITOR" },
  registrar: { id: "", email: `registrar-${tag}@portal.localhost`, role: "REGISTRAR" },
  target: { id: "", email: `target-${tag}@portal.localhost`, role: "EDITOR" },
};
let oldHash = "";

async function signInAs(user: { id: string; role: string }) {
  const { sessionVersion } = await db.staffUser.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  harness.cookie = await sessionCookieFor({ ...user, sessionVersion });
}

async function everything() {
  const accounts = await db.staffUser.findMany({
    where: { email: { endsWith: `-${tag}@portal.localhost` } },
    select: { email: true, name: true, role: true, isActive: true, sessionVersion: true, mustChangePassword: true, passwordHash: true, updatedAt: true },
    orderBy: { email: "asc" },
  });
  const audits = await db.auditLog.count({ where: { entityType: "StaffUser", action: { startsWith: "staff." } } });
  return { accounts, audits };
}

beforeAll(async () => {
  oldHash = await hashPassword(OLD);
  for (const [key, user] of Object.entries(users)) {
    const created = await db.staffUser.create({ data: { email: user.email, name: `Person ${key}`, passwordHash: oldHash, role: user.role }, select: { id: true } });
    user.id = created.id;
  }
});

beforeEach(async () => {
  harness.cookie = undefined;
  harness.set.length = 0;
  await db.staffUser.updateMany({
    where: { email: { endsWith: `-${tag}@portal.localhost` } },
    data: { isActive: true, mustChangePassword: false, passwordHash: oldHash },
  });
});

afterAll(async () => {
  const ids = Object.values(users).map((user) => user.id);
  await db.auditLog.deleteMany({ where: { OR: [{ actorId: { in: ids } }, { entityId: { in: ids } }] } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

const replays = () => {
  const target = users.target;
  return {
    createStaffAction: () => actions.createStaffAction({ name: "Intruder", email: `intruder-${tag}@portal.localhost`, role: "ADMIN", password: "" }),
    updateStaffAction: async () => {
      const { updatedAt } = await db.staffUser.findUniqueOrThrow({ where: { id: target.id }, select: { updatedAt: true } });
      return actions.updateStaffAction({ id: target.id, name: "Hijacked", role: "ADMIN", updatedAt: updatedAt.toISOString() });
    },
    setStaffActiveAction: () => actions.setStaffActiveAction({ id: target.id, active: false }),
    resetStaffPasswordAction: () => actions.resetStaffPasswordAction({ id: target.id, password: "" }),
  };
};

describe("staff-account actions refuse callers without the right session and change nothing", () => {
  const cases: [string, (() => Promise<void>) | null, string][] = [
    ["without a session", null, "Please sign in."],
    ["as an editor", () => signInAs(users.editor), "You do not have permission to do this."],
    ["as a registrar", () => signInAs(users.registrar), "You do not have permission to do this."],
    ["as a deactivated administrator", async () => {
      await signInAs(users.admin);
      await db.staffUser.update({ where: { id: users.admin.id }, data: { isActive: false } });
    }, "Please sign in."],
    ["as an administrator who still has a temporary password", async () => {
      await signInAs(users.admin);
      await db.staffUser.update({ where: { id: users.admin.id }, data: { mustChangePassword: true } });
    }, MUST_CHANGE_PASSWORD_MESSAGE],
  ];
  for (const [who, signIn, message] of cases) {
    it(`refuses every staff-account action ${who}`, async () => {
      await signIn?.();
      const before = await everything();
      for (const [name, replay] of Object.entries(replays())) {
        expect(await replay(), name).toEqual({ ok: false, message });
      }
      expect(await everything()).toEqual(before);
      expect(await db.staffUser.count({ where: { email: `intruder-${tag}@portal.localhost` } })).toBe(0);
    });
  }

  it("lets an administrator do them (the replays above would work with the right role)", async () => {
    await signInAs(users.admin);
    for (const [name, replay] of Object.entries(replays())) {
      expect((await replay()).ok, name).toBe(true);
    }
    await db.staffUser.deleteMany({ where: { email: `intruder-${tag}@portal.localhost` } });
    await db.staffUser.update({ where: { id: users.target.id }, data: { name: "Person target", role: "EDITOR" } });
  });
});

describe("changeOwnPasswordAction", () => {
  const form = (overrides: Record<string, string> = {}) => ({ currentPassword: OLD, newPassword: NEW, confirmation: NEW, ...overrides });

  it("refuses without a session", async () => {
    expect(await actions.changeOwnPasswordAction(form())).toEqual({ ok: false, message: "Please sign in." });
    expect(harness.set).toEqual([]);
  });

  it("is the one thing a user with a temporary password may do; afterwards other sessions end and this browser has a new one", async () => {
    const user = users.registrar;
    await db.staffUser.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    await signInAs(user);
    const oldCookie = harness.cookie;
    const { sessionVersion } = await db.staffUser.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });

    expect(await actions.changeOwnPasswordAction(form())).toEqual({ ok: true, data: null });
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true, sessionVersion: true, passwordHash: true } });
    expect(stored).toMatchObject({ mustChangePassword: false, sessionVersion: sessionVersion + 1 });
    expect(await verifyPassword(stored.passwordHash, NEW)).toBe(true);
    // The old token (this and every other browser's) is refused; the fresh cookie is valid.
    expect(await sessionFromToken(db, oldCookie)).toBeNull();
    expect(harness.set).toHaveLength(1);
    expect(harness.set[0]?.name).toBe("next-auth.session-token");
    expect(await sessionFromToken(db, harness.set[0]?.value)).toMatchObject({ userId: user.id, mustChangePassword: false });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.password-change", entityId: user.id } });
    expect(JSON.stringify(audit)).not.toContain(NEW);
  });

  it("needs the right current password, a confirmation and a strong password without the user's name", async () => {
    await signInAs(users.editor);
    expect(await actions.changeOwnPasswordAction(form({ currentPassword: "not my password" }))).toMatchObject({ ok: false, fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] } });
    expect(await actions.changeOwnPasswordAction(form({ confirmation: "something else" }))).toMatchObject({ ok: false, fieldErrors: { confirmation: ["The two new passwords are not the same."] } });
    expect(await actions.changeOwnPasswordAction(form({ newPassword: "aaaaaaaaaaaaaaaa", confirmation: "aaaaaaaaaaaaaaaa" }))).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.stringContaining("too easy to guess")] } });
    const personal = `person-editor-${NEW}`;
    expect(await actions.changeOwnPasswordAction(form({ newPassword: personal, confirmation: personal }))).toMatchObject({ ok: false, fieldErrors: { newPassword: ["Do not use your name or email address in your password."] } });
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: users.editor.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toBe(oldHash);
    expect(harness.set).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "account.password-change.failed", entityId: users.editor.id } })).toBe(1);
  });
});
