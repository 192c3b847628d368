// Every server action of the portal, found by scanning for `"use server"` modules, is called
// without a session, with a forged cookie, with an inactive account and with each role that may
// not use it; each call must be refused by the permission check and the database must not
// change at all. A new action fails this test until it is classified in ALLOWED below, so no
// action can ship without a stated rule (issue 3, point 9; STYLE.md 10).
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

type Role = "ADMIN" | "EDITOR" | "REGISTRAR";
const ROLES: readonly Role[] = ["ADMIN", "EDITOR", "REGISTRAR"];

/**
 * Who may call each action ("module#export"). "signed-in" means any active staff member acting
 * on their own account only (sign-out, own password). "public" means anyone, without a session:
 * the public registration forms, protected by a secret emailed token, anti-bot checks and rate
 * limits instead of a role (their own tests cover that); they are listed so none ships unstated.
 */
const ALLOWED: Record<string, readonly Role[] | "signed-in" | "public"> = {
  "lib/auth/actions.ts#signOutAction": "signed-in",
  "lib/auth/actions.ts#signOutEverywhereAction": "signed-in",
  "lib/staff/actions.ts#changeOwnPasswordAction": "signed-in",
  "lib/meetings/actions.ts#createMeetingAction": ["ADMIN", "EDITOR"],
  "lib/meetings/actions.ts#updateMeetingAction": ["ADMIN", "EDITOR"],
  "lib/meetings/actions.ts#publishMeetingAction": ["ADMIN", "EDITOR"],
  "lib/meetings/actions.ts#unpublishMeetingAction": ["ADMIN", "EDITOR"],
  "lib/meetings/actions.ts#cancelMeetingAction": ["ADMIN", "EDITOR"],
  "lib/meetings/actions.ts#deleteMeetingAction": ["ADMIN", "EDITOR"],
  "lib/agenda/actions.ts#saveAgendaAction": ["ADMIN", "EDITOR"],
  "lib/documents/actions.ts#createDocumentAction": ["ADMIN", "EDITOR"],
  "lib/documents/actions.ts#updateDocumentAction": ["ADMIN", "EDITOR"],
  "lib/documents/actions.ts#deleteDocumentAction": ["ADMIN", "EDITOR"],
  "lib/documents/actions.ts#publishDocumentAction": ["ADMIN", "EDITOR"],
  "lib/documents/actions.ts#unpublishDocumentAction": ["ADMIN", "EDITOR"],
  "lib/documents/actions.ts#reorderDocumentsAction": ["ADMIN", "EDITOR"],
  "lib/documents/actions.ts#removeDocumentFileAction": ["ADMIN", "EDITOR"],
  "lib/documents/actions.ts#revertDocumentFileAction": ["ADMIN", "EDITOR"],
  "lib/events/actions.ts#createEventAction": ["ADMIN", "EDITOR"],
  "lib/events/actions.ts#updateEventAction": ["ADMIN", "EDITOR"],
  "lib/events/actions.ts#publishEventAction": ["ADMIN", "EDITOR"],
  "lib/events/actions.ts#unpublishEventAction": ["ADMIN", "EDITOR"],
  "lib/events/actions.ts#cancelEventAction": ["ADMIN", "EDITOR"],
  "lib/events/actions.ts#deleteEventAction": ["ADMIN", "EDITOR"],
  "lib/publishing/actions.ts#schedulePublicationAction": ["ADMIN", "EDITOR"],
  "lib/publishing/actions.ts#cancelScheduledPublicationAction": ["ADMIN", "EDITOR"],
  "lib/staff/actions.ts#createStaffAction": ["ADMIN"],
  "lib/staff/actions.ts#updateStaffAction": ["ADMIN"],
  "lib/staff/actions.ts#setStaffActiveAction": ["ADMIN"],
  "lib/staff/actions.ts#resetStaffPasswordAction": ["ADMIN"],
  "lib/registrations/public-actions.ts#submitRegistrationAction": "public",
  "lib/registrations/public-actions.ts#confirmRegistrationAction": "public",
  "lib/registrations/public-actions.ts#updateOwnRegistrationAction": "public",
  "lib/registrations/public-actions.ts#withdrawOwnRegistrationAction": "public",
  "lib/registrations/public-actions.ts#requestLinkAgainAction": "public",
  "lib/mail/actions.ts#resendMailAction": ["ADMIN", "REGISTRAR"],
  "lib/registrations/actions.ts#createRegistrationPeriodAction": ["ADMIN", "REGISTRAR"],
  "lib/registrations/actions.ts#updateRegistrationPeriodAction": ["ADMIN", "REGISTRAR"],
  "lib/registrations/actions.ts#approveRegistrationsAction": ["ADMIN", "REGISTRAR"],
  "lib/registrations/actions.ts#waitlistRegistrationsAction": ["ADMIN", "REGISTRAR"],
  "lib/registrations/actions.ts#declineRegistrationsAction": ["ADMIN", "REGISTRAR"],
  "lib/registrations/actions.ts#recordNonObjectionAction": ["ADMIN", "REGISTRAR"],
  "lib/registrations/actions.ts#addRegistrationNoteAction": ["ADMIN", "REGISTRAR"],
  "lib/registrations/actions.ts#promoteNextAction": ["ADMIN", "REGISTRAR"],
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

async function serverActionModules(): Promise<string[]> {
  const found: string[] = [];
  for (const top of ["lib", "app", "components"]) {
    const entries = await readdir(path.join(root, top), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || !/\.tsx?$/u.test(entry.name) || /\.test\.tsx?$/u.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      if (file.includes(`${path.sep}generated${path.sep}`)) continue;
      const source = await readFile(file, "utf8");
      if (/^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/u.test(source)) found.push(path.relative(root, file).split(path.sep).join("/"));
    }
  }
  return found.sort();
}


/** Whether an action's outcome (returned or thrown) is a refusal by the session/permission check. */
function isRefusal(outcome: { returned?: unknown; thrown?: unknown }): boolean {
  const { returned, thrown } = outcome;
  if (thrown !== undefined) {
    if (thrown instanceof Error) {
      const digest = (thrown as { digest?: unknown }).digest;
      // A redirect to the sign-in page is a refusal too.
      if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") && digest.includes("/admin/sign-in")) return true;
      return ["UnauthorizedError", "ForbiddenError"].includes(thrown.name);
    }
    return false;
  }
  if (typeof returned === "object" && returned !== null && (returned as { ok?: unknown }).ok === false) {
    const message = (returned as { message?: unknown }).message;
    return typeof message === "string" && REFUSALS.has(message);
  }
  return false;
}

const { ForbiddenError, UnauthorizedError } = await import("@/lib/errors");
const { MUST_CHANGE_PASSWORD_MESSAGE } = await import("@/lib/auth/session");
/** The messages of the session and permission checks, exactly. */
const REFUSALS = new Set([new UnauthorizedError().message, new ForbiddenError().message, MUST_CHANGE_PASSWORD_MESSAGE]);
const db = testDb(2);
const tag = randomUUID().slice(0, 8);
const users = new Map<string, { id: string; role: Role; sessionVersion: number }>();

/** A digest of every table's rows: equal digests mean nothing was written. */
async function databaseDigest(): Promise<string> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ digest: string | null }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name.replace(/"/gu, "")}" t`,
    );
    parts.push(`${name}:${row?.digest ?? ""}`);
  }
  return parts.join("\n");
}

const modules = await serverActionModules();
const actions: { key: string; call: (input: unknown) => Promise<unknown> }[] = [];
for (const file of modules) {
  const loaded = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(loaded)) {
    if (typeof value === "function") actions.push({ key: `${file}#${name}`, call: value as (input: unknown) => Promise<unknown> });
  }
}

async function attempt(call: (input: unknown) => Promise<unknown>): Promise<{ returned?: unknown; thrown?: unknown }> {
  try {
    return { returned: await call({ id: "cm0000000000000000000000", version: 1 }) };
  } catch (thrown) {
    return { thrown };
  }
}

beforeAll(async () => {
  for (const role of ROLES) {
    const user = await db.staffUser.create({
      data: { email: `guard-${role.toLowerCase()}-${tag}@portal.localhost`, name: `Guard ${role}`, passwordHash: "not-a-hash", role },
      select: { id: true, role: true, sessionVersion: true },
    });
    users.set(role, user);
  }
  const inactive = await db.staffUser.create({
    data: { email: `guard-inactive-${tag}@portal.localhost`, name: "Guard inactive", passwordHash: "not-a-hash", role: "ADMIN", isActive: false },
    select: { id: true, role: true, sessionVersion: true },
  });
  users.set("inactive", inactive);
  const pending = await db.staffUser.create({
    data: { email: `guard-pending-${tag}@portal.localhost`, name: "Guard pending", passwordHash: "not-a-hash", role: "ADMIN", mustChangePassword: true },
    select: { id: true, role: true, sessionVersion: true },
  });
  users.set("pending", pending);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("server actions", () => {
  it("are all found and each has a stated rule", () => {
    expect(modules.length).toBeGreaterThan(0);
    const unclassified = actions.map((action) => action.key).filter((key) => !(key in ALLOWED));
    expect(unclassified, "classify these actions in ALLOWED").toEqual([]);
    const stale = Object.keys(ALLOWED).filter((key) => !actions.some((action) => action.key === key));
    expect(stale, "these classified actions no longer exist").toEqual([]);
  });

  it("refuse callers without a valid session and change nothing", async () => {
    const before = await databaseDigest();
    const inactive = users.get("inactive");
    if (!inactive) throw new Error("setup failed");
    const callers: [string, string | undefined][] = [
      ["no cookie", undefined],
      ["a forged cookie", "forged"],
      ["an inactive account", await sessionCookieFor(inactive)],
      ["a revoked session", await sessionCookieFor({ ...inactive, sessionVersion: inactive.sessionVersion - 1 })],
    ];
    for (const action of actions.filter((candidate) => ALLOWED[candidate.key] !== "public")) {
      for (const [who, cookie] of callers) {
        harness.cookie = cookie;
        expect(isRefusal(await attempt(action.call)), `${action.key} with ${who}`).toBe(true);
      }
    }
    expect(await databaseDigest()).toBe(before);
  });

  it("refuse every role that may not use them and change nothing", async () => {
    const before = await databaseDigest();
    let checked = 0;
    for (const action of actions) {
      const allowed = ALLOWED[action.key];
      if (allowed === undefined || allowed === "signed-in" || allowed === "public") continue;
      for (const role of ROLES.filter((candidate) => !allowed.includes(candidate))) {
        const user = users.get(role);
        if (!user) throw new Error("setup failed");
        harness.cookie = await sessionCookieFor(user);
        expect(isRefusal(await attempt(action.call)), `${action.key} as ${role}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(await databaseDigest()).toBe(before);
  });

  it("refuse an administrator who must first replace a temporary password, except on their own account", async () => {
    const before = await databaseDigest();
    const pending = users.get("pending");
    if (!pending) throw new Error("setup failed");
    harness.cookie = await sessionCookieFor(pending);
    const guarded = actions.filter((action) => ALLOWED[action.key] !== "signed-in" && ALLOWED[action.key] !== "public");
    expect(guarded.length).toBeGreaterThan(0);
    for (const action of guarded) {
      expect(isRefusal(await attempt(action.call)), `${action.key} with a temporary password`).toBe(true);
    }
    expect(await databaseDigest()).toBe(before);
  });
});
