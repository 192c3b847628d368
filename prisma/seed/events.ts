// The events, meetings and documents the two source pages describe, as data. Only what the pages
// state: no venues, times, speakers or files. Titles of undated meetings number them in the
// page's order only to tell them apart; dated ones are named by their day.
import { DocumentKind, Language, MeetingKind } from "@/lib/generated/prisma/enums";

export const NEW_YORK = "America/New_York";

export interface SeedDocument {
  kind: DocumentKind;
  symbol?: string;
  title: string;
  description?: string;
  /** "YYYY-MM-DD", only when the page states the full date. */
  issuedOn?: string;
  isPrincipal: boolean;
  /** Languages the page announces the document in (it links them before any file is here). */
  languages?: readonly Language[];
}

export interface SeedMeeting {
  slug: string;
  kind: MeetingKind;
  title: string;
  /** "YYYY-MM-DD" of an all-day meeting in New York, when the page dates it. */
  day?: string;
  documents: readonly SeedDocument[];
}

export interface SeedEvent {
  slug: string;
  title: string;
  summary?: string;
  year: number;
  startsOn?: string;
  endsOn?: string;
  meetings: readonly SeedMeeting[];
  documents: readonly SeedDocument[];
}

const ROUND_TABLE_THEMES = [
  "migrants' rights",
  "human trafficking and migrant smuggling",
  "remittances",
  "partnerships at the bilateral and regional levels",
] as const;

const HLD_2006: SeedEvent = {
  slug: "hld-2006",
  title: "2006 High-Level Dialogue on International Migration and Development",
  summary:
    "The First HLD examined the relationship and synergies between international migration and development. It was composed of four plenary meetings and four interactive round tables. It resulted in the creation of the voluntary, State-led and non-binding Global Forum on Migration and Development (GFMD), a platform for informal dialogue and cooperation.",
  year: 2006,
  meetings: [
    ...[1, 2, 3, 4].map((number) => ({
      slug: `hld-2006-plenary-meeting-${number}`,
      kind: MeetingKind.PLENARY,
      title: `Plenary meeting ${number}`,
      documents: [],
    })),
    ...ROUND_TABLE_THEMES.map((theme, index) => ({
      slug: `hld-2006-round-table-${index + 1}`,
      kind: MeetingKind.ROUNDTABLE,
      title: `Interactive round table on ${theme}`,
      documents: [],
    })),
  ],
  documents: [
    {
      kind: DocumentKind.RESOLUTION,
      symbol: "A/RES/58/208",
      title: "General Assembly resolution 58/208",
      description:
        "The General Assembly decided to devote a high-level dialogue to international migration and development during its sixty-first session in 2006.",
      issuedOn: "2003-12-23",
      isPrincipal: true,
    },
  ],
};

const HLD_2013: SeedEvent = {
  slug: "hld-2013",
  title: "2013 High-Level Dialogue on International Migration and Development",
  summary:
    "The Second High-level Dialogue on International Migration and Development discussed the post-2015 development framework and integrating migration into development policies, labour migration, migrant’s rights, safe migration, among other topics. The Second HLD’s result was the eight-point agenda for action on making migration work.",
  year: 2013,
  startsOn: "2013-10-03",
  endsOn: "2013-10-04",
  meetings: [
    {
      slug: "hld-2013-informal-interactive-hearings",
      kind: MeetingKind.INTERACTIVE_HEARING,
      title: "Informal interactive hearings with civil society and the private sector",
      documents: [],
    },
  ],
  documents: [
    {
      kind: DocumentKind.RESOLUTION,
      symbol: "A/RES/63/225",
      title: "General Assembly resolution 63/225",
      description:
        "In 2008, the General Assembly decided to hold a second High-Level Dialogue on International Migration and Development during its sixty-eighth session in 2013.",
      isPrincipal: true,
    },
    {
      kind: DocumentKind.RESOLUTION,
      symbol: "A/RES/65/170",
      title: "General Assembly resolution 65/170",
      description:
        "In 2010, the General Assembly requested the Secretary-General to report to the General Assembly, at its sixty-seventh session, on the organizational details of the High-Level Dialogue, including possible themes.",
      isPrincipal: true,
    },
    {
      kind: DocumentKind.REPORT,
      symbol: "A/67/254",
      title: "International migration and development: report of the Secretary-General",
      description:
        "The Secretary-General's report on international migration and development, presenting proposals for detailed modalities for the 2013 High-Level Dialogue.",
      isPrincipal: true,
    },
  ],
};

/** The six roundtable days, in the page's order (most recent first on the page; chronological here). */
export const SERIES_ROUNDTABLE_DAYS = [
  "2012-10-12",
  "2013-01-24",
  "2013-02-20",
  "2013-04-23",
  "2013-06-07",
  "2013-09-17",
] as const;

/** "12 October 2012": the page's own way of writing the days, used in titles. */
export function formatSourceDay(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

const HLD_SERIES: SeedEvent = {
  slug: "hld-series-2012-2013",
  title: "2013 High-Level Dialogue on International Migration and Development Series",
  year: 2013,
  startsOn: SERIES_ROUNDTABLE_DAYS[0],
  endsOn: SERIES_ROUNDTABLE_DAYS[SERIES_ROUNDTABLE_DAYS.length - 1],
  meetings: SERIES_ROUNDTABLE_DAYS.map((day) => ({
    slug: `hld-series-roundtable-${day}`,
    kind: MeetingKind.ROUNDTABLE,
    title: `HLD Series roundtable, ${formatSourceDay(day)}`,
    day,
    // Each roundtable is expected to have these; no file is given, so they show "not yet available".
    documents: [
      { kind: DocumentKind.AGENDA, title: "Agenda", isPrincipal: false },
      { kind: DocumentKind.BACKGROUND_PAPER, title: "Background paper", isPrincipal: false },
    ],
  })),
  documents: [
    {
      kind: DocumentKind.REPORT,
      title: "HLD Series Report",
      isPrincipal: false,
      languages: [Language.EN, Language.FR, Language.ES],
    },
  ],
};

export const SEED_EVENTS: readonly SeedEvent[] = [HLD_2006, HLD_2013, HLD_SERIES];
