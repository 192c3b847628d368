// Reads for the staff agenda editor and its print view. The exported queries check the session
// themselves (STYLE.md 10); `findStaffAgenda` takes the client so integration tests can run it.
import "server-only";
import { cache } from "react";
import { agendaBounds, type AgendaBounds } from "@/lib/agenda/bounds";
import type { AgendaFormInput, AgendaItemKind, SpeakerRole } from "@/lib/agenda/schemas";
import { requireStaff } from "@/lib/auth/session";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { asTranslatable, translateText } from "@/lib/i18n/translatable";
import { describeWhen } from "@/lib/meetings/describe-when";
import type { MeetingStatus } from "@/lib/meetings/schemas";
import { instantToZoned } from "@/lib/time/zoned";
import { translatableFormValue } from "@/lib/validation/common";

export interface StaffAgendaItem {
  kind: AgendaItemKind;
  title: string;
  description: string;
  startsAt: Date | null;
  endsAt: Date | null;
  speakers: Array<{ role: SpeakerRole; name: string; function: string; organisation: string }>;
}

export interface StaffAgenda {
  meeting: {
    id: string;
    slug: string;
    title: string;
    eventTitle: string;
    status: MeetingStatus;
    timeZone: string;
    /** "3 Oct 2013, 10:00–13:00" at the venue, or "—". */
    when: string;
    venue: string;
  };
  bounds: AgendaBounds | null;
  form: AgendaFormInput;
  /** The stored agenda in English, for read-only and print views. */
  items: StaffAgendaItem[];
}

export async function findStaffAgenda(client: Db, id: string): Promise<StaffAgenda | null> {
  const meeting = await client.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      allDay: true,
      timeZone: true,
      venue: true,
      agendaVersion: true,
      event: { select: { title: true } },
      agendaItems: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          kind: true,
          title: true,
          description: true,
          startsAt: true,
          endsAt: true,
          speakers: {
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: { role: true, name: true, function: true, organisation: true },
          },
        },
      },
    },
  });
  if (!meeting) return null;
  const local = (instant: Date | null) => (instant ? instantToZoned(instant, meeting.timeZone) : "");
  return {
    meeting: {
      id: meeting.id,
      slug: meeting.slug,
      title: translateText(meeting.title, "en"),
      eventTitle: translateText(meeting.event.title, "en"),
      status: meeting.status,
      timeZone: meeting.timeZone,
      when: describeWhen(meeting.startsAt, meeting.endsAt, meeting.allDay, meeting.timeZone),
      venue: translateText(meeting.venue, "en"),
    },
    bounds: agendaBounds(meeting),
    form: {
      meetingId: meeting.id,
      agendaVersion: meeting.agendaVersion,
      items: meeting.agendaItems.map((item) => ({
        kind: item.kind,
        title: translatableFormValue(asTranslatable(item.title)),
        description: translatableFormValue(asTranslatable(item.description)),
        startsAt: local(item.startsAt),
        endsAt: local(item.endsAt),
        speakers: item.speakers.map((speaker) => ({
          role: speaker.role,
          name: speaker.name,
          function: translatableFormValue(asTranslatable(speaker.function)),
          organisation: translatableFormValue(asTranslatable(speaker.organisation)),
        })),
      })),
    },
    items: meeting.agendaItems.map((item) => ({
      kind: item.kind,
      title: translateText(item.title, "en"),
      description: translateText(item.description, "en"),
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      speakers: item.speakers.map((speaker) => ({
        role: speaker.role,
        name: speaker.name,
        function: translateText(speaker.function, "en"),
        organisation: translateText(speaker.organisation, "en"),
      })),
    })),
  };
}

/** One meeting's agenda, for any staff member who may read content. */
export const getStaffAgenda = cache(async (id: string): Promise<StaffAgenda | null> => {
  await requireStaff("content:read");
  return findStaffAgenda(db, id);
});
