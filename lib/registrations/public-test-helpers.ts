// Shared set-up of the public registration integration tests: a published event with an open
// period, valid form values, and client addresses no other test uses. Test-only.
import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/lib/database/client";
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, issueFormToken } from "@/lib/registrations/anti-bot";

export const HOUR = 60 * 60_000;

/** A client address of the TEST-NET or a private range, random so that counters never meet. */
export function randomAddress(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

export function uniqueTag(): string {
  return randomUUID().slice(0, 8);
}

/** A published event with a period open from an hour ago to a day ahead (or as given). */
export async function createOpenPeriod(
  db: Db,
  options: { opensAt?: Date; closesAt?: Date; eventStatus?: "PUBLISHED" | "DRAFT" | "CANCELLED"; maxRepresentatives?: number; nonObjectionRequired?: boolean; autoPromote?: boolean; capacityOrganisations?: number | null } = {},
) {
  const tag = uniqueTag();
  const now = Date.now();
  const event = await db.event.create({
    data: { slug: `reg-${tag}`, title: { en: `Hearings ${tag}`, fr: `Auditions ${tag}` }, year: 2013, status: options.eventStatus ?? "PUBLISHED" },
    select: { id: true, slug: true },
  });
  const period = await db.registrationPeriod.create({
    data: {
      eventId: event.id,
      scopeKey: `event:${event.id}`,
      opensAt: options.opensAt ?? new Date(now - HOUR),
      closesAt: options.closesAt ?? new Date(now + 24 * HOUR),
      maxRepresentatives: options.maxRepresentatives ?? 3,
      nonObjectionRequired: options.nonObjectionRequired ?? true,
      autoPromote: options.autoPromote ?? false,
      capacityOrganisations: options.capacityOrganisations ?? null,
      privacyNotice: { en: "We keep your data for a year." },
      declineMessage: { en: "We are sorry." },
    },
    select: { id: true },
  });
  return { eventId: event.id, eventSlug: event.slug, periodId: period.id, tag };
}

/** The raw values of a correctly filled form, as formDataToObject gives them, sent 10 s after the page was rendered. */
export function formValues(overrides: { organisation?: string; country?: string; email?: string; ecosoc?: string; honeypot?: string; representatives?: number } = {}, now = new Date()) {
  const tag = uniqueTag();
  const email = overrides.email ?? `contact-${tag}@example.org`;
  return {
    organisation: {
      name: overrides.organisation ?? `Open Borders ${tag}`,
      type: "NGO",
      countryCode: overrides.country ?? "FR",
      website: "openborders.example.org",
      ecosocStatus: overrides.ecosoc ?? "SPECIAL",
      description: "An organisation working on migration and sustainable development.",
    },
    contact: { name: "Ana Pereira", function: "Director", email, phone: "+33 1 23 45 67 89" },
    representatives: Array.from({ length: overrides.representatives ?? 2 }, (_, index) => ({ name: `Person ${index + 1}`, function: "", email: `rep${index + 1}-${tag}@example.org` })),
    language: "fr",
    privacyConsent: true,
    publicListingConsent: true,
    [HONEYPOT_FIELD]: overrides.honeypot ?? "",
    [FORM_TOKEN_FIELD]: issueFormToken(new Date(now.getTime() - 10_000)),
  } as Record<string, unknown>;
}

/** The token in the last emailed link of `template` to `to`. */
export async function emailedToken(db: Db, to: string, template: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({ where: { recipient: to, template }, orderBy: { createdAt: "desc" }, select: { textBody: true } });
  const match = /\/registration\/(?:confirm|access)\/([A-Za-z0-9_-]{43})/u.exec(message.textBody);
  if (!match?.[1]) throw new Error(`no link in the ${template} email`);
  return match[1];
}
