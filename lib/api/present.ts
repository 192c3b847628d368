// Database rows → the API's response shapes (lib/api/schemas.ts): translatable fields with every
// language they exist in, instants written in the venue's time zone with its offset, absolute
// URLs from the public base address, and each announced language of a document with its file or
// `available: false`.
import { TZDate } from "@date-fns/tz";
import { UN_LANGUAGES, type UnLanguage } from "@/lib/i18n/languages";
import { asTranslatable, type Translatable } from "@/lib/i18n/translatable";
import { countryName } from "@/lib/states/names";
import type { ApiDocumentRow, ApiEventRow, ApiEventSummaryRow, ApiMeetingRow, ApiMeetingSummaryRow } from "./queries";
import type { ApiDocument, ApiEventResponse, ApiEventSummary, ApiMeeting, ApiMeetingSummary, ApiState } from "./schemas";

/** Absolute addresses of the API's resources and of the public files. */
export function apiUrls(base: string) {
  return {
    events: () => `${base}/api/v1/events`,
    event: (slug: string) => `${base}/api/v1/events/${encodeURIComponent(slug)}`,
    meetings: () => `${base}/api/v1/meetings`,
    meeting: (slug: string) => `${base}/api/v1/meetings/${encodeURIComponent(slug)}`,
    documents: () => `${base}/api/v1/documents`,
    document: (id: string) => `${base}/api/v1/documents/${encodeURIComponent(id)}`,
    file: (id: string, language: UnLanguage) => `${base}/files/${encodeURIComponent(id)}/${language}`,
    states: () => `${base}/api/v1/states`,
  };
}
export type ApiUrls = ReturnType<typeof apiUrls>;

function text(value: unknown): Translatable {
  return asTranslatable(value);
}

function optionalText(value: unknown): Translatable | null {
  const picked = asTranslatable(value);
  return Object.keys(picked).length === 0 ? null : picked;
}

/** An instant in `timeZone`, e.g. 2013-10-03T10:00:00.000-04:00. */
export function zonedIso(instant: Date | null, timeZone: string): string | null {
  return instant === null ? null : new TZDate(instant.getTime(), timeZone).toISOString();
}

/** A calendar day stored as a DATE (midnight UTC), as YYYY-MM-DD. */
function isoDay(day: Date | null): string | null {
  return day === null ? null : day.toISOString().slice(0, 10);
}

const languageOrder = (language: string) => UN_LANGUAGES.indexOf(language as UnLanguage);

export function presentDocument(row: ApiDocumentRow, urls: ApiUrls): ApiDocument {
  const files = new Map(row.files.map((file) => [file.language.toLowerCase() as UnLanguage, file]));
  const announced = new Set<UnLanguage>([...row.languages.map((language) => language.toLowerCase() as UnLanguage), ...files.keys()]);
  return {
    id: row.id,
    url: urls.document(row.id),
    kind: row.kind,
    symbol: row.symbol,
    title: text(row.title),
    description: optionalText(row.description),
    issuedOn: isoDay(row.issuedOn),
    isPrincipal: row.isPrincipal,
    event: row.event ? { slug: row.event.slug, title: text(row.event.title), url: urls.event(row.event.slug) } : null,
    meeting: row.meeting ? { slug: row.meeting.slug, title: text(row.meeting.title), url: urls.meeting(row.meeting.slug) } : null,
    files: [...announced]
      .sort((a, b) => languageOrder(a) - languageOrder(b))
      .map((language) => {
        const file = files.get(language);
        if (!file) return { language, available: false as const };
        return {
          language,
          available: true as const,
          url: urls.file(row.id, language),
          contentType: file.contentType,
          size: Number(file.sizeBytes),
          sha256: file.sha256,
          updatedAt: file.createdAt.toISOString(),
        };
      }),
  };
}

export function presentMeetingSummary(row: ApiMeetingSummaryRow, urls: ApiUrls): ApiMeetingSummary {
  return {
    id: row.id,
    slug: row.slug,
    url: urls.meeting(row.slug),
    kind: row.kind,
    title: text(row.title),
    status: row.status === "CANCELLED" ? "CANCELLED" : "PUBLISHED",
    startsAt: zonedIso(row.startsAt, row.timeZone),
    endsAt: zonedIso(row.endsAt, row.timeZone),
    allDay: row.allDay,
    timeZone: row.timeZone,
    event: { slug: row.event.slug, title: text(row.event.title), url: urls.event(row.event.slug) },
  };
}

export function presentMeeting(row: ApiMeetingRow, urls: ApiUrls): ApiMeeting {
  return {
    ...presentMeetingSummary(row, urls),
    summary: optionalText(row.summary),
    venue: optionalText(row.venue),
    cancellationNotice: optionalText(row.cancellationNotice),
    agenda: row.agendaItems.map((item) => ({
      kind: item.kind,
      startsAt: zonedIso(item.startsAt, row.timeZone),
      endsAt: zonedIso(item.endsAt, row.timeZone),
      title: text(item.title),
      description: optionalText(item.description),
      speakers: item.speakers.map((speaker) => ({
        role: speaker.role,
        name: speaker.name,
        function: optionalText(speaker.function),
        organisation: optionalText(speaker.organisation),
      })),
    })),
    documents: row.documents.map((document) => presentDocument(document, urls)),
  };
}

export function presentEventSummary(row: ApiEventSummaryRow, urls: ApiUrls): ApiEventSummary {
  return {
    id: row.id,
    slug: row.slug,
    url: urls.event(row.slug),
    title: text(row.title),
    summary: optionalText(row.summary),
    year: row.year,
    startsOn: isoDay(row.startsOn),
    endsOn: isoDay(row.endsOn),
    venue: optionalText(row.venue),
    status: row.status === "CANCELLED" ? "CANCELLED" : "PUBLISHED",
    meetingCount: row._count.meetings,
  };
}

export function presentEvent(row: ApiEventRow, urls: ApiUrls): ApiEventResponse["data"] {
  return {
    ...presentEventSummary(row, urls),
    cancellationNotice: optionalText(row.cancellationNotice),
    meetings: row.meetings.map((meeting) => presentMeetingSummary(meeting, urls)),
    documents: row.documents.map((document) => presentDocument(document, urls)),
  };
}

export function presentState(row: { isoCode: string; status: ApiState["status"] }): ApiState {
  const names = Object.fromEntries(UN_LANGUAGES.map((language) => [language, countryName(row.isoCode, language)])) as ApiState["names"];
  return { isoCode: row.isoCode, names, status: row.status };
}
