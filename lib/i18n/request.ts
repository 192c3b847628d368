// next-intl's per-request configuration (wired in next.config.js). Public pages call
// setRequestLocale(locale) first, so this receives the locale without reading headers and the
// pages stay statically renderable (ISR).
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages, type Messages } from "./catalogue";
import { routing, type PublicLocale } from "./routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: PublicLocale;
    // English is the reference catalogue: every other language must have the same keys.
    Messages: Messages;
  }
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    // Content dates are formatted with their own venue time zone; this only fixes the default so
    // that server and client agree.
    timeZone: "UTC",
  };
});
