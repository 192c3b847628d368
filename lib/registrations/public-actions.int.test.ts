// The public registration actions as the forms call them, with FormData and the request's
// headers and cookies stood in for (there is no HTTP request under Vitest): identical answers
// whatever exists, values echoed for the no-JavaScript re-render without the honeypot or tokens,
// the confirmation setting the status cookie and redirecting, and the draft-free public reads.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

const request = vi.hoisted(() => ({ forwardedFor: "10.0.0.1", cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": request.forwardedFor }),
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string, options?: { maxAge?: number }) => {
      if (options?.maxAge === 0) request.cookies.delete(name);
      else request.cookies.set(name, value);
    },
  }),
}));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { testDb } = await import("@/lib/testing/test-db");
const actions = await import("@/lib/registrations/public-actions");
const { closeRateLimitPool } = await import("@/lib/registrations/rate-limits");
const { STATUS_COOKIE } = await import("@/lib/registrations/status-cookie");
const { FORM_TOKEN_FIELD, HONEYPOT_FIELD } = await import("@/lib/registrations/anti-bot");
const { INVALID_LINK_MESSAGE, FORM_CHECK_MESSAGE } = await import("@/lib/registrations/errors");
const { getRegistrationCallout, getRegistrationPage } = await import("@/lib/registrations/public-queries");
const { findRegistrationByAccessToken } = await import("@/lib/registrations/registrant");
const { createOpenPeriod, emailedToken, formValues, randomAddress } = await import("@/lib/registrations/public-test-helpers");

const db = testDb(4);
const IDLE = { status: "idle" } as const;

afterAll(async () => {
  await closeRateLimitPool();
  await db.$disconnect();
});

beforeEach(() => {
  request.forwardedFor = randomAddress();
  request.cookies.clear();
});

/** The FormData a browser posts for these nested values (checkboxes as "on", unticked ones absent). */
function toFormData(values: Record<string, unknown>, prefix = "", data = new FormData()): FormData {
  for (const [key, value] of Object.entries(values)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === undefined || value === false) continue;
    if (value === true) data.append(name, "on");
    else if (value !== null && typeof value === "object") toFormData(value as Record<string, unknown>, name, data);
    else data.append(name, String(value));
  }
  return data;
}

async function redirectOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw error;
  }
}

describe("public registration actions", () => {
  it("answer a new, a duplicate-email, a duplicate-organisation and a honeypot submission identically", async () => {
    const { periodId } = await createOpenPeriod(db);
    const first = formValues({ organisation: "Action Enumeration Org" });
    const email = (first.contact as { email: string }).email;
    const submissions = [first, formValues({ email }), formValues({ organisation: "ACTION enumeration org" }), formValues({ honeypot: "spam" })];
    const answers = [];
    for (const values of submissions) {
      request.forwardedFor = randomAddress();
      answers.push(await actions.submitRegistrationAction(IDLE, toFormData({ ...values, periodId })));
    }
    expect(answers[0]?.status).toBe("done");
    for (const answer of answers) expect(answer).toStrictEqual(answers[0]);
    expect(await db.registration.count({ where: { periodId } })).toBe(1);
  });

  it("return field errors keyed like the form's names and the typed values, without the honeypot or the token", async () => {
    const { periodId } = await createOpenPeriod(db);
    const values = formValues();
    (values.representatives as Record<string, unknown>[])[1] = { name: "Ben", function: "", email: "not-an-email" };
    values.privacyConsent = false;
    const state = await actions.submitRegistrationAction(IDLE, toFormData({ ...values, periodId }));
    expect(state.status).toBe("error");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["privacyConsent", "representatives.1.email"]);
    expect(state.values).toMatchObject({ periodId, organisation: values.organisation, representatives: [expect.anything(), { name: "Ben", email: "not-an-email" }], publicListingConsent: true });
    expect(state.values).not.toHaveProperty(HONEYPOT_FIELD);
    expect(state.values).not.toHaveProperty(FORM_TOKEN_FIELD);
    // The form token still verifies, so it is handed back for the next press.
    expect(state.formToken).toBe(values[FORM_TOKEN_FIELD]);
    expect(await db.registration.count({ where: { periodId } })).toBe(0);
  });

  it("ask to submit again with a fresh token when the form token is missing", async () => {
    const { periodId } = await createOpenPeriod(db);
    const values = formValues();
    delete values[FORM_TOKEN_FIELD];
    const state = await actions.submitRegistrationAction(IDLE, toFormData({ ...values, periodId }));
    expect(state).toMatchObject({ status: "error", message: FORM_CHECK_MESSAGE });
    expect(state.fieldErrors).toBeUndefined();
    expect(state.formToken).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/u);
  });

  it("confirm through the button: the status cookie is set and the browser goes to the status page; a used link gets the one message", async () => {
    const { periodId } = await createOpenPeriod(db);
    const values = formValues();
    const email = (values.contact as { email: string }).email;
    await actions.submitRegistrationAction(IDLE, toFormData({ ...values, periodId }));
    const token = await emailedToken(db, email, "registration.confirm-email");
    const form = new FormData();
    form.append("token", token);
    expect(await redirectOf(actions.confirmRegistrationAction(IDLE, form))).toBe("/fr/registration/status"); // the registrant wrote in French
    const cookie = request.cookies.get(STATUS_COOKIE);
    expect((await findRegistrationByAccessToken(db, cookie))?.contact.email).toBe(email);
    request.cookies.clear();
    expect(await actions.confirmRegistrationAction(IDLE, form)).toEqual({ status: "error", message: INVALID_LINK_MESSAGE });
    expect(request.cookies.has(STATUS_COOKIE)).toBe(false);
  });

  it("tell a rate-limited confirmation apart from a bad link, so the page keeps its button and says to wait", async () => {
    const form = new FormData();
    form.append("token", "A".repeat(43));
    let answer = await actions.confirmRegistrationAction(IDLE, form);
    for (let attempt = 1; attempt < 40 && answer.reason === undefined; attempt += 1) {
      expect(answer).toEqual({ status: "error", message: INVALID_LINK_MESSAGE });
      answer = await actions.confirmRegistrationAction(IDLE, form);
    }
    expect(answer.reason).toBe("rate-limited");
    expect(answer.message).toMatch(/^Too many attempts\. Please try again in \d+ minutes?\.$/u);
  });

  it("edit and withdraw with the status cookie only; without it, the one invalid-link message", async () => {
    const { periodId } = await createOpenPeriod(db);
    const values = formValues();
    const email = (values.contact as { email: string }).email;
    await actions.submitRegistrationAction(IDLE, toFormData({ ...values, periodId }));
    const confirm = new FormData();
    confirm.append("token", await emailedToken(db, email, "registration.confirm-email"));
    await redirectOf(actions.confirmRegistrationAction(IDLE, confirm));
    const cookie = request.cookies.get(STATUS_COOKIE);
    const edit = toFormData({
      version: 2,
      contact: { name: "New Name", function: "", phone: "" },
      organisation: { website: "", description: "A description that is long enough to pass." },
      representatives: [{ name: "Rep", function: "", email: "rep@example.org" }],
    });
    request.cookies.clear();
    expect(await actions.updateOwnRegistrationAction(IDLE, edit)).toMatchObject({ status: "error", message: INVALID_LINK_MESSAGE });
    expect(await actions.withdrawOwnRegistrationAction(IDLE, new FormData())).toMatchObject({ status: "error", message: INVALID_LINK_MESSAGE });
    request.cookies.set(STATUS_COOKIE, cookie ?? "");
    expect(await actions.updateOwnRegistrationAction(IDLE, edit)).toMatchObject({ status: "done" });
    expect(await findRegistrationByAccessToken(db, cookie)).toMatchObject({ contact: { name: "New Name" }, publicListingConsent: false });
    expect(await actions.withdrawOwnRegistrationAction(IDLE, new FormData())).toMatchObject({ status: "done" });
    expect((await findRegistrationByAccessToken(db, cookie))?.status).toBe("WITHDRAWN");
  });

  it("answer 'send me my link again' identically for a known and an unknown email", async () => {
    const { periodId } = await createOpenPeriod(db);
    const values = formValues();
    const email = (values.contact as { email: string }).email;
    await actions.submitRegistrationAction(IDLE, toFormData({ ...values, periodId }));
    const ask = (address: string) => {
      const form = new FormData();
      form.append("email", address);
      request.forwardedFor = randomAddress();
      return actions.requestLinkAgainAction(IDLE, form);
    };
    const known = await ask(email);
    const unknown = await ask(`unknown-${Date.now()}@example.org`);
    expect(known).toStrictEqual(unknown);
    expect(known.status).toBe("done");
  });
});

describe("public registration reads", () => {
  it("show the period of a published event and nothing for a draft or cancelled one", async () => {
    const open = await createOpenPeriod(db);
    const page = await getRegistrationPage({ eventSlug: open.eventSlug }, "fr");
    expect(page).toMatchObject({ periodId: open.periodId, state: "open", maxRepresentatives: 3, timeZone: "America/New_York", registerHref: `/fr/events/${open.eventSlug}/register` });
    expect(page?.title).toMatch(/^Auditions /u);
    expect(page?.privacyNotice).toEqual({ text: "We keep your data for a year.", lang: "en" });
    for (const eventStatus of ["DRAFT", "CANCELLED"] as const) {
      const hidden = await createOpenPeriod(db, { eventStatus });
      expect(await getRegistrationPage({ eventSlug: hidden.eventSlug }, "en")).toBeNull();
      expect(await getRegistrationCallout({ eventSlug: hidden.eventSlug }, "en")).toBeNull();
    }
    expect(await getRegistrationCallout({ eventSlug: "no-such-event" }, "en")).toBeNull();
  });

  it("show a hearing's period only while the hearing and its event are published", async () => {
    const { eventId } = await createOpenPeriod(db);
    const meeting = await db.meeting.create({ data: { eventId, slug: `hearing-${eventId}`, kind: "INTERACTIVE_HEARING", title: { en: "Informal hearing" }, status: "DRAFT", timeZone: "Europe/Zurich" }, select: { id: true, slug: true } });
    await db.registrationPeriod.create({
      data: { eventId, meetingId: meeting.id, scopeKey: `meeting:${meeting.id}`, opensAt: new Date(Date.now() + 3_600_000), closesAt: new Date(Date.now() + 7_200_000), privacyNotice: { en: "Notice" }, declineMessage: { en: "Sorry" } },
    });
    expect(await getRegistrationPage({ meetingSlug: meeting.slug }, "en")).toBeNull();
    await db.meeting.update({ where: { id: meeting.id }, data: { status: "PUBLISHED" } });
    expect(await getRegistrationPage({ meetingSlug: meeting.slug }, "en")).toMatchObject({ title: "Informal hearing", state: "upcoming", timeZone: "Europe/Zurich" });
    await db.meeting.update({ where: { id: meeting.id }, data: { status: "CANCELLED" } });
    expect(await getRegistrationCallout({ meetingSlug: meeting.slug }, "en")).toBeNull();
  });
});
