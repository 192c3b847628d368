// Reads of events for the staff console. The exported queries check the session (STYLE.md 10);
// the `find*` cores take the database client so integration tests run them directly.
import "server-only";
import { cache } from "react";
import { requireStaff } from "@/lib/auth/session";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import type { EventFormInput, EventListParams } from "@/lib/events/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnLanguage } from "@/lib/i18n/languages";
import { asTranslatable, missingLanguages, translateText } from "@/lib/i18n/translatable";
import type { MeetingStatus } from "@/lib/meetings/schemas";
import { translatableFormValue } from "@/lib/validation/common";

export interface StaffEventRow {
  id: string;
  slug: string;
  title: string;
  year: number;
  /** "14 Sept 2006 – 15 Sept 2006", or "—" when the days are not known. */
  days: string;
  status: MeetingStatus;
  meetings: number;
  missing: UnLanguage[];
  updatedAt: string;
}

export interface StaffEventPage {
  rows: StaffEventRow[];
  total: number;
  params: EventListParams;
}

function orderBy(params: EventListParams): Prisma.EventOrderByWithRelationInput[] {
  const tieBreaker = { id: "asc" as const };
  switch (params.sort) {
    case "year":
      return [{ year: params.dir }, { startsOn: { sort: params.dir, nulls: "first" } }, { slug: "asc" }, tieBreaker];
    case "slug":
      return [{ slug: params.dir }, tieBreaker];
    case "status":
      return [{ status: params.dir }, tieBreaker];
    case "updatedAt":
      return [{ updatedAt: params.dir }, tieBreaker];
  }
}

export function eventListWhere(params: EventListParams): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (params.q !== "") {
    and.push({
      OR: [
        { title: { path: ["en"], string_contains: params.q, mode: "insensitive" } },
        { slug: { contains: params.q, mode: "insensitive" } },
      ],
    });
  }
  if (params.status) and.push({ status: params.status });
  if (params.year !== undefined) and.push({ year: params.year });
  return { AND: and };
}

const dayLabel = (day: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }).format(day);

export function describeDays(startsOn: Date | null, endsOn: Date | null): string {
  if (!startsOn) return "—";
  if (!endsOn || endsOn.getTime() === startsOn.getTime()) return dayLabel(startsOn);
  return `${dayLabel(startsOn)} – ${dayLabel(endsOn)}`;
}

export async function findStaffEvents(client: Db, params: EventListParams): Promise<StaffEventPage> {
  const where = eventListWhere(params);
  const [events, total] = await Promise.all([
    client.event.findMany({
      where,
      orderBy: orderBy(params),
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: { id: true, slug: true, title: true, year: true, startsOn: true, endsOn: true, status: true, updatedAt: true, _count: { select: { meetings: true } } },
    }),
    client.event.count({ where }),
  ]);
  return {
    total,
    params,
    rows: events.map((event) => ({
      id: event.id,
      slug: event.slug,
      title: translateText(event.title, "en"),
      year: event.year,
      days: describeDays(event.startsOn, event.endsOn),
      status: event.status,
      meetings: event._count.meetings,
      missing: missingLanguages(event.title),
      updatedAt: event.updatedAt.toISOString(),
    })),
  };
}

type Texts = Record<UnLanguage, string>;

export interface StaffEventDetail {
  form: EventFormInput & { title: Texts; summary: Texts; venue: Texts };
  status: MeetingStatus;
  publishAt: string | null;
  cancellationNotice: Texts;
  meetings: number;
}

export async function findStaffEvent(client: Db, id: string): Promise<StaffEventDetail | null> {
  const event = await client.event.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      slug: true,
      year: true,
      startsOn: true,
      endsOn: true,
      title: true,
      summary: true,
      venue: true,
      status: true,
      publishAt: true,
      cancellationNotice: true,
      _count: { select: { meetings: true } },
    },
  });
  if (!event) return null;
  const text = (value: unknown) => translatableFormValue(asTranslatable(value));
  return {
    status: event.status,
    publishAt: event.publishAt?.toISOString() ?? null,
    cancellationNotice: text(event.cancellationNotice),
    meetings: event._count.meetings,
    form: {
      id: event.id,
      version: event.version,
      slug: event.slug,
      year: event.year,
      startsOn: event.startsOn?.toISOString().slice(0, 10) ?? "",
      endsOn: event.endsOn?.toISOString().slice(0, 10) ?? "",
      title: text(event.title),
      summary: text(event.summary),
      venue: text(event.venue),
    },
  };
}

/** The years events exist for, newest first (the list's year filter). */
export async function findEventYears(client: Db): Promise<number[]> {
  const rows = await client.event.findMany({ distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } });
  return rows.map((row) => row.year);
}

export const getEventYears = cache(async (): Promise<number[]> => {
  await requireStaff("content:read");
  return findEventYears(db);
});

export const listStaffEvents = cache(async (params: EventListParams): Promise<StaffEventPage> => {
  await requireStaff("content:read");
  return findStaffEvents(db, params);
});

export const getStaffEvent = cache(async (id: string): Promise<StaffEventDetail | null> => {
  await requireStaff("content:read");
  return findStaffEvent(db, id);
});
