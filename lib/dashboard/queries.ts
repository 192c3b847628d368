// The dashboard's blocks: what staff need to act on next. One core taking the database client
// and the acting staff member (whose permissions decide which blocks they get), so integration
// tests drive it directly; ./staff-queries.ts adds the session.
// No "server-only" marker, for the same reason as the other domain cores.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { findRecentActivity } from "@/lib/audit/queries";
import type { ActivityRow } from "@/lib/audit/schemas";
import type { Db } from "@/lib/database/client";
import { translateText } from "@/lib/i18n/translatable";
import { describeWhen } from "@/lib/meetings/describe-when";

/** How many rows each list block shows; the block links to the full list for more. */
export const DASHBOARD_BLOCK_SIZE = 5;

type PublicationStatus = "DRAFT" | "PUBLISHED" | "CANCELLED";

export interface DashboardMeeting {
  id: string;
  title: string;
  eventTitle: string;
  /** At the venue, e.g. "3 Oct 2013, 10:00–13:00". */
  when: string;
  status: PublicationStatus;
}

export interface DashboardPublication {
  kind: "Meeting" | "Event";
  id: string;
  title: string;
  href: string;
  /** ISO instant of the scheduled publication. */
  publishAt: string;
}

export interface DashboardDraft {
  kind: "Meeting" | "Event";
  id: string;
  title: string;
  href: string;
  /** ISO instant of the last change. */
  updatedAt: string;
}

export interface Dashboard {
  upcomingMeetings: DashboardMeeting[];
  drafts: { rows: DashboardDraft[]; meetings: number; events: number };
  scheduled: DashboardPublication[];
  /** Registrations waiting for a decision; null for roles that may not read registrations. */
  registrationsAwaitingReview: number | null;
  activity: { rows: ActivityRow[]; scope: "all" | "own" };
}

const UNTITLED = "(untitled)";

/** Drafts not yet scheduled: the ones someone still has to publish (scheduled ones have their own block). */
const unscheduledDraft = { status: "DRAFT" as const, publishAt: null };

export async function findDashboard(db: Db, actor: StaffActor | null, now: Date = new Date()): Promise<Dashboard> {
  const staff = authorise(actor, "content:read");
  const mayReadRegistrations = can(staff.role, "registrations:read");

  const [upcoming, draftMeetings, draftEvents, draftMeetingCount, draftEventCount, scheduledMeetings, scheduledEvents, submitted, activity] = await Promise.all([
    db.meeting.findMany({
      where: { startsAt: { gte: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: DASHBOARD_BLOCK_SIZE,
      select: { id: true, title: true, startsAt: true, endsAt: true, allDay: true, timeZone: true, status: true, event: { select: { title: true } } },
    }),
    db.meeting.findMany({ where: unscheduledDraft, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: DASHBOARD_BLOCK_SIZE, select: { id: true, title: true, updatedAt: true } }),
    db.event.findMany({ where: unscheduledDraft, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: DASHBOARD_BLOCK_SIZE, select: { id: true, title: true, updatedAt: true } }),
    db.meeting.count({ where: unscheduledDraft }),
    db.event.count({ where: unscheduledDraft }),
    db.meeting.findMany({ where: { status: "DRAFT", publishAt: { not: null } }, orderBy: [{ publishAt: "asc" }, { id: "asc" }], take: DASHBOARD_BLOCK_SIZE * 2, select: { id: true, title: true, publishAt: true } }),
    db.event.findMany({ where: { status: "DRAFT", publishAt: { not: null } }, orderBy: [{ publishAt: "asc" }, { id: "asc" }], take: DASHBOARD_BLOCK_SIZE * 2, select: { id: true, title: true, publishAt: true } }),
    mayReadRegistrations ? db.registration.count({ where: { status: "SUBMITTED" } }) : Promise.resolve(null),
    findRecentActivity(db, staff, 10),
  ]);

  const drafts: DashboardDraft[] = [
    ...draftMeetings.map((row) => ({ kind: "Meeting" as const, id: row.id, title: translateText(row.title, "en") || UNTITLED, href: `/admin/meetings/${row.id}`, updatedAt: row.updatedAt.toISOString() })),
    ...draftEvents.map((row) => ({ kind: "Event" as const, id: row.id, title: translateText(row.title, "en") || UNTITLED, href: `/admin/events/${row.id}`, updatedAt: row.updatedAt.toISOString() })),
  ]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, DASHBOARD_BLOCK_SIZE);

  const scheduled: DashboardPublication[] = [
    ...scheduledMeetings.map((row) => ({ kind: "Meeting" as const, id: row.id, title: translateText(row.title, "en") || UNTITLED, href: `/admin/meetings/${row.id}`, publishAt: row.publishAt?.toISOString() ?? "" })),
    ...scheduledEvents.map((row) => ({ kind: "Event" as const, id: row.id, title: translateText(row.title, "en") || UNTITLED, href: `/admin/events/${row.id}`, publishAt: row.publishAt?.toISOString() ?? "" })),
  ]
    .sort((a, b) => a.publishAt.localeCompare(b.publishAt))
    .slice(0, DASHBOARD_BLOCK_SIZE * 2);

  return {
    upcomingMeetings: upcoming.map((row) => ({
      id: row.id,
      title: translateText(row.title, "en") || UNTITLED,
      eventTitle: translateText(row.event.title, "en"),
      when: describeWhen(row.startsAt, row.endsAt, row.allDay, row.timeZone),
      status: row.status,
    })),
    drafts: { rows: drafts, meetings: draftMeetingCount, events: draftEventCount },
    scheduled,
    registrationsAwaitingReview: submitted,
    activity,
  };
}
