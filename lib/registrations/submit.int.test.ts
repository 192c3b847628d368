// Submitting the public registration form against a real PostgreSQL: duplicates decided by the
// unique indexes under concurrency, identical answers whatever exists, bots and floods refused.
import { afterAll, afterEach, describe, expect, it } from "vitest";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
const { testDb } = await import("@/lib/testing/test-db");
const { submitRegistration } = await import("@/lib/registrations/submit");
const { closeRateLimitPool, REGISTRATION_LIMITS } = await import("@/lib/registrations/rate-limits");
const { RegistrationClosedError, FORM_CHECK_MESSAGE } = await import("@/lib/registrations/errors");
const { ValidationError, TooManyRequestsError } = await import("@/lib/errors");
const { clientAddress } = await import("@/lib/http/client-address");
const { hashToken } = await import("@/lib/registrations/tokens");
const { FORM_TOKEN_FIELD, issueFormToken } = await import("@/lib/registrations/anti-bot");
const { createOpenPeriod, emailedToken, formValues, HOUR, randomAddress } = await import("@/lib/registrations/public-test-helpers");

const db = testDb(12);
const defaultSubmitLimits = REGISTRATION_LIMITS.submit;

/** The concurrency tests fire twenty at once from twenty clients; the real limits would refuse most of them. */
function withGenerousLimits() {
  REGISTRATION_LIMITS.submit = { perAddress: { points: 1000, durationSeconds: 3600 }, perEmail: { points: 1000, durationSeconds: 3600 } };
}

afterEach(() => {
  REGISTRATION_LIMITS.submit = defaultSubmitLimits;
});

afterAll(async () => {
  await closeRateLimitPool();
  await db.$disconnect();
});

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    return { answer: await promise };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const stored = (periodId: string) => db.registration.count({ where: { periodId } });
const mails = (periodId: string) => db.outboxMessage.findMany({ where: { registration: { periodId } }, select: { recipient: true, template: true } });

describe("submitRegistration", () => {
  it("stores a new registration awaiting confirmation, its representatives, and the confirmation email with a 48-hour token stored only as its hash", async () => {
    const { periodId } = await createOpenPeriod(db);
    const values = formValues();
    const now = new Date();
    expect(await submitRegistration(db, { periodId, input: values, clientAddress: randomAddress(), now })).toEqual({ outcome: "received" });
    const contact = (values.contact as { email: string }).email;
    const registration = await db.registration.findFirstOrThrow({
      where: { periodId },
      select: { status: true, organisationKey: true, liveContactEmail: true, confirmTokenHash: true, confirmTokenExpiresAt: true, accessTokenHash: true, representativeCount: true, language: true, representatives: { select: { position: true } } },
    });
    expect(registration).toMatchObject({ status: "AWAITING_CONFIRMATION", liveContactEmail: contact, representativeCount: 2, language: "FR" });
    expect(registration.representatives).toHaveLength(2);
    expect(registration.confirmTokenExpiresAt?.getTime()).toBe(now.getTime() + 48 * HOUR);
    const token = await emailedToken(db, contact, "registration.confirm-email");
    expect(registration.confirmTokenHash).toBe(hashToken(token));
    expect(JSON.stringify(registration)).not.toContain(token);
    expect(await mails(periodId)).toEqual([{ recipient: contact, template: "registration.confirm-email" }]);
  });

  it("leaves exactly one registration when twenty identical submissions arrive at once, and answers all twenty alike", async () => {
    withGenerousLimits();
    const { periodId } = await createOpenPeriod(db);
    const values = formValues();
    const answers = await Promise.all(Array.from({ length: 20 }, () => outcome(submitRegistration(db, { periodId, input: structuredClone(values), clientAddress: randomAddress() }))));
    expect(await stored(periodId)).toBe(1);
    for (const answer of answers) expect(answer).toEqual({ answer: { outcome: "received" } });
    // The confirmation, and at most one "already registered" notice for the same address.
    const sent = await mails(periodId);
    expect(sent.filter((mail) => mail.template === "registration.confirm-email")).toHaveLength(1);
    expect(sent.filter((mail) => mail.template === "registration.already-registered").length).toBeLessThanOrEqual(1);
  });

  it("leaves one registration for twenty organisations sharing one email", async () => {
    withGenerousLimits();
    const { periodId } = await createOpenPeriod(db);
    const email = `shared-${Date.now()}@example.org`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => outcome(submitRegistration(db, { periodId, input: formValues({ email }), clientAddress: randomAddress() }))));
    expect(await stored(periodId)).toBe(1);
    expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(new Set([JSON.stringify({ answer: { outcome: "received" } })]));
  });

  it("leaves one registration for one organisation written twenty ways with twenty emails", async () => {
    withGenerousLimits();
    const { periodId } = await createOpenPeriod(db);
    const spellings = ["Médecins Sans Frontières", "MEDECINS SANS FRONTIERES", "médecins-sans-frontières", "Medecins, Sans Frontieres!", "  médecins  sans   frontières. "];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => outcome(submitRegistration(db, { periodId, input: formValues({ organisation: spellings[index % spellings.length] ?? "" }), clientAddress: randomAddress() }))),
    );
    expect(await stored(periodId)).toBe(1);
    for (const answer of answers) expect(answer).toEqual({ answer: { outcome: "received" } });
    // The same name in another country is another organisation.
    await submitRegistration(db, { periodId, input: formValues({ organisation: "Médecins Sans Frontières", country: "BE" }), clientAddress: randomAddress() });
    expect(await stored(periodId)).toBe(2);
  });

  it("answers a new, a duplicate-email, a duplicate-organisation and a honeypot submission identically, and tells only the inboxes concerned", async () => {
    const { periodId } = await createOpenPeriod(db);
    const first = formValues({ organisation: "Enumeration Test Org" });
    const firstEmail = (first.contact as { email: string }).email;
    const takenBy = formValues({ organisation: "enumeration test org." });
    const takenEmail = (takenBy.contact as { email: string }).email;
    const answers = [
      await submitRegistration(db, { periodId, input: first, clientAddress: randomAddress() }),
      await submitRegistration(db, { periodId, input: formValues({ email: firstEmail }), clientAddress: randomAddress() }),
      await submitRegistration(db, { periodId, input: takenBy, clientAddress: randomAddress() }),
      await submitRegistration(db, { periodId, input: formValues({ honeypot: "http://spam.example" }), clientAddress: randomAddress() }),
    ];
    for (const answer of answers) expect(answer).toStrictEqual(answers[0]);
    expect(await stored(periodId)).toBe(1);
    const sent = await mails(periodId);
    expect(sent).toHaveLength(3);
    expect(sent).toEqual(
      expect.arrayContaining([
        { recipient: firstEmail, template: "registration.confirm-email" },
        { recipient: firstEmail, template: "registration.already-registered" },
        { recipient: takenEmail, template: "registration.organisation-taken" },
      ]),
    );
    // A second duplicate within the hour sends no second notice.
    await submitRegistration(db, { periodId, input: formValues({ email: firstEmail }), clientAddress: randomAddress() });
    expect(await mails(periodId)).toHaveLength(3);
  });

  it("stores nothing and answers alike when the honeypot is filled", async () => {
    const { periodId } = await createOpenPeriod(db);
    expect(await submitRegistration(db, { periodId, input: formValues({ honeypot: "x" }), clientAddress: randomAddress() })).toEqual({ outcome: "received" });
    expect(await stored(periodId)).toBe(0);
    expect(await db.outboxMessage.count({ where: { template: "registration.confirm-email", registration: { periodId } } })).toBe(0);
  });

  it("refuses the eleventh submission from one client even when X-Forwarded-For is forged differently each time", async () => {
    const { periodId } = await createOpenPeriod(db);
    const peer = randomAddress();
    const results: unknown[] = [];
    for (let index = 0; index < 11; index += 1) {
      const headers = new Headers({ "x-forwarded-for": `203.0.113.${index + 1}, ${peer}` });
      results.push(await outcome(submitRegistration(db, { periodId, input: formValues(), clientAddress: clientAddress(headers) })));
    }
    expect(results.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => ({ answer: { outcome: "received" } })));
    expect(results[10]).toEqual({ error: expect.stringMatching(/^TooManyRequestsError: Too many attempts/u) });
    expect(await stored(periodId)).toBe(10);
  });

  it("refuses the fourth submission for one email within the hour, from any address", async () => {
    const { periodId } = await createOpenPeriod(db);
    const email = `limited-${Date.now()}@example.org`;
    for (let index = 0; index < 3; index += 1) await submitRegistration(db, { periodId, input: formValues({ email }), clientAddress: randomAddress() });
    await expect(submitRegistration(db, { periodId, input: formValues({ email: email.toUpperCase() }), clientAddress: randomAddress() })).rejects.toBeInstanceOf(TooManyRequestsError);
  });

  it("refuses outside the window and for a target that is not published, storing nothing", async () => {
    const upcoming = await createOpenPeriod(db, { opensAt: new Date(Date.now() + HOUR), closesAt: new Date(Date.now() + 2 * HOUR) });
    const closed = await createOpenPeriod(db, { opensAt: new Date(Date.now() - 2 * HOUR), closesAt: new Date(Date.now() - 1) });
    const draft = await createOpenPeriod(db, { eventStatus: "DRAFT" });
    const cancelled = await createOpenPeriod(db, { eventStatus: "CANCELLED" });
    for (const { periodId } of [upcoming, closed, draft, cancelled]) {
      await expect(submitRegistration(db, { periodId, input: formValues(), clientAddress: randomAddress() })).rejects.toBeInstanceOf(RegistrationClosedError);
      expect(await stored(periodId)).toBe(0);
    }
    await expect(submitRegistration(db, { periodId: "cm0000000000000000000000", input: formValues(), clientAddress: randomAddress() })).rejects.toBeInstanceOf(RegistrationClosedError);
    // Closing is exclusive: at closesAt exactly, the form is closed.
    const edge = await createOpenPeriod(db);
    const period = await db.registrationPeriod.findUniqueOrThrow({ where: { id: edge.periodId }, select: { closesAt: true } });
    await expect(submitRegistration(db, { periodId: edge.periodId, input: formValues({}, period.closesAt), clientAddress: randomAddress(), now: period.closesAt })).rejects.toBeInstanceOf(RegistrationClosedError);
  });

  it("asks to check and submit again when the form was sent too fast or its token is missing, forged or expired, storing nothing", async () => {
    const { periodId } = await createOpenPeriod(db);
    const now = new Date();
    const cases: Record<string, unknown>[] = [
      { ...formValues(), [FORM_TOKEN_FIELD]: issueFormToken(new Date(now.getTime() - 1000)) },
      { ...formValues(), [FORM_TOKEN_FIELD]: undefined },
      { ...formValues(), [FORM_TOKEN_FIELD]: `${now.getTime() - 60_000}.${"x".repeat(43)}` },
      { ...formValues(), [FORM_TOKEN_FIELD]: issueFormToken(new Date(now.getTime() - 25 * HOUR)) },
    ];
    for (const input of cases) {
      const error = await submitRegistration(db, { periodId, input, clientAddress: randomAddress(), now }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as InstanceType<typeof ValidationError>).message).toBe(FORM_CHECK_MESSAGE);
    }
    expect(await stored(periodId)).toBe(0);
  });

  it("returns field errors keyed like the form's fields", async () => {
    const { periodId } = await createOpenPeriod(db, { maxRepresentatives: 1 });
    const values = formValues({ representatives: 2 });
    (values.organisation as Record<string, unknown>).name = "";
    values.privacyConsent = false;
    const error = await submitRegistration(db, { periodId, input: values, clientAddress: randomAddress() }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as InstanceType<typeof ValidationError>).fieldErrors).sort()).toEqual(["organisation.name", "privacyConsent", "representatives"]);
    expect(await stored(periodId)).toBe(0);
  });
});
