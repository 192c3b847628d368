// The staff document actions through the real session lookup (only the request's cookies are
// stood in for): permissions per role, the stale-save answer with what changed, and the public
// page refresh only after public changes.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());
vi.mock("@/lib/cache/public", () => ({ revalidatePublicPages: vi.fn() }));

const { revalidatePublicPages } = await import("@/lib/cache/public");
const actions = await import("@/lib/documents/actions");
const { attachDocumentFile } = await import("@/lib/documents/attach-file");
const { STALE_DOCUMENT_MESSAGE } = await import("@/lib/documents/mutations");

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
type Role = "EDITOR" | "REGISTRAR";
const users: Record<"editor" | "registrar", { id: string; email: string; role: Role; sessionVersion: number }> = {
  editor: { id: "", email: `act-editor-${tag}@portal.localhost`, role: "EDITOR", sessionVersion: 1 },
  registrar: { id: "", email: `act-registrar-${tag}@portal.localhost`, role: "REGISTRAR", sessionVersion: 1 },
};
let meetingId = "";
let eventId = "";

const texts = (en: string) => ({ ar: "", zh: "", en, fr: "", ru: "", es: "" });
const fields = (title: string) => ({ kind: "AGENDA", symbol: "", title: texts(title), languages: ["en"], issuedOn: "", isPrincipal: false });
const signInAs = async (user: { id: string; role: string; sessionVersion: number }) => {
  harness.cookie = await sessionCookieFor(user);
};

beforeAll(async () => {
  for (const user of Object.values(users)) {
    user.id = (await db.staffUser.create({ data: { email: user.email, name: `${user.role} ${tag}`, passwordHash: "unused", role: user.role }, select: { id: true } })).id;
  }
  eventId = (await db.event.create({ data: { slug: `act-event-${tag}`, title: { en: "Event" }, year: 2013, status: "PUBLISHED" }, select: { id: true } })).id;
  meetingId = (await db.meeting.create({ data: { eventId, slug: `act-meeting-${tag}`, kind: "PANEL", title: { en: "Meeting" }, status: "PUBLISHED" }, select: { id: true } })).id;
});

beforeEach(async () => {
  harness.cookie = undefined;
  vi.mocked(revalidatePublicPages).mockClear();
  await db.document.deleteMany({ where: { meetingId } });
});

afterAll(async () => {
  await db.document.deleteMany({ where: { meetingId } });
  await db.auditLog.deleteMany({ where: { actorId: { in: Object.values(users).map((user) => user.id) } } });
  await db.meeting.deleteMany({ where: { id: meetingId } });
  await db.event.deleteMany({ where: { id: eventId } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

describe("document actions", () => {
  it("refuse a registrar and an anonymous caller without changing anything", async () => {
    const created = await db.document.create({ data: { meetingId, kind: "AGENDA", title: { en: "Agenda" } }, select: { id: true } });
    const calls = [
      () => actions.createDocumentAction({ parent: { meetingId }, ...fields("New") }),
      () => actions.updateDocumentAction({ id: created.id, version: 1, ...fields("Edited") }),
      () => actions.publishDocumentAction({ id: created.id, version: 1 }),
      () => actions.deleteDocumentAction({ id: created.id, version: 1 }),
      () => actions.reorderDocumentsAction({ parent: { meetingId }, orderedIds: [created.id] }),
      () => actions.removeDocumentFileAction({ documentId: created.id, language: "en" }),
    ];
    for (const call of calls) expect(await call()).toEqual({ ok: false, message: "Please sign in." });
    await signInAs(users.registrar);
    for (const call of calls) expect(await call()).toEqual({ ok: false, message: "You do not have permission to do this." });
    expect(await db.document.findMany({ where: { meetingId }, select: { title: true, status: true, version: true } })).toEqual([{ title: { en: "Agenda" }, status: "DRAFT", version: 1 }]);
  });

  it("create, edit and publish as an editor, refreshing public pages only for public changes", async () => {
    await signInAs(users.editor);
    const created = await actions.createDocumentAction({ parent: { meetingId }, ...fields("Agenda") });
    if (!created.ok) throw new Error(created.message);
    expect(revalidatePublicPages).not.toHaveBeenCalled();
    const published = await actions.publishDocumentAction({ id: created.data.id, version: 1 });
    expect(published).toEqual({ ok: true, data: { id: created.data.id, version: 2 } });
    expect(revalidatePublicPages).toHaveBeenCalledTimes(1);
  });

  it("answer a stale save with what changed since, keeping the stored document", async () => {
    await signInAs(users.editor);
    const created = await actions.createDocumentAction({ parent: { meetingId }, ...fields("Agenda") });
    if (!created.ok) throw new Error(created.message);
    await actions.updateDocumentAction({ id: created.data.id, version: 1, ...fields("First edit") });
    const stale = await actions.updateDocumentAction({ id: created.data.id, version: 1, ...fields("Second edit") });
    expect(stale).toMatchObject({ ok: false, message: STALE_DOCUMENT_MESSAGE });
    if (stale.ok) throw new Error("expected a refusal");
    expect(stale.changes?.[0]?.changes).toEqual([{ field: "title.en", label: "Title (English)", before: "Agenda", after: "First edit" }]);
    expect((await db.document.findUniqueOrThrow({ where: { id: created.data.id } })).title).toEqual({ en: "First edit" });
  });

  it("remove and revert a file of a published document and refresh public pages", async () => {
    await signInAs(users.editor);
    const document = await db.document.create({ data: { meetingId, kind: "REPORT", title: { en: "Report" }, status: "PUBLISHED", languages: ["FR"] }, select: { id: true } });
    const editor = { userId: users.editor.id, email: users.editor.email, role: "EDITOR" as const };
    const attach = (n: number) =>
      attachDocumentFile(db, editor, { documentId: document.id, language: "fr", storageKey: `documents/${document.id}/fr/k${n}`, originalName: "r.pdf", contentType: "application/pdf", sizeBytes: 5, sha256: String(n).repeat(64) });
    const first = await attach(1);
    await attach(2);
    expect(await actions.removeDocumentFileAction({ documentId: document.id, language: "fr" })).toEqual({ ok: true, data: { documentId: document.id, currentFileId: null } });
    expect(await actions.revertDocumentFileAction({ fileId: first.file.id })).toEqual({ ok: true, data: { documentId: document.id, currentFileId: first.file.id } });
    expect(revalidatePublicPages).toHaveBeenCalledTimes(2);
    expect(await actions.removeDocumentFileAction({ documentId: document.id, language: "es" })).toEqual({ ok: false, message: "There is no current Spanish file to remove. Reload the page." });
  });
});
