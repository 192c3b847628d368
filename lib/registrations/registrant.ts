// What a registrant can do with the secret status link (issue 5, point 4): see the registration,
// change it while it is under review, withdraw it at any time, and have the link sent again.
// The access token is looked up by its SHA-256 digest; anything else about the request is never
// trusted. "Send me my link again" answers the same whether or not the email is known.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { ConflictError } from "@/lib/errors";
import type { EcosocStatus, NonObjectionStatus, OrganisationType, RegistrationStatus } from "@/lib/generated/prisma/enums";
import type { UnLanguage } from "@/lib/i18n/languages";
import { translateText } from "@/lib/i18n/translatable";
import { enqueueEmail } from "@/lib/mail/outbox";
import { lockPeriods } from "@/lib/registrations/decision-steps";
import { releasePlace } from "@/lib/registrations/decisions";
import { InvalidLinkError } from "@/lib/registrations/errors";
import { accessUrl, confirmUrl } from "@/lib/registrations/links";
import { periodTitle } from "@/lib/registrations/public-period";
import { consumeRegistrationLimits } from "@/lib/registrations/rate-limits";
import { registrantUpdateSchema, resendLinkSchema } from "@/lib/registrations/schemas";
import { registrationSnapshot } from "@/lib/registrations/snapshot";
import { CONFIRM_TOKEN_TTL_MS } from "@/lib/registrations/submit";
import { hashToken, isTokenShaped, newSecretToken } from "@/lib/registrations/tokens";
import { parseInput } from "@/lib/validation/parse";

/** Statuses in which the registrant may still change the registration. */
const EDITABLE: readonly RegistrationStatus[] = ["SUBMITTED", "WAITLISTED"];
/** Statuses that hold (or wait for) a place and can be withdrawn. */
const WITHDRAWABLE: readonly RegistrationStatus[] = ["SUBMITTED", "WAITLISTED", "APPROVED"];

export const NOT_EDITABLE_MESSAGE = "This registration can no longer be changed: it has been decided or withdrawn.";
export const STALE_REGISTRATION_MESSAGE = "Your registration was changed meanwhile (perhaps in another window). Reload the page and make your changes again.";
export const NOT_WITHDRAWABLE_MESSAGE = "This registration has already been withdrawn or declined.";

export interface RegistrantView {
  id: string;
  /** For the optimistic check of updateOwnRegistration. */
  version: number;
  status: Exclude<RegistrationStatus, "AWAITING_CONFIRMATION">;
  nonObjectionStatus: NonObjectionStatus;
  organisation: { name: string; type: OrganisationType; countryCode: string; website: string | null; ecosocStatus: EcosocStatus; description: string | null };
  contact: { name: string; function: string | null; email: string; phone: string | null };
  representatives: { name: string; function: string | null; email: string }[];
  /** The language of the emails ("en", "fr", "es"). */
  language: string;
  publicListingConsent: boolean;
  confirmedAt: Date | null;
  decidedAt: Date | null;
  withdrawnAt: Date | null;
  /** For a declined registration: the period's decline message in the page's language, and the reason staff gave. */
  declineMessage: string | null;
  decisionReason: string | null;
  /** The hearing (or event) registered for, titled in the page's language. */
  target: { title: string; eventTitle: string; eventSlug: string; meetingSlug: string | null };
  period: { maxRepresentatives: number; opensAt: Date; closesAt: Date; nonObjectionRequired: boolean };
  canEdit: boolean;
  canWithdraw: boolean;
}

const registrantSelect = {
  id: true,
  periodId: true,
  version: true,
  status: true,
  nonObjectionStatus: true,
  organisationName: true,
  organisationType: true,
  countryCode: true,
  websiteUrl: true,
  ecosocStatus: true,
  organisationDescription: true,
  contactName: true,
  contactFunction: true,
  contactEmail: true,
  contactPhone: true,
  representativeCount: true,
  language: true,
  publicListingConsent: true,
  confirmedAt: true,
  decidedAt: true,
  withdrawnAt: true,
  waitlistedAt: true,
  decisionReason: true,
  anonymisedAt: true,
  representatives: { select: { name: true, function: true, email: true }, orderBy: { position: "asc" as const } },
  event: { select: { slug: true, title: true } },
  meeting: { select: { slug: true, title: true } },
  period: { select: { maxRepresentatives: true, opensAt: true, closesAt: true, nonObjectionRequired: true, declineMessage: true, event: { select: { title: true } }, meeting: { select: { title: true } } } },
};

type RegistrantClient = Pick<Db, "registration">;

async function findByAccessToken(db: RegistrantClient, token: unknown) {
  if (!isTokenShaped(token)) return null;
  const registration = await db.registration.findUnique({ where: { accessTokenHash: hashToken(token) }, select: registrantSelect });
  // Before confirmation the row holds a token that was never sent; after anonymisation there is nothing to show.
  if (!registration || registration.status === "AWAITING_CONFIRMATION" || registration.anonymisedAt !== null) return null;
  return registration;
}

/** The registration behind a status link, as the status page shows it in `locale`; null for any bad link. */
export async function findRegistrationByAccessToken(db: RegistrantClient, token: unknown, locale: UnLanguage = "en"): Promise<RegistrantView | null> {
  const found = await findByAccessToken(db, token);
  if (!found) return null;
  const status = found.status as RegistrantView["status"];
  return {
    id: found.id,
    version: found.version,
    status,
    nonObjectionStatus: found.nonObjectionStatus,
    organisation: { name: found.organisationName, type: found.organisationType, countryCode: found.countryCode, website: found.websiteUrl, ecosocStatus: found.ecosocStatus, description: found.organisationDescription },
    contact: { name: found.contactName, function: found.contactFunction, email: found.contactEmail, phone: found.contactPhone },
    representatives: found.representatives,
    language: found.language.toLowerCase(),
    publicListingConsent: found.publicListingConsent,
    confirmedAt: found.confirmedAt,
    decidedAt: found.decidedAt,
    withdrawnAt: found.withdrawnAt,
    declineMessage: status === "DECLINED" ? translateText(found.period.declineMessage, locale) || null : null,
    decisionReason: status === "DECLINED" ? found.decisionReason : null,
    target: { title: translateText(found.meeting?.title ?? found.event.title, locale), eventTitle: translateText(found.event.title, locale), eventSlug: found.event.slug, meetingSlug: found.meeting?.slug ?? null },
    period: { maxRepresentatives: found.period.maxRepresentatives, opensAt: found.period.opensAt, closesAt: found.period.closesAt, nonObjectionRequired: found.period.nonObjectionRequired },
    canEdit: EDITABLE.includes(status),
    canWithdraw: WITHDRAWABLE.includes(status),
  };
}

/**
 * Changes the contact person (not the email), the representatives, the web address, the
 * description and the listing consent, while the registration is SUBMITTED or WAITLISTED and
 * still at the version the form was loaded with.
 */
export async function updateOwnRegistration(db: Db, { token, input }: { token: unknown; input: unknown }): Promise<{ version: number }> {
  const found = await findByAccessToken(db, token);
  if (!found) throw new InvalidLinkError();
  if (!EDITABLE.includes(found.status)) throw new ConflictError(NOT_EDITABLE_MESSAGE);
  const data = parseInput(registrantUpdateSchema(found.period.maxRepresentatives), input);
  return db.$transaction(async (tx) => {
    const updated = await tx.registration.updateMany({
      where: { id: found.id, version: data.version, status: { in: [...EDITABLE] } },
      data: {
        contactName: data.contact.name,
        contactFunction: data.contact.function ?? null,
        contactPhone: data.contact.phone ?? null,
        websiteUrl: data.organisation.website ?? null,
        organisationDescription: data.organisation.description,
        publicListingConsent: data.publicListingConsent,
        representativeCount: data.representatives.length,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) {
      const current = await tx.registration.findUnique({ where: { id: found.id }, select: { status: true } });
      throw new ConflictError(current && EDITABLE.includes(current.status) ? STALE_REGISTRATION_MESSAGE : NOT_EDITABLE_MESSAGE);
    }
    await tx.registrationRepresentative.deleteMany({ where: { registrationId: found.id } });
    await tx.registrationRepresentative.createMany({
      data: data.representatives.map((person, position) => ({ registrationId: found.id, position, name: person.name, function: person.function ?? null, email: person.email })),
    });
    const version = found.version + 1;
    await recordAudit(tx, {
      actor: { kind: "anonymous" },
      action: "registration.updated-by-registrant",
      entityType: "Registration",
      entityId: found.id,
      before: registrationSnapshot(found),
      after: registrationSnapshot({ ...found, representativeCount: data.representatives.length, version }),
    });
    return { version };
  });
}

/**
 * Withdraws the registration (SUBMITTED, WAITLISTED or APPROVED). An approved one frees its
 * place through releasePlace, which promotes from the waitlist when the period says so.
 * `wasApproved` tells the caller to refresh the public pages (the Partners list changed).
 */
export async function withdrawOwnRegistration(db: Db, { token, now = new Date() }: { token: unknown; now?: Date }): Promise<{ status: "WITHDRAWN"; wasApproved: boolean }> {
  const found = await findByAccessToken(db, token);
  if (!found) throw new InvalidLinkError();
  if (!WITHDRAWABLE.includes(found.status)) throw new ConflictError(NOT_WITHDRAWABLE_MESSAGE);
  const wasApproved = await db.$transaction(async (tx) => {
    // Period first, then the registration: the order staff decisions lock in, so the two never deadlock.
    await lockPeriods(tx, [found.periodId]);
    const current = await tx.registration.findUnique({ where: { id: found.id }, select: { status: true, version: true, decidedAt: true, waitlistedAt: true, nonObjectionStatus: true } });
    if (!current || !WITHDRAWABLE.includes(current.status)) throw new ConflictError(NOT_WITHDRAWABLE_MESSAGE);
    await tx.registration.update({
      where: { id: found.id },
      data: { status: "WITHDRAWN", withdrawnAt: now, liveOrganisationKey: null, liveContactEmail: null, version: { increment: 1 } },
      select: { id: true },
    });
    const before = { ...found, ...current };
    await recordAudit(tx, {
      actor: { kind: "anonymous" },
      action: "registration.withdrawn",
      entityType: "Registration",
      entityId: found.id,
      before: registrationSnapshot(before),
      after: registrationSnapshot({ ...before, status: "WITHDRAWN", version: current.version + 1 }),
    });
    const language = found.language.toLowerCase() as UnLanguage;
    await enqueueEmail(tx, {
      to: found.contactEmail,
      template: "registration.withdrawn",
      language,
      params: { organisationName: found.organisationName, eventTitle: periodTitle(found.period, language) },
      registrationId: found.id,
      data: { status: "WITHDRAWN" },
    });
    if (current.status === "APPROVED") {
      // The Partners page lists approved organisations.
      await bumpPublicRevision(tx);
      await releasePlace(tx, { periodId: found.periodId, actor: { kind: "anonymous" } });
    }
    return current.status === "APPROVED";
  });
  return { status: "WITHDRAWN", wasApproved };
}

export type LinkAgainAnswer = { outcome: "sent" };

/**
 * "Send me my link again": for each live registration of the email, a new status link (the old
 * one stops working) or, when still unconfirmed, a new confirmation link. Always the same answer.
 */
export async function requestLinkAgain(db: Db, { email, clientAddress, now = new Date() }: { email: unknown; clientAddress: string | null; now?: Date }): Promise<LinkAgainAnswer> {
  const data = parseInput(resendLinkSchema, { email });
  await consumeRegistrationLimits({ clientAddress, email: data.email, kind: "resend" });
  const live = await db.registration.findMany({
    where: { liveContactEmail: data.email, anonymisedAt: null },
    select: { id: true, status: true, language: true, organisationName: true, period: { select: { event: { select: { title: true } }, meeting: { select: { title: true } } } } },
  });
  for (const registration of live) {
    const language = registration.language.toLowerCase() as UnLanguage;
    const eventTitle = periodTitle(registration.period, language);
    const fresh = newSecretToken();
    await db.$transaction(async (tx) => {
      if (registration.status === "AWAITING_CONFIRMATION") {
        const expiresAt = new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS);
        const updated = await tx.registration.updateMany({
          where: { id: registration.id, status: "AWAITING_CONFIRMATION" },
          data: { confirmTokenHash: fresh.hash, confirmTokenExpiresAt: expiresAt },
        });
        if (updated.count !== 1) return;
        await enqueueEmail(tx, {
          to: data.email,
          template: "registration.confirm-email",
          language,
          params: { organisationName: registration.organisationName, eventTitle, confirmUrl: confirmUrl(language, fresh.token), expiresAt: expiresAt.toISOString() },
          registrationId: registration.id,
        });
        return;
      }
      const updated = await tx.registration.updateMany({ where: { id: registration.id, liveContactEmail: data.email }, data: { accessTokenHash: fresh.hash } });
      if (updated.count !== 1) return;
      await enqueueEmail(tx, {
        to: data.email,
        template: "registration.link",
        language,
        params: { organisationName: registration.organisationName, eventTitle, statusUrl: accessUrl(language, fresh.token) },
        registrationId: registration.id,
      });
    });
  }
  return { outcome: "sent" };
}
