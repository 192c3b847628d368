// Audit reads against a real PostgreSQL: what a refused stale save is told, the Activity page's
// filters, entity histories, and who may read which. Rows are written through recordAudit, as
// the mutations write them; every assertion narrows to this file's own records.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());

const { recordAudit } = await import("@/lib/audit/record");
const { findActivity, findActivityFilterOptions, findChangesSince, findEntityHistory, findRecentActivity, HISTORY_LIMIT } = await import("@/lib/audit/queries");
const { activityListParams } = await import("@/lib/audit/schemas");
const { listActivity, getEntityHistory } = await import("@/lib/audit/staff-queries");
const { ForbiddenError, UnauthorizedError } = await import("@/lib/errors");

const db = testDb(4);
const tag = randomUUID().replaceAll("-", "").slice(0, 10);
/** Entity ids that look like cuids (the filters accept only those) and belong to this file. */
const meetingId = `m${tag}aaaaaaaaaaaaaa`;
const otherMeetingId = `m${tag}bbbbbbbbbbbbbb`;
const users = {
  admin: { id: "", email: `admin-${tag}@portal.localhost`, role: "ADMIN" as const, name: `Ada Admin ${tag}` },
  editor: { id: "", email: `editor-${tag}@portal.localhost`, role: "EDITOR" as const, name: `Eddie Editor ${tag}` },
  registrar: { id: "", email: `registrar-${tag}@portal.localhost`, role: "REGISTRAR" as const, name: `Rita Registrar ${tag}` },
};
const actor = (user: (typeof users)[keyof typeof users]) => ({ userId: user.id, email: user.email, role: user.role });
const staffActor = (user: (typeof users)[keyof typeof users]) => ({ kind: "staff" as const, id: user.id, email: user.email });

function params(overrides: Record<string, string> = {}) {
  return activityListParams.parse(overrides);
}

async function signInAs(user: { id: string; role: string } | null) {
  harness.cookie = user ? await sessionCookieFor(user) : undefined;
}

/** A meeting snapshot as lib/meetings/mutations.ts writes it. */
function snapshot(title: string, version: number, extra: Record<string, unknown> = {}) {
  return { title: { en: title, fr: `${title} (fr)` }, status: "DRAFT", startsAt: null, version, ...extra };
}

beforeAll(async () => {
  for (const user of Object.values(users)) {
    const created = await db.staffUser.create({ data: { email: user.email, name: user.name, passwordHash: "unused", role: user.role }, select: { id: true } });
    user.id = created.id;
  }
  // Version 1 → 2 by the editor, 2 → 3 by the admin (title and start), an agenda save, and an
  // entry of another meeting; createdAt spaced so the order is certain.
  const base = Date.parse("2026-11-20T10:00:00.000Z");
  const rows = [
    { actor: users.editor, action: "meeting.update", entityId: meetingId, before: snapshot("One", 1), after: snapshot("Two", 2), at: base },
    {
      actor: users.admin,
      action: "meeting.update",
      entityId: meetingId,
      before: snapshot("Two", 2),
      after: snapshot("Three", 3, { startsAt: "2026-12-01T14:00:00.000Z" }),
      at: base + 86_400_000,
    },
    { actor: users.editor, action: "agenda.update", entityId: meetingId, before: { agendaVersion: 4, items: ["Opening"] }, after: { agendaVersion: 5, items: ["Opening", "Break"] }, at: base + 2 * 86_400_000 },
    { actor: users.editor, action: "meeting.publish", entityId: otherMeetingId, before: snapshot("Other", 1), after: snapshot("Other", 2, { status: "PUBLISHED" }), at: base + 3 * 86_400_000 },
  ];
  for (const row of rows) {
    await recordAudit(db, { actor: staffActor(row.actor), action: row.action, entityType: "Meeting", entityId: row.entityId, before: row.before, after: row.after });
    const latest = await db.auditLog.findFirstOrThrow({ where: { entityId: row.entityId }, orderBy: { createdAt: "desc" }, select: { id: true } });
    await db.auditLog.update({ where: { id: latest.id }, data: { createdAt: new Date(row.at) } });
  }
  await recordAudit(db, { actor: { kind: "system", label: `scheduler-${tag}` }, action: "meeting.publish", entityType: "Meeting", entityId: otherMeetingId, after: { status: "PUBLISHED" } });
  await recordAudit(db, { actor: { kind: "anonymous" }, action: "auth.sign-in.failed", entityType: "StaffUser", entityId: null, after: { attemptedEmail: `nobody-${tag}@example.org`, reason: "unknown-email" } });
});

beforeEach(async () => {
  await signInAs(null);
});

afterAll(async () => {
  await db.auditLog.deleteMany({
    where: { OR: [{ entityId: { in: [meetingId, otherMeetingId] } }, { actorLabel: `system:scheduler-${tag}` }, { after: { path: ["attemptedEmail"], equals: `nobody-${tag}@example.org` } }] },
  });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

describe("findChangesSince", () => {
  it("lists, oldest first, what was saved after the caller's version, readably", async () => {
    const since = await findChangesSince(db, "Meeting", meetingId, 1);
    expect(since.map((entry) => entry.actor)).toEqual([`${users.editor.name} (${users.editor.email})`, `${users.admin.name} (${users.admin.email})`]);
    expect(since[0]).toMatchObject({ action: "Updated meeting", at: "2026-11-20T10:00:00.000Z" });
    expect(since[1]?.changes).toEqual([
      { field: "title.en", label: "Title (English)", before: "Two", after: "Three" },
      { field: "title.fr", label: "Title (French)", before: "Two (fr)", after: "Three (fr)" },
      { field: "startsAt", label: "Starts", before: "—", after: "2026-12-01 14:00 UTC" },
    ]);
  });

  it("lists nothing for a copy that is current, and only later entries for a newer copy", async () => {
    expect(await findChangesSince(db, "Meeting", meetingId, 3)).toEqual([]);
    expect((await findChangesSince(db, "Meeting", meetingId, 2)).map((entry) => entry.changes[0]?.after)).toEqual(["Three"]);
  });

  it("reads agenda versions when asked to", async () => {
    const since = await findChangesSince(db, "Meeting", meetingId, 4, { versionField: "agendaVersion" });
    expect(since).toHaveLength(1);
    expect(since[0]?.changes).toEqual([{ field: "items", label: "Items", before: "Opening", after: "Opening; Break" }]);
    expect(await findChangesSince(db, "Meeting", meetingId, 5, { versionField: "agendaVersion" })).toEqual([]);
  });
});

describe("findActivity", () => {
  it("filters by entity, newest first by default, with readable changes", async () => {
    const page = await findActivity(db, actor(users.admin), params({ entityType: "Meeting", entityId: meetingId }));
    expect(page.total).toBe(3);
    expect(page.rows.map((row) => row.actionLabel)).toEqual(["Updated agenda", "Updated meeting", "Updated meeting"]);
    expect(page.rows[1]?.changes[0]).toEqual({ field: "title.en", label: "Title (English)", before: "Two", after: "Three" });
    expect(page.rows[1]?.entityHref).toBe(`/admin/meetings/${meetingId}`);
  });

  it("names the record each entry is about, and keeps the bare id of one that no longer exists", async () => {
    await recordAudit(db, { actor: staffActor(users.admin), action: "staff.deactivate", entityType: "StaffUser", entityId: users.editor.id, before: { isActive: true }, after: { isActive: false } });
    const page = await findActivity(db, actor(users.admin), params({ entityType: "StaffUser", entityId: users.editor.id }));
    expect(page.rows[0]).toMatchObject({ actionLabel: "Deactivated staff account", entityLabel: `${users.editor.name} (${users.editor.email})` });
    const gone = await findActivity(db, actor(users.admin), params({ entityType: "Meeting", entityId: meetingId }));
    expect(gone.rows.every((row) => row.entityLabel === null)).toBe(true);
    // The other tests count this user's entries: leave none behind.
    await db.auditLog.deleteMany({ where: { action: "staff.deactivate", entityId: users.editor.id } });
  });

  it("sorts oldest first on request and pages", async () => {
    const page = await findActivity(db, actor(users.admin), params({ entityId: meetingId, dir: "asc", size: "10" }));
    expect(page.rows.map((row) => row.at)).toEqual(["2026-11-20T10:00:00.000Z", "2026-11-21T10:00:00.000Z", "2026-11-22T10:00:00.000Z"]);
  });

  it("filters by actor: a staff member, the system, anonymous", async () => {
    const byEditor = await findActivity(db, actor(users.admin), params({ actor: users.editor.id }));
    expect(byEditor.total).toBe(3);
    const bySystem = await findActivity(db, actor(users.admin), params({ actor: "system", entityId: otherMeetingId }));
    expect(bySystem.rows.map((row) => row.actor)).toEqual([`System (scheduler-${tag})`]);
    const failures = await findActivity(db, actor(users.admin), params({ actor: "anonymous", action: "auth.sign-in.failed", q: `nobody-${tag}` }));
    expect(failures.total).toBe(1);
    expect(failures.rows[0]?.actionLabel).toBe("Failed sign-in");
    expect(failures.rows[0]?.changes).toContainEqual({ field: "attemptedEmail", label: "Attempted email", before: "—", after: `nobody-${tag}@example.org` });
  });

  it("filters by action and by an inclusive UTC date range", async () => {
    const publishes = await findActivity(db, actor(users.admin), params({ action: "meeting.publish", entityId: otherMeetingId }));
    expect(publishes.total).toBe(2);
    const range = await findActivity(db, actor(users.admin), params({ actor: users.editor.id, from: "2026-11-21", to: "2026-11-22" }));
    expect(range.rows.map((row) => row.action)).toEqual(["agenda.update"]);
    const oneDay = await findActivity(db, actor(users.admin), params({ entityId: meetingId, from: "2026-11-20", to: "2026-11-20" }));
    expect(oneDay.total).toBe(1);
  });

  it("searches actor names and titles", async () => {
    const byName = await findActivity(db, actor(users.admin), params({ q: `Ada Admin ${tag}` }));
    expect(byName.rows.map((row) => row.entityId)).toEqual([meetingId]);
    const byTitle = await findActivity(db, actor(users.admin), params({ q: "three", entityId: meetingId }));
    expect(byTitle.total).toBe(1);
  });

  it("offers every staff member and the logged types and actions as filter choices", async () => {
    const options = await findActivityFilterOptions(db, actor(users.admin));
    expect(options.actors).toEqual(expect.arrayContaining([{ value: users.editor.id, label: `${users.editor.name} (${users.editor.email})` }, { value: "system", label: "System" }]));
    expect(options.entityTypes).toEqual(expect.arrayContaining(["Meeting", "StaffUser"]));
    expect(options.actions).toEqual(expect.arrayContaining([{ value: "meeting.update", label: "Updated meeting (meeting.update)" }]));
  });

  it("is refused without a session and to editors and registrars", async () => {
    await expect(findActivity(db, null, params())).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(findActivity(db, actor(users.editor), params())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(findActivity(db, actor(users.registrar), params())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(findActivityFilterOptions(db, actor(users.editor))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("is refused through the session wrapper too", async () => {
    await expect(listActivity(params())).rejects.toBeInstanceOf(UnauthorizedError);
    await signInAs(users.editor);
    await expect(listActivity(params({ entityId: meetingId }))).rejects.toBeInstanceOf(ForbiddenError);
    await signInAs(users.admin);
    expect((await listActivity(params({ entityId: meetingId }))).total).toBe(3);
  });
});

describe("findEntityHistory", () => {
  it("gives editors the history of content they edit, newest first", async () => {
    const history = await findEntityHistory(db, actor(users.editor), "Meeting", meetingId);
    expect(history.total).toBe(3);
    expect(history.rows[0]?.action).toBe("agenda.update");
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(history.rows.length);
  });

  it("keeps staff-account histories to administrators and needs a session", async () => {
    await expect(findEntityHistory(db, null, "Meeting", meetingId)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(findEntityHistory(db, actor(users.editor), "StaffUser", users.editor.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(findEntityHistory(db, actor(users.editor), "Registration", meetingId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getEntityHistory("Meeting", meetingId)).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await findEntityHistory(db, actor(users.admin), "StaffUser", users.editor.id)).total).toBe(0);
  });
});

describe("findRecentActivity", () => {
  it("shows administrators everything and others only their own actions", async () => {
    const admin = await findRecentActivity(db, actor(users.admin), 50);
    expect(admin.scope).toBe("all");
    const own = await findRecentActivity(db, actor(users.editor), 50);
    expect(own.scope).toBe("own");
    expect(own.rows.map((row) => row.action).sort()).toEqual(["agenda.update", "meeting.publish", "meeting.update"]);
    expect((await findRecentActivity(db, actor(users.registrar))).rows).toEqual([]);
    await expect(findRecentActivity(db, null)).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
