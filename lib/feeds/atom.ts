// The Atom feed (RFC 4287) of newly published meetings and documents, written with xmlbuilder2.
// Not with the `feed` package: it writes titles and summaries as type="html" CDATA (our texts are
// plain: "&" or "<" in a title would be read as markup), cannot set xml:lang, and its serializer
// (xml-js) escapes only the first "]]>" of a CDATA section, so a hostile title could end it early.
// xmlbuilder2 escapes text and attributes and refuses ill-formed output.
import { create } from "xmlbuilder2";
import type { UnLanguage } from "@/lib/i18n/languages";
import { plainText } from "@/lib/calendar/plain-text";

export const ATOM_NS = "http://www.w3.org/2005/Atom";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** A text in the language it is really in (a fallback is labelled with its own language). */
export interface LangText {
  text: string;
  lang: UnLanguage;
}

export interface AtomEntryInput {
  /** Stable, never reused: "tag:<host>,2026:<locale>/meeting/<id>". */
  id: string;
  title: LangText;
  summary: LangText;
  /** Absolute URL of the public page. */
  link: string;
  published: Date;
  updated: Date;
}

export interface AtomFeedInput {
  locale: UnLanguage;
  id: string;
  title: string;
  subtitle: string;
  author: string;
  /** Absolute URL of this feed (rel="self"). */
  selfUrl: string;
  /** Absolute URL of the site's home page in this language (rel="alternate"). */
  homeUrl: string;
  /** Used for <updated> when there is no entry. */
  generatedAt: Date;
  entries: readonly AtomEntryInput[];
}

/** RFC 3339 date-time, as RFC 4287 section 3.3 requires. */
function dateTime(value: Date): string {
  return value.toISOString();
}

export function buildAtomFeed(input: AtomFeedInput): string {
  const updated = input.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), input.entries[0]?.updated ?? input.generatedAt);
  const feed = create({ version: "1.0", encoding: "utf-8" }).ele(ATOM_NS, "feed").att(XML_NS, "xml:lang", input.locale);
  feed.ele(ATOM_NS, "id").txt(input.id);
  feed.ele(ATOM_NS, "title").att("type", "text").txt(plainText(input.title));
  feed.ele(ATOM_NS, "subtitle").att("type", "text").txt(plainText(input.subtitle));
  feed.ele(ATOM_NS, "updated").txt(dateTime(updated));
  feed.ele(ATOM_NS, "author").ele(ATOM_NS, "name").txt(plainText(input.author));
  feed.ele(ATOM_NS, "link").att({ rel: "self", type: "application/atom+xml", href: input.selfUrl });
  feed.ele(ATOM_NS, "link").att({ rel: "alternate", type: "text/html", hreflang: input.locale, href: input.homeUrl });
  for (const entry of input.entries) {
    const element = feed.ele(ATOM_NS, "entry");
    element.ele(ATOM_NS, "id").txt(entry.id);
    element.ele(ATOM_NS, "title").att("type", "text").att(XML_NS, "xml:lang", entry.title.lang).txt(plainText(entry.title.text));
    element.ele(ATOM_NS, "link").att({ rel: "alternate", type: "text/html", hreflang: input.locale, href: entry.link });
    element.ele(ATOM_NS, "published").txt(dateTime(entry.published));
    element.ele(ATOM_NS, "updated").txt(dateTime(entry.updated));
    element.ele(ATOM_NS, "summary").att("type", "text").att(XML_NS, "xml:lang", entry.summary.lang).txt(plainText(entry.summary.text));
  }
  return feed.end({ prettyPrint: true, wellFormed: true });
}
