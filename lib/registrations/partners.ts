// The public Partners list of an event: organisations approved for any of its registration
// periods that agreed to be listed. Only the organisation's name, type and country leave the
// database (no contact, no representatives); organisation names are not personal data, so an
// anonymised registration stays listed.
import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { PUBLIC_EVENT_STATUSES } from "@/lib/meetings/queries";
import type { OrganisationTypeValue } from "./schemas";

export interface PublicPartner {
  name: string;
  type: OrganisationTypeValue;
  countryCode: string;
}

/**
 * The partners of the public (published or cancelled) event `eventSlug`, by name, each
 * organisation once even when approved for several hearings; null when no such public event.
 */
export async function findPublicPartners(client: Db, eventSlug: string): Promise<PublicPartner[] | null> {
  const event = await client.event.findFirst({ where: { slug: eventSlug, status: { in: [...PUBLIC_EVENT_STATUSES] } }, select: { id: true } });
  if (!event) return null;
  const registrations = await client.registration.findMany({
    where: { eventId: event.id, status: "APPROVED", publicListingConsent: true },
    select: { organisationName: true, organisationType: true, countryCode: true },
  });
  const unique = new Map<string, PublicPartner>();
  for (const registration of registrations) {
    const partner = { name: registration.organisationName, type: registration.organisationType, countryCode: registration.countryCode };
    unique.set(`${partner.name.toLowerCase()}|${partner.countryCode}|${partner.type}`, partner);
  }
  const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  return [...unique.values()].sort((a, b) => collator.compare(a.name, b.name) || a.countryCode.localeCompare(b.countryCode));
}

/** Cached per request: the event page (link) and the Partners page both ask. */
export const listPublicPartners = cache(async (eventSlug: string) => findPublicPartners(db, eventSlug));
