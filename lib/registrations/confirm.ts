// Confirming the email address (issue 5, point 4): the emailed single-use token, valid 48 hours,
// moves the registration from AWAITING_CONFIRMATION to SUBMITTED and issues the status-page
// token. Unknown, used, expired and malformed tokens all get the same InvalidLinkError and
// change nothing.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/database/client";
import type { UnLanguage } from "@/lib/i18n/languages";
import type { PublicLocale } from "@/lib/i18n/routing";
import { enqueueEmail } from "@/lib/mail/outbox";
import { InvalidLinkError } from "@/lib/registrations/errors";
import { accessUrl, registrantLocale } from "@/lib/registrations/links";
import { periodTitle } from "@/lib/registrations/public-period";
import { registrationSnapshot } from "@/lib/registrations/snapshot";
import { hashToken, isTokenShaped, newSecretToken } from "@/lib/registrations/tokens";

export interface ConfirmResult {
  /** The status-page token, for the status cookie; never shown or logged. */
  accessToken: string;
  /** Where the status page is: the registrant's language when the site is offered in it. */
  locale: PublicLocale;
}

export async function confirmRegistration(db: Db, { token, now = new Date() }: { token: unknown; now?: Date }): Promise<ConfirmResult> {
  if (!isTokenShaped(token)) throw new InvalidLinkError();
  const hash = hashToken(token);
  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({
      where: { confirmTokenHash: hash },
      select: {
        id: true,
        periodId: true,
        organisationName: true,
        organisationType: true,
        countryCode: true,
        ecosocStatus: true,
        status: true,
        nonObjectionStatus: true,
        representativeCount: true,
        waitlistedAt: true,
        decidedAt: true,
        version: true,
        language: true,
        contactEmail: true,
        confirmTokenExpiresAt: true,
        period: { select: { nonObjectionRequired: true, event: { select: { title: true } }, meeting: { select: { title: true } } } },
      },
    });
    if (!registration || registration.status !== "AWAITING_CONFIRMATION" || !registration.confirmTokenExpiresAt || registration.confirmTokenExpiresAt.getTime() <= now.getTime()) {
      throw new InvalidLinkError();
    }
    const access = newSecretToken();
    const nonObjectionStatus = registration.period.nonObjectionRequired && registration.ecosocStatus === "NONE" ? "PENDING" : "NOT_REQUIRED";
    // Conditional on the token still being there: of two concurrent clicks, one wins.
    const updated = await tx.registration.updateMany({
      where: { id: registration.id, confirmTokenHash: hash, status: "AWAITING_CONFIRMATION" },
      data: { status: "SUBMITTED", confirmedAt: now, confirmTokenHash: null, confirmTokenExpiresAt: null, accessTokenHash: access.hash, nonObjectionStatus, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new InvalidLinkError();
    const after = { ...registration, status: "SUBMITTED", nonObjectionStatus, version: registration.version + 1 };
    await recordAudit(tx, {
      actor: { kind: "anonymous" },
      action: "registration.confirmed",
      entityType: "Registration",
      entityId: registration.id,
      before: registrationSnapshot(registration),
      after: registrationSnapshot(after),
    });
    const language = registration.language.toLowerCase() as UnLanguage;
    await enqueueEmail(tx, {
      to: registration.contactEmail,
      template: "registration.received",
      language,
      params: {
        organisationName: registration.organisationName,
        eventTitle: periodTitle(registration.period, language),
        statusUrl: accessUrl(language, access.token),
        nonObjectionRequired: nonObjectionStatus === "PENDING",
      },
      registrationId: registration.id,
      data: { status: "SUBMITTED" },
    });
    return { accessToken: access.token, locale: registrantLocale(language) };
  });
}
