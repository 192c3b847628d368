// Submitting the public registration form (issue 5, points 2–5). Every outcome a stranger could
// learn something from gives the same answer, { outcome: "received" }: a new registration, an
// email or organisation that already has a live registration, a filled honeypot. What differs is
// only what lands in the inboxes of the addresses concerned.
//
// Duplicates are decided by the database: the unique indexes on (period, live organisation key)
// and (period, live contact email) let exactly one of any number of concurrent submissions
// insert; the others fail with P2002 and are answered like everyone else. A registration
// AWAITING_CONFIRMATION holds no place: capacity counts approved registrations only.
import "server-only";
import type { Db } from "@/lib/database/client";
import { ValidationError, isUniqueViolation } from "@/lib/errors";
import type { Language } from "@/lib/generated/prisma/enums";
import type { UnLanguage } from "@/lib/i18n/languages";
import { enqueueEmail } from "@/lib/mail/outbox";
import { checkAntiBot } from "@/lib/registrations/anti-bot";
import { FORM_CHECK_MESSAGE, RegistrationClosedError } from "@/lib/registrations/errors";
import { confirmUrl, linkRequestUrl } from "@/lib/registrations/links";
import { organisationKey } from "@/lib/registrations/organisation-key";
import { findPublicPeriod, isTargetLive, isWithinWindow, periodTitle, type PublicPeriod } from "@/lib/registrations/public-period";
import { allowNotice, consumeRegistrationLimits } from "@/lib/registrations/rate-limits";
import { registrationFormSchema, type RegistrationFormData } from "@/lib/registrations/schemas";
import { newSecretToken } from "@/lib/registrations/tokens";
import { parseInput } from "@/lib/validation/parse";

/** How long a confirmation link works. */
export const CONFIRM_TOKEN_TTL_MS = 48 * 60 * 60_000;

export type SubmitAnswer = { outcome: "received" };
const RECEIVED = (): SubmitAnswer => ({ outcome: "received" });

export interface SubmitRegistrationInput {
  periodId: string;
  /** The raw form values (formDataToObject), including the honeypot and the form token. */
  input: Record<string, unknown>;
  clientAddress: string | null;
  now?: Date;
}

/** Waits for connections under a flood instead of failing after Prisma's default 2 s. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

/**
 * Registers an organisation for a period. Throws ValidationError (field errors, or the form-level
 * FORM_CHECK_MESSAGE for the fill-time check), RegistrationClosedError, TooManyRequestsError.
 */
export async function submitRegistration(db: Db, { periodId, input, clientAddress, now = new Date() }: SubmitRegistrationInput): Promise<SubmitAnswer> {
  const verdict = checkAntiBot(input, now);
  if (verdict === "bot") return RECEIVED();
  if (verdict !== "ok") throw new ValidationError(FORM_CHECK_MESSAGE);

  const period = typeof periodId === "string" && periodId !== "" ? await findPublicPeriod(db, periodId) : null;
  if (!period || !isTargetLive(period) || !isWithinWindow(period, now)) throw new RegistrationClosedError();

  const data = parseInput(registrationFormSchema(period.maxRepresentatives), input);
  await consumeRegistrationLimits({ clientAddress, email: data.contact.email, kind: "submit" });

  // A second attempt covers a live duplicate that was withdrawn or declined between the failed
  // insert and the lookup (and, in theory, a token digest collision).
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await insertRegistration(db, period, data, now);
      return RECEIVED();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (await noticeDuplicate(db, period, data)) return RECEIVED();
    }
  }
  return RECEIVED();
}

async function insertRegistration(db: Db, period: PublicPeriod, data: RegistrationFormData, now: Date): Promise<void> {
  const key = organisationKey(data.organisation.name, data.organisation.countryCode);
  const confirm = newSecretToken();
  // The status-page token is issued on confirmation; until then the row holds an unsent one.
  const placeholderAccess = newSecretToken();
  const expiresAt = new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS);
  const language = data.language as UnLanguage;
  await db.$transaction(async (tx) => {
    const registration = await tx.registration.create({
      data: {
        eventId: period.eventId,
        meetingId: period.meetingId,
        periodId: period.id,
        organisationName: data.organisation.name,
        organisationKey: key,
        organisationType: data.organisation.type,
        countryCode: data.organisation.countryCode,
        websiteUrl: data.organisation.website ?? null,
        ecosocStatus: data.organisation.ecosocStatus,
        organisationDescription: data.organisation.description,
        status: "AWAITING_CONFIRMATION",
        language: language.toUpperCase() as Language,
        contactName: data.contact.name,
        contactFunction: data.contact.function ?? null,
        contactEmail: data.contact.email,
        contactPhone: data.contact.phone ?? null,
        representativeCount: data.representatives.length,
        liveOrganisationKey: key,
        liveContactEmail: data.contact.email,
        publicListingConsent: data.publicListingConsent,
        privacyConsentAt: now,
        confirmTokenHash: confirm.hash,
        confirmTokenExpiresAt: expiresAt,
        accessTokenHash: placeholderAccess.hash,
        representatives: {
          create: data.representatives.map((person, position) => ({ position, name: person.name, function: person.function ?? null, email: person.email })),
        },
      },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      to: data.contact.email,
      template: "registration.confirm-email",
      language,
      params: { organisationName: data.organisation.name, eventTitle: periodTitle(period, language), confirmUrl: confirmUrl(language, confirm.token), expiresAt: expiresAt.toISOString() },
      registrationId: registration.id,
    });
  }, TRANSACTION_OPTIONS);
}

/**
 * Tells the addresses concerned about a duplicate: the email that already has a live
 * registration gets "already registered" (with the way to get its link again), otherwise the new
 * submitter learns the organisation is taken. At most one such notice per address per hour.
 * False when no live duplicate is found any more.
 */
async function noticeDuplicate(db: Db, period: PublicPeriod, data: RegistrationFormData): Promise<boolean> {
  const language = data.language as UnLanguage;
  const email = data.contact.email;
  const sameEmail = await db.registration.findFirst({ where: { periodId: period.id, liveContactEmail: email }, select: { id: true } });
  if (sameEmail) {
    if (await allowNotice(email)) {
      await db.$transaction((tx) =>
        enqueueEmail(tx, {
          to: email,
          template: "registration.already-registered",
          language,
          params: { eventTitle: periodTitle(period, language), linkRequestUrl: linkRequestUrl(language) },
          registrationId: sameEmail.id,
        }),
      );
    }
    return true;
  }
  const key = organisationKey(data.organisation.name, data.organisation.countryCode);
  const sameOrganisation = await db.registration.findFirst({ where: { periodId: period.id, liveOrganisationKey: key }, select: { id: true } });
  if (!sameOrganisation) return false;
  if (await allowNotice(email)) {
    // Linked to the existing registration so that staff see the attempt and the retention job
    // scrubs this message with it.
    await db.$transaction((tx) =>
      enqueueEmail(tx, {
        to: email,
        template: "registration.organisation-taken",
        language,
        params: { organisationName: data.organisation.name, eventTitle: periodTitle(period, language) },
        registrationId: sameOrganisation.id,
        data: { duplicate: "organisation" },
      }),
    );
  }
  return true;
}
