// The addresses the registration emails carry, in the registrant's language: an email written in
// French leads to /fr/registration/…. A language the public site is not offered in (none today:
// all six are) leads to English.
import { publicBaseUrl } from "@/lib/env";
import type { UnLanguage } from "@/lib/i18n/languages";
import { isPublicLocale, type PublicLocale } from "@/lib/i18n/routing";

/** The public locale for a registrant's language. */
export function registrantLocale(language: string): PublicLocale {
  const lower = language.toLowerCase();
  return isPublicLocale(lower) ? lower : "en";
}

export function confirmUrl(language: UnLanguage | string, token: string): string {
  return `${publicBaseUrl()}/${registrantLocale(language)}/registration/confirm/${token}`;
}

export function accessUrl(language: UnLanguage | string, token: string): string {
  return `${publicBaseUrl()}/${registrantLocale(language)}/registration/access/${token}`;
}

export function linkRequestUrl(language: UnLanguage | string): string {
  return `${publicBaseUrl()}/${registrantLocale(language)}/registration/link`;
}

/**
 * The status page as an emailed address: on the device that confirmed, the status cookie opens
 * it; elsewhere it explains and offers "send me my link again". Never carries a token.
 */
export function statusPageUrl(language: UnLanguage | string): string {
  return `${publicBaseUrl()}${statusPath(registrantLocale(language))}`;
}

/** The status page (its token travels in the status cookie, never in this address). */
export function statusPath(locale: PublicLocale): string {
  return `/${locale}/registration/status`;
}
