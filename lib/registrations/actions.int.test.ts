// The staff registration actions through the real session lookup: the session's role decides,
// results come back as ActionResult, and public pages are refreshed only when a change shows there.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());
vi.mock("@/lib/cache/public", () => ({ revalidatePublicPages: vi.fn() }));

const { revalidatePublicPages } = await import("@/lib/cache/public");
const { addRegistrationNoteAction, approveRegistrationsAction, createRegistrationPeriodAction, promoteNextAction } = await import("@/lib/registrations/actions");
const { createPeriod, createRegistration, createStaffActor } = await import("@/lib/testing/registration-fixtures");

const db = testDb(4);
let registrar: { id: string; role: string };
let editor: { id: string; role: string };

beforeAll(async () => {
  const r = await createStaffActor(db, "REGISTRAR");
  const e = await createStaffActor(db, "EDITOR");
  registrar = { id: r.userId, role: r.role };
  editor = { id: e.userId, role: e.role };
});

beforeEach(() => {
  harness.cookie = undefined;
  vi.mocked(revalidatePublicPages).mockClear();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("staff registration actions", () => {
  it("a registrar approves; the public pages are refreshed after the commit", async () => {
    const period = await createPeriod(db, { capacityOrganisations: 1 });
    const [a, b] = [await createRegistration(db, period), await createRegistration(db, period)];
    harness.cookie = await sessionCookieFor(registrar);
    const result = await approveRegistrationsAction({ ids: [a, b] });
    expect(result).toEqual({
      ok: true,
      data: { approved: [a], refused: [{ id: b, organisation: expect.any(String), reason: "No place left: capacity 1 organisation reached" }] },
    });
    expect(revalidatePublicPages).toHaveBeenCalledTimes(1);

    // Nothing approved: nothing public changed.
    expect((await approveRegistrationsAction({ ids: [b] })).ok).toBe(true);
    expect(revalidatePublicPages).toHaveBeenCalledTimes(1);
    const empty = await promoteNextAction({ periodId: period.id });
    expect(empty).toEqual({ ok: true, data: { promoted: null, message: "The waitlist is empty." } });
  });

  it("an editor is refused and nothing changes", async () => {
    const period = await createPeriod(db);
    const id = await createRegistration(db, period);
    harness.cookie = await sessionCookieFor(editor);
    expect(await approveRegistrationsAction({ ids: [id] })).toEqual({ ok: false, message: "You do not have permission to do this." });
    expect(await addRegistrationNoteAction({ id, body: "x" })).toEqual({ ok: false, message: "You do not have permission to do this." });
    expect((await db.registration.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("SUBMITTED");
    expect(await db.registrationNote.count({ where: { registrationId: id } })).toBe(0);
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });

  it("field errors come back keyed like the form's fields", async () => {
    const event = await db.event.create({ data: { slug: `a-${randomUUID().slice(0, 8)}`, title: { en: "E" }, year: 2026 }, select: { id: true } });
    harness.cookie = await sessionCookieFor(registrar);
    const result = await createRegistrationPeriodAction({
      target: { eventId: event.id },
      settings: { opensAt: "2026-12-10T09:00", closesAt: "2026-12-01T09:00", capacityOrganisations: "0", maxRepresentatives: 3, nonObjectionRequired: true, autoPromote: false, privacyNotice: { en: "" }, declineMessage: { en: "No." } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["settings.capacityOrganisations", "settings.privacyNotice.en"]);
    const order = await createRegistrationPeriodAction({
      target: { eventId: event.id },
      settings: { opensAt: "2026-12-10T09:00", closesAt: "2026-12-01T09:00", maxRepresentatives: 3, nonObjectionRequired: true, autoPromote: false, privacyNotice: { en: "Kept a year." }, declineMessage: { en: "No." } },
    });
    expect(order).toEqual({ ok: false, message: "Some fields need attention.", fieldErrors: { "settings.closesAt": ["The closing time must be after the opening time."] } });
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });
});
