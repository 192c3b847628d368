// Sign-in and the per-request session check against a real PostgreSQL.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef";
});

const { authenticateStaff } = await import("@/lib/auth/authenticate");
const { addressKey, SIGN_IN_THROTTLE } = await import("@/lib/auth/sign-in-throttle");
const { hashPassword } = await import("@/lib/auth/password");
const { sessionFromToken } = await import("@/lib/auth/session");
const { createPrismaClient } = await import("@/lib/database/client");

const url = process.env.DATABASE_URL;
if (!url) throw new Error("The integration setup provides DATABASE_URL");
const db = createPrismaClient(url, { max: 4 });
const tag = randomUUID().slice(0, 8);
const email = (name: string) => `${name}-${tag}@portal.localhost`;
const PASSWORD = "correct horse battery staple";
/** Attempts come from documentation-range addresses, a different one per test, so limits do not leak between tests. */
const octet = Number.parseInt(tag.slice(0, 2), 16);
const from = (network: number) => ({ clientAddress: `198.51.${network}.${octet}` });
const HOME = from(1);
const ids: Record<string, string> = {};

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  for (const [name, isActive] of [["editor", true], ["retired", false], ["targeted", true]] as const) {
    const user = await db.staffUser.create({
      data: { email: email(name), name: `Staff ${name}`, passwordHash, role: "EDITOR", isActive },
      select: { id: true },
    });
    ids[name] = user.id;
  }
});

afterAll(async () => {
  await db.auditLog.deleteMany({
    where: {
      OR: [
        { actorId: { in: Object.values(ids) } },
        { action: "auth.sign-in.failed", after: { path: ["attemptedEmail"], string_ends_with: `-${tag}@portal.localhost` } },
        { action: "auth.sign-in.failed", after: { path: ["attemptedEmail"], equals: "x" } },
      ],
    },
  });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

async function lastAttempt() {
  return db.auditLog.findFirstOrThrow({ where: { action: { startsWith: "auth.sign-in" } }, orderBy: { createdAt: "desc" } });
}

describe("authenticateStaff", () => {
  it("signs in an active user with the right password, records the time and audits it", async () => {
    const user = await authenticateStaff(db, { email: email("EDITOR").toUpperCase(), password: PASSWORD }, HOME);
    expect(user).toEqual({ id: ids.editor, email: email("editor"), name: "Staff editor", role: "EDITOR", sessionVersion: 1 });
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: ids.editor }, select: { lastSignInAt: true } });
    expect(stored.lastSignInAt).toBeInstanceOf(Date);
    expect(await lastAttempt()).toMatchObject({ action: "auth.sign-in", actorId: ids.editor });
  });

  it("gives the same answer for a wrong password, an unknown email and a deactivated account", async () => {
    const cases = [
      { credentials: { email: email("editor"), password: "wrong password" }, reason: "wrong-password" },
      { credentials: { email: email("nobody"), password: PASSWORD }, reason: "unknown-email" },
      { credentials: { email: email("retired"), password: PASSWORD }, reason: "inactive" },
      { credentials: { email: "not-an-email", password: "" }, reason: "invalid-input" },
    ];
    for (const { credentials, reason } of cases) {
      expect(await authenticateStaff(db, credentials, HOME)).toBeNull();
      const audit = await lastAttempt();
      expect(audit.action).toBe("auth.sign-in.failed");
      // The attempted email is kept for administrators; the password never is.
      expect(audit.after).toEqual({ attemptedEmail: credentials.email.toLowerCase(), reason, addressKey: addressKey(HOME.clientAddress) });
      // The address itself is never stored, only its keyed hash.
      expect(JSON.stringify(audit)).not.toContain(HOME.clientAddress);
      expect(JSON.stringify(audit)).not.toContain(credentials.password || "\u0000");
    }
  });

  it("takes about as long for an unknown email as for a wrong password", async () => {
    const time = async (credentials: { email: string; password: string }) => {
      const started = performance.now();
      await authenticateStaff(db, credentials, HOME);
      return performance.now() - started;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      unknown.push(await time({ email: email("nobody"), password: "wrong password" }));
      wrong.push(await time({ email: email("editor"), password: "wrong password" }));
    }
    // Both pay for a full argon2id verification (~150 ms); without the dummy hash the unknown
    // email would answer in a few milliseconds.
    expect(median(unknown)).toBeGreaterThan(median(wrong) / 3);
  });
});

describe("sign-in throttling", () => {
  it("refuses even the right password after too many recent failures for that email, from any address, and only for it", async () => {
    const attacker = from(2);
    for (let attempt = 0; attempt < SIGN_IN_THROTTLE.accountMaxFailures; attempt += 1) {
      expect(await authenticateStaff(db, { email: email("targeted"), password: `guess ${attempt}` }, attacker)).toBeNull();
    }
    // The owner, from another address, is refused too: the limit belongs to the account.
    expect(await authenticateStaff(db, { email: email("targeted"), password: PASSWORD }, from(3))).toBeNull();
    expect((await lastAttempt()).after).toEqual({ attemptedEmail: email("targeted"), reason: "throttled", limit: "account", addressKey: addressKey(from(3).clientAddress) });
    expect(await authenticateStaff(db, { email: email("editor"), password: PASSWORD }, from(3))).not.toBeNull();
    // Once the failures are older than the window, the account signs in again.
    await db.auditLog.updateMany({
      where: { action: "auth.sign-in.failed", after: { path: ["attemptedEmail"], equals: email("targeted") } },
      data: { createdAt: new Date(Date.now() - SIGN_IN_THROTTLE.windowMs - 1000) },
    });
    expect(await authenticateStaff(db, { email: email("targeted"), password: PASSWORD }, from(3))).not.toBeNull();
  });

  it("refuses every account from one address after too many failures from it, over many emails", async () => {
    const sprayer = from(4);
    for (let attempt = 0; attempt < SIGN_IN_THROTTLE.addressMaxFailures; attempt += 1) {
      expect(await authenticateStaff(db, { email: email(`spray${attempt}`), password: PASSWORD }, sprayer)).toBeNull();
    }
    // Even the right password of a real account is refused from that address, with the same answer…
    expect(await authenticateStaff(db, { email: email("editor"), password: PASSWORD }, sprayer)).toBeNull();
    expect((await lastAttempt()).after).toMatchObject({ attemptedEmail: email("editor"), reason: "throttled", limit: "address" });
    // …and malformed attempts from it count as throttled too.
    expect(await authenticateStaff(db, { email: "x", password: "" }, sprayer)).toBeNull();
    expect((await lastAttempt()).after).toMatchObject({ reason: "throttled", limit: "address" });
    // Another address is not affected.
    expect(await authenticateStaff(db, { email: email("editor"), password: PASSWORD }, from(5))).not.toBeNull();
  });

  it("counts an IPv6 client by its /64, so rotating through the prefix does not help", async () => {
    const prefix = `2001:db8:${octet.toString(16)}:77`;
    for (let attempt = 0; attempt < SIGN_IN_THROTTLE.addressMaxFailures; attempt += 1) {
      const rotating = { clientAddress: `${prefix}::${(attempt + 1).toString(16)}` };
      expect(await authenticateStaff(db, { email: email(`six${attempt}`), password: PASSWORD }, rotating)).toBeNull();
    }
    expect(await authenticateStaff(db, { email: email("editor"), password: PASSWORD }, { clientAddress: `${prefix}:ffff::1` })).toBeNull();
    expect((await lastAttempt()).after).toMatchObject({ reason: "throttled", limit: "address" });
    expect(await authenticateStaff(db, { email: email("editor"), password: PASSWORD }, { clientAddress: `2001:db8:${octet.toString(16)}:78::1` })).not.toBeNull();
  });
});

describe("sessionFromToken", () => {
  const tokenFor = (id: string, sv: number, secret = process.env.AUTH_SECRET ?? "") =>
    encode({ token: { sub: id, role: "ADMIN", sv }, secret, maxAge: 3600 });

  it("resolves a valid token to the user as stored now, not as claimed in the token", async () => {
    const session = await sessionFromToken(db, await tokenFor(ids.editor ?? "", 1));
    expect(session).toMatchObject({ userId: ids.editor, role: "EDITOR", sessionVersion: 1 });
  });

  it("drops every session at once when the session version is raised or the account deactivated", async () => {
    const token = await tokenFor(ids.editor ?? "", 1);
    await db.staffUser.update({ where: { id: ids.editor }, data: { sessionVersion: 2 } });
    expect(await sessionFromToken(db, token)).toBeNull();
    expect(await sessionFromToken(db, await tokenFor(ids.editor ?? "", 2))).not.toBeNull();
    await db.staffUser.update({ where: { id: ids.editor }, data: { isActive: false } });
    expect(await sessionFromToken(db, await tokenFor(ids.editor ?? "", 2))).toBeNull();
    await db.staffUser.update({ where: { id: ids.editor }, data: { isActive: true, sessionVersion: 1 } });
  });

  it("refuses missing, tampered, foreign and expired tokens", async () => {
    expect(await sessionFromToken(db, undefined)).toBeNull();
    const token = await tokenFor(ids.editor ?? "", 1);
    expect(await sessionFromToken(db, `${token.slice(0, -4)}AAAA`)).toBeNull();
    expect(await sessionFromToken(db, await tokenFor(ids.editor ?? "", 1, "some-other-secret-of-enough-length-0000"))).toBeNull();
    const expired = await encode({ token: { sub: ids.editor, role: "EDITOR", sv: 1 }, secret: process.env.AUTH_SECRET ?? "", maxAge: -120 });
    expect(await sessionFromToken(db, expired)).toBeNull();
  });
});
