// The sitemap's content: every public page (home, lists, each public event and meeting, each
// principal document by symbol) in every public language, each with its hreflang alternates.
// Registration, search results and staff pages are left out: they are not content to index.
import "server-only";
import type { MetadataRoute } from "next";
import { db } from "@/lib/db";
import { PUBLIC_LOCALES } from "@/lib/i18n/routing";
import { publicDocumentWhere } from "@/lib/documents/queries";
import { PUBLIC_EVENT_STATUSES, PUBLIC_MEETING_STATUSES } from "@/lib/meetings/queries";
import { languageAlternates, localizedUrl } from "./metadata";

export interface SitemapPage {
  /** Locale-less path, "/" for home. */
  path: string;
  /** A Date, or its ISO string once it has been through the data cache. */
  lastModified?: Date | string;
}

const LIST_PAGES = ["/", "/events", "/documents", "/states", "/partners"] as const;

/** `/documents/symbol/A/RES/68/4`: each part of the symbol escaped, the slashes kept as path separators. */
export function symbolPath(symbol: string): string {
  return `/documents/symbol/${symbol.split("/").map(encodeURIComponent).join("/")}`;
}

/** The locale-less paths of every public page, read from the database. */
export async function listSitemapPages(): Promise<SitemapPage[]> {
  const [events, meetings, documents] = await Promise.all([
    db.event.findMany({ where: { status: { in: [...PUBLIC_EVENT_STATUSES] } }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.meeting.findMany({
      where: { status: { in: [...PUBLIC_MEETING_STATUSES] }, event: { status: { in: [...PUBLIC_EVENT_STATUSES] } } },
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    db.document.findMany({
      where: { ...publicDocumentWhere, isPrincipal: true, symbol: { not: null } },
      select: { symbol: true, updatedAt: true },
      orderBy: { symbol: "asc" },
    }),
  ]);
  return [
    ...LIST_PAGES.map((path) => ({ path })),
    ...events.map((event) => ({ path: `/events/${encodeURIComponent(event.slug)}`, lastModified: event.updatedAt })),
    ...meetings.map((meeting) => ({ path: `/meetings/${encodeURIComponent(meeting.slug)}`, lastModified: meeting.updatedAt })),
    ...documents.flatMap((document) => (document.symbol ? [{ path: symbolPath(document.symbol), lastModified: document.updatedAt }] : [])),
  ];
}

/** One sitemap entry per page and language, each listing the page's other languages. */
export function sitemapEntries(pages: SitemapPage[], base: string): MetadataRoute.Sitemap {
  return pages.flatMap((page) =>
    PUBLIC_LOCALES.map((locale) => ({
      url: localizedUrl(locale, page.path, base),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      alternates: { languages: languageAlternates(page.path, base) },
    })),
  );
}
