// Confirmation and the status link against a real PostgreSQL: guessed, reused and expired tokens
// all get one InvalidLinkError and change nothing; the registrant's edits, withdrawal (freeing the
// place) and "send me my link again" (one answer whatever the email).
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
const { testDb } = await import("@/lib/testing/test-db");
const { submitRegistration } = await import("@/lib/registrations/submit");
const { confirmRegistration } = await import("@/lib/registrations/confirm");
const { findRegistrationByAccessToken, requestLinkAgain, updateOwnRegistration, withdrawOwnRegistration, NOT_EDITABLE_MESSAGE, STALE_REGISTRATION_MESSAGE } = await import(
  "@/lib/registrations/registrant"
);
const { closeRateLimitPool } = await import("@/lib/registrations/rate-limits");
const { InvalidLinkError, INVALID_LINK_MESSAGE } = await import("@/lib/registrations/errors");
const { newSecretToken } = await import("@/lib/registrations/tokens");
const { createOpenPeriod, emailedToken, formValues, randomAddress } = await import("@/lib/registrations/public-test-helpers");

const db = testDb(4);

afterAll(async () => {
  await closeRateLimitPool();
  await db.$disconnect();
});

/** A submitted registration: its contact email, confirmation token and (once confirmed) access token. */
async function registered(periodId: string, overrides: Parameters<typeof formValues>[0] = {}) {
  const values = formValues(overrides);
  const email = (values.contact as { email: string }).email;
  await submitRegistration(db, { periodId, input: values, clientAddress: randomAddress() });
  const confirmToken = await emailedToken(db, email, "registration.confirm-email");
  const row = await db.registration.findFirstOrThrow({ where: { periodId, contactEmail: email }, select: { id: true } });
  return { email, confirmToken, id: row.id };
}

async function confirmed(periodId: string, overrides: Parameters<typeof formValues>[0] = {}) {
  const registration = await registered(periodId, overrides);
  const { accessToken } = await confirmRegistration(db, { token: registration.confirmToken });
  return { ...registration, accessToken };
}

/** Everything a link could change: the registration rows, their emails and audit entries. */
async function periodState(periodId: string) {
  const registrations = await db.registration.findMany({ where: { periodId }, orderBy: { id: "asc" } });
  const ids = registrations.map((row) => row.id);
  const messages = await db.outboxMessage.count({ where: { registrationId: { in: ids } } });
  const audits = await db.auditLog.count({ where: { entityType: "Registration", entityId: { in: ids } } });
  return { registrations, messages, audits };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => "succeeded",
    (error: unknown) => (error instanceof Error ? { name: error.name, message: error.message } : error),
  );
}

describe("confirmRegistration", () => {
  it("moves the registration to SUBMITTED, issues the status link, sends it and audits without personal data", async () => {
    const { periodId } = await createOpenPeriod(db);
    const { email, confirmToken, id } = await registered(periodId, { ecosoc: "NONE" });
    const result = await confirmRegistration(db, { token: confirmToken });
    expect(result.locale).toBe("fr"); // the registrant's language (French), now a public locale
    const row = await db.registration.findUniqueOrThrow({ where: { id }, select: { status: true, confirmedAt: true, confirmTokenHash: true, nonObjectionStatus: true } });
    expect(row).toMatchObject({ status: "SUBMITTED", confirmTokenHash: null, nonObjectionStatus: "PENDING" });
    expect(row.confirmedAt).not.toBeNull();
    expect(await emailedToken(db, email, "registration.received")).toBe(result.accessToken);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "registration.confirmed" }, select: { actorLabel: true, before: true, after: true } });
    expect(audit.actorLabel).toBe("anonymous");
    expect(JSON.stringify(audit)).not.toContain(email);
    expect(JSON.stringify(audit)).not.toContain("Ana Pereira");
    expect((await findRegistrationByAccessToken(db, result.accessToken))?.status).toBe("SUBMITTED");
  });

  it("needs no non-objection for an organisation with ECOSOC status", async () => {
    const { periodId } = await createOpenPeriod(db);
    const { id } = await confirmed(periodId, { ecosoc: "SPECIAL" });
    expect((await db.registration.findUniqueOrThrow({ where: { id }, select: { nonObjectionStatus: true } })).nonObjectionStatus).toBe("NOT_REQUIRED");
  });

  it("refuses guessed, malformed, reused, cross-used and expired tokens with one error, changing nothing", async () => {
    const { periodId } = await createOpenPeriod(db);
    const used = await confirmed(periodId);
    const pending = await registered(periodId);
    const expired = await registered(periodId);
    await db.registration.update({ where: { id: expired.id }, data: { confirmTokenExpiresAt: new Date(Date.now() - 1) } });
    const before = await periodState(periodId);
    const tokens: unknown[] = [
      newSecretToken().token,
      randomBytes(16).toString("base64url"),
      randomBytes(48).toString("base64url"),
      "",
      `${pending.confirmToken.slice(0, 42)}=`,
      pending.confirmToken.toUpperCase() === pending.confirmToken ? newSecretToken().token : pending.confirmToken.toUpperCase(),
      used.confirmToken,
      used.accessToken,
      expired.confirmToken,
      null,
      { token: pending.confirmToken },
    ];
    for (const token of tokens) {
      expect(await failure(confirmRegistration(db, { token })), String(token)).toEqual({ name: "InvalidLinkError", message: INVALID_LINK_MESSAGE });
    }
    expect(await periodState(periodId)).toEqual(before);
  });

  it("lets only one of several concurrent clicks on the link succeed", async () => {
    const { periodId } = await createOpenPeriod(db);
    const { confirmToken, email } = await registered(periodId);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => confirmRegistration(db, { token: confirmToken })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toBeInstanceOf(InvalidLinkError);
    expect(await db.outboxMessage.count({ where: { recipient: email, template: "registration.received" } })).toBe(1);
  });
});

describe("the status link", () => {
  it("shows nothing for a guessed token, a confirmation token, or an unconfirmed registration's placeholder", async () => {
    const { periodId } = await createOpenPeriod(db);
    const pending = await registered(periodId);
    const used = await confirmed(periodId);
    for (const token of [newSecretToken().token, pending.confirmToken, used.confirmToken, "x".repeat(43), "short"]) {
      expect(await findRegistrationByAccessToken(db, token)).toBeNull();
    }
    const view = await findRegistrationByAccessToken(db, used.accessToken);
    expect(view).toMatchObject({ status: "SUBMITTED", canEdit: true, canWithdraw: true, contact: { email: used.email }, period: { maxRepresentatives: 3 } });
    expect(view?.representatives).toHaveLength(2);
  });

  it("lets the registrant edit while under review, with the version checked, and refuses guessed tokens", async () => {
    const { periodId } = await createOpenPeriod(db);
    const { accessToken, id } = await confirmed(periodId);
    const input = (version: number) => ({
      version,
      contact: { name: "Bea Santos", function: "Adviser", phone: "" },
      organisation: { website: "https://example.org", description: "A longer description of what the organisation does." },
      representatives: [{ name: "Only One", function: "", email: "only@example.org" }],
      publicListingConsent: false,
    });
    await expect(updateOwnRegistration(db, { token: newSecretToken().token, input: input(2) })).rejects.toBeInstanceOf(InvalidLinkError);
    expect(await updateOwnRegistration(db, { token: accessToken, input: input(2) })).toEqual({ version: 3 });
    const view = await findRegistrationByAccessToken(db, accessToken);
    expect(view).toMatchObject({ version: 3, contact: { name: "Bea Santos" }, representatives: [{ name: "Only One", email: "only@example.org" }], publicListingConsent: false });
    expect((await db.registration.findUniqueOrThrow({ where: { id }, select: { representativeCount: true } })).representativeCount).toBe(1);
    expect(await failure(updateOwnRegistration(db, { token: accessToken, input: input(2) }))).toEqual({ name: "ConflictError", message: STALE_REGISTRATION_MESSAGE });
    await db.registration.update({ where: { id }, data: { status: "APPROVED" } });
    expect(await failure(updateOwnRegistration(db, { token: accessToken, input: input(3) }))).toEqual({ name: "ConflictError", message: NOT_EDITABLE_MESSAGE });
    expect(await db.auditLog.count({ where: { entityId: id, action: "registration.updated-by-registrant" } })).toBe(1);
  });

  it("withdraws, frees the organisation and email for a new registration, and promotes the waitlisted one when the period says so", async () => {
    const { periodId } = await createOpenPeriod(db, { autoPromote: true, capacityOrganisations: 1 });
    const approved = await confirmed(periodId);
    const waiting = await confirmed(periodId);
    await db.registration.update({ where: { id: approved.id }, data: { status: "APPROVED", decidedAt: new Date() } });
    await db.registration.update({ where: { id: waiting.id }, data: { status: "WAITLISTED", waitlistedAt: new Date() } });
    await expect(withdrawOwnRegistration(db, { token: newSecretToken().token })).rejects.toBeInstanceOf(InvalidLinkError);
    expect(await withdrawOwnRegistration(db, { token: approved.accessToken })).toEqual({ status: "WITHDRAWN", wasApproved: true });
    const rows = await db.registration.findMany({ where: { periodId }, select: { id: true, status: true, liveContactEmail: true, liveOrganisationKey: true } });
    expect(rows.find((row) => row.id === approved.id)).toMatchObject({ status: "WITHDRAWN", liveContactEmail: null, liveOrganisationKey: null });
    expect(rows.find((row) => row.id === waiting.id)?.status).toBe("APPROVED");
    expect(await db.outboxMessage.count({ where: { registrationId: approved.id, template: "registration.withdrawn" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: approved.id, action: "registration.withdrawn", actorLabel: "anonymous" } })).toBe(1);
    expect(await failure(withdrawOwnRegistration(db, { token: approved.accessToken }))).toMatchObject({ name: "ConflictError" });
    // The same email may register again once the first registration is withdrawn.
    await submitRegistration(db, { periodId, input: formValues({ email: approved.email }), clientAddress: randomAddress() });
    expect(await db.registration.count({ where: { periodId, liveContactEmail: approved.email } })).toBe(1);
    const view = await findRegistrationByAccessToken(db, approved.accessToken);
    expect(view).toMatchObject({ status: "WITHDRAWN", canEdit: false, canWithdraw: false });
  });
});

describe("requestLinkAgain", () => {
  it("answers the same for a known and an unknown email, and sends a new link only to the known one", async () => {
    const { periodId } = await createOpenPeriod(db);
    const known = await confirmed(periodId);
    const unconfirmed = await registered(periodId);
    const unknown = `nobody-${Date.now()}@example.org`;
    const answers = [
      await requestLinkAgain(db, { email: known.email, clientAddress: randomAddress() }),
      await requestLinkAgain(db, { email: unknown, clientAddress: randomAddress() }),
      await requestLinkAgain(db, { email: unconfirmed.email.toUpperCase(), clientAddress: randomAddress() }),
    ];
    for (const answer of answers) expect(answer).toStrictEqual(answers[0]);
    expect(await db.outboxMessage.count({ where: { recipient: unknown } })).toBe(0);
    // The new status link works and the old one no longer does.
    const fresh = await emailedToken(db, known.email, "registration.link");
    expect(await findRegistrationByAccessToken(db, fresh)).not.toBeNull();
    expect(await findRegistrationByAccessToken(db, known.accessToken)).toBeNull();
    // The unconfirmed registration gets a new confirmation link; the old one is dead.
    const newConfirm = await emailedToken(db, unconfirmed.email, "registration.confirm-email");
    expect(newConfirm).not.toBe(unconfirmed.confirmToken);
    await expect(confirmRegistration(db, { token: unconfirmed.confirmToken })).rejects.toBeInstanceOf(InvalidLinkError);
    await confirmRegistration(db, { token: newConfirm });
  });

  it("limits requests per email across addresses, the same way for known and unknown emails", async () => {
    const { periodId } = await createOpenPeriod(db);
    const known = await confirmed(periodId);
    const unknown = `nobody-limit-${Date.now()}@example.org`;
    for (const email of [known.email, unknown]) {
      const results: unknown[] = [];
      for (let index = 0; index < 4; index += 1) results.push(await failure(requestLinkAgain(db, { email, clientAddress: randomAddress() })));
      expect(results.slice(0, 3)).toEqual(["succeeded", "succeeded", "succeeded"]);
      expect(results[3]).toMatchObject({ name: "TooManyRequestsError" });
    }
  });
});
