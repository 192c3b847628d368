// The interface's message catalogues: one JSON file per namespace and language,
// lib/i18n/messages/<locale>/<namespace>.json. Split by namespace so that work on one part of the
// site (search, calendars, the documents library…) touches its own files only. English is the
// reference: its files define the keys (and the `Messages` type); every other language must have
// exactly the same keys (lib/i18n/catalogue.test.ts).
import chrome from "./messages/en/chrome.json";
import common from "./messages/en/common.json";
import documents from "./messages/en/documents.json";
import events from "./messages/en/events.json";
import home from "./messages/en/home.json";
import library from "./messages/en/library.json";
import meeting from "./messages/en/meeting.json";
import metadata from "./messages/en/metadata.json";
import notFound from "./messages/en/notFound.json";
import partners from "./messages/en/partners.json";
import registration from "./messages/en/registration.json";
import search from "./messages/en/search.json";
import site from "./messages/en/site.json";
import states from "./messages/en/states.json";
import subscribe from "./messages/en/subscribe.json";
import type { PublicLocale } from "./routing";

const ENGLISH = {
  chrome,
  common,
  documents,
  events,
  home,
  library,
  meeting,
  metadata,
  notFound,
  partners,
  registration,
  search,
  site,
  states,
  subscribe,
};

export type Messages = typeof ENGLISH;
export type Namespace = keyof Messages;
export const NAMESPACES = Object.keys(ENGLISH) as Namespace[];

/**
 * Every namespace of `locale`'s catalogue, loaded on the server only. A missing file is an error
 * naming it, never a silent fallback to English: a page half in another language would hide the
 * gap from the people who must fill it (catalogue.test.ts checks every file exists and matches).
 */
export async function loadMessages(locale: PublicLocale): Promise<Messages> {
  if (locale === "en") return ENGLISH;
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => {
      try {
        const loaded = (await import(`./messages/${locale}/${namespace}.json`)) as { default: unknown };
        return [namespace, loaded.default] as const;
      } catch (cause) {
        throw new Error(`Message catalogue lib/i18n/messages/${locale}/${namespace}.json is missing`, { cause });
      }
    }),
  );
  return Object.fromEntries(entries) as Messages;
}
