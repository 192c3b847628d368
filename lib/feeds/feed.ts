// The public Atom feed in one language: the latest published meetings and documents, newest first,
// titles and summaries in that language (or the fallback, labelled with its own xml:lang).
import "server-only";
import { createTranslator } from "next-intl";
import { atomFeedPath } from "@/lib/calendar/paths";
import { publicBaseUrl } from "@/lib/env";
import { loadMessages } from "@/lib/i18n/catalogue";
import { isPublicLocale, type PublicLocale } from "@/lib/i18n/routing";
import { translate } from "@/lib/i18n/translatable";
import { buildAtomFeed, type AtomEntryInput, type LangText } from "./atom";
import { FEED_ENTRY_LIMIT, listFeedItems, type FeedDocument } from "./queries";

/** The year in the tag: URIs (RFC 4151): the portal's host was ours then, and it never changes. */
const TAG_YEAR = 2026;

function inLanguage(value: unknown, locale: PublicLocale): LangText | null {
  const found = translate(value, locale);
  return found && { text: found.text, lang: found.lang };
}

/** The public page a document is listed on: its symbol's page, else its meeting's or event's, else the library. */
function documentPath(document: FeedDocument, locale: PublicLocale): string {
  if (document.symbol) return `/${locale}/documents/symbol/${document.symbol.split("/").map(encodeURIComponent).join("/")}`;
  if (document.meeting) return `/${locale}/meetings/${document.meeting.slug}`;
  if (document.event) return `/${locale}/events/${document.event.slug}`;
  return `/${locale}/documents`;
}

/** The Atom XML for `locale`; null when the locale is not public. */
export async function renderAtomFeed(locale: string, generatedAt: Date = new Date()): Promise<string | null> {
  if (!isPublicLocale(locale)) return null;
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "subscribe" });
  const baseUrl = publicBaseUrl();
  const tag = `tag:${new URL(baseUrl).hostname},${TAG_YEAR}:${locale}`;
  const { meetings, documents } = await listFeedItems();

  const entries: AtomEntryInput[] = [];
  for (const meeting of meetings) {
    if (!meeting.publishedAt) continue;
    const title = inLanguage(meeting.title, locale) ?? { text: meeting.slug, lang: locale };
    const eventTitle = translate(meeting.event.title, locale)?.text ?? "";
    entries.push({
      id: `${tag}/meeting/${meeting.id}`,
      title: meeting.status === "CANCELLED" ? { text: t("feed.cancelledTitle", { title: title.text }), lang: locale } : title,
      summary: inLanguage(meeting.summary, locale) ?? { text: t("feed.meetingOf", { event: eventTitle }), lang: locale },
      link: `${baseUrl}/${locale}/meetings/${meeting.slug}`,
      published: meeting.publishedAt,
      updated: meeting.updatedAt > meeting.publishedAt ? meeting.updatedAt : meeting.publishedAt,
    });
  }
  for (const document of documents) {
    if (!document.publishedAt) continue;
    const title = inLanguage(document.title, locale) ?? { text: document.symbol ?? t("feed.document"), lang: locale };
    const parentTitle = translate(document.meeting?.title ?? document.event?.title, locale)?.text;
    entries.push({
      id: `${tag}/document/${document.id}`,
      title: document.symbol && document.symbol !== title.text ? { ...title, text: `${title.text} (${document.symbol})` } : title,
      summary:
        inLanguage(document.description, locale) ??
        { text: parentTitle ? t("feed.documentOf", { event: parentTitle }) : t("feed.document"), lang: locale },
      link: `${baseUrl}${documentPath(document, locale)}`,
      published: document.publishedAt,
      updated: document.updatedAt > document.publishedAt ? document.updatedAt : document.publishedAt,
    });
  }
  entries.sort((a, b) => b.published.getTime() - a.published.getTime() || a.id.localeCompare(b.id));

  return buildAtomFeed({
    locale,
    id: `${tag}/feed`,
    title: t("feed.title"),
    subtitle: t("feed.subtitle"),
    author: t("feed.author"),
    selfUrl: `${baseUrl}${atomFeedPath(locale)}`,
    homeUrl: `${baseUrl}/${locale}`,
    generatedAt,
    entries: entries.slice(0, FEED_ENTRY_LIMIT),
  });
}
