// Saving a meeting's agenda: the domain core behind lib/agenda/actions.ts. It takes the acting
// staff member (or null) and checks the permission itself, so the rule holds however it is
// called. No "server-only" marker so that integration tests drive it against a real database.
//
// The whole agenda is saved at once: the meeting's items and speakers are replaced in one
// transaction, guarded by a compare-and-set on Meeting.agendaVersion (the meeting's own `version`
// is left alone, so editing the agenda and the meeting's fields never refuse each other). Of two
// saves from the same agendaVersion exactly one matches; the other changes nothing and is told
// what the winner changed.
import { agendaBounds } from "@/lib/agenda/bounds";
import { agendaFormSchema, agendaTargetSchema, type AgendaFormValues } from "@/lib/agenda/schemas";
import { summariseAgenda } from "@/lib/agenda/summary";
import { findChangesSince, type ChangeSince } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record";
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { zonedToInstant } from "@/lib/time/zoned";
import { parseInput } from "@/lib/validation/parse";

export const STALE_AGENDA_MESSAGE =
  "Someone else saved this agenda after you opened it, so your changes were not saved. Your edits are still in the form: reload the page in another tab to see the current agenda, then make your changes again.";

/** A refused stale save, with what was saved since the version the form was loaded with. */
export class AgendaConflictError extends ConflictError {
  constructor(readonly changes: ChangeSince[]) {
    super(STALE_AGENDA_MESSAGE);
    this.name = "AgendaConflictError";
  }
}

/** The agenda table is the subject of these audit rows; entityId is the meeting's id. */
export const AGENDA_ENTITY = "Agenda";

const itemsSelect = {
  kind: true,
  title: true,
  startsAt: true,
  endsAt: true,
  speakers: { select: { id: true } },
} as const;

async function agendaSnapshot(tx: Pick<Db, "agendaItem">, meetingId: string, timeZone: string, agendaVersion: number) {
  const items = await tx.agendaItem.findMany({ where: { meetingId }, select: itemsSelect, orderBy: [{ position: "asc" }, { id: "asc" }] });
  return { agendaVersion, items: summariseAgenda(items, timeZone) };
}

const instant = (local: string, timeZone: string) => (local === "" ? null : zonedToInstant(local, timeZone));

export interface AgendaSaveResult {
  meetingId: string;
  agendaVersion: number;
}

export async function saveAgenda(db: Db, actor: StaffActor | null, input: unknown): Promise<AgendaSaveResult> {
  const staff = authorise(actor, "agendas:edit");
  const target = parseInput(agendaTargetSchema, input);
  const meeting = await db.meeting.findUnique({
    where: { id: target.meetingId },
    select: { id: true, startsAt: true, endsAt: true, allDay: true, timeZone: true },
  });
  if (!meeting) throw new NotFoundError("This meeting no longer exists.");
  // Checked against the meeting's days as stored now; the form was built with the same bounds.
  const values: AgendaFormValues = parseInput(agendaFormSchema(agendaBounds(meeting)), input);

  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.meeting.findUnique({ where: { id: meeting.id }, select: { agendaVersion: true } });
      if (!current) throw new NotFoundError("This meeting no longer exists.");
      if (current.agendaVersion !== values.agendaVersion) throw new ConflictError(STALE_AGENDA_MESSAGE);
      const before = await agendaSnapshot(tx, meeting.id, meeting.timeZone, current.agendaVersion);

      // The compare-and-set: a concurrent save of the same version waits on this row's lock and
      // then matches nothing, so it never reaches the items below.
      const { count } = await tx.meeting.updateMany({
        where: { id: meeting.id, agendaVersion: values.agendaVersion },
        data: { agendaVersion: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError(STALE_AGENDA_MESSAGE);

      await tx.agendaItem.deleteMany({ where: { meetingId: meeting.id } });
      for (const [position, item] of values.items.entries()) {
        await tx.agendaItem.create({
          data: {
            meetingId: meeting.id,
            position,
            kind: item.kind,
            title: item.title,
            description: Object.keys(item.description).length > 0 ? item.description : undefined,
            startsAt: instant(item.startsAt, meeting.timeZone),
            endsAt: instant(item.endsAt, meeting.timeZone),
            speakers: {
              create: item.speakers.map((speaker, speakerPosition) => ({
                position: speakerPosition,
                role: speaker.role,
                name: speaker.name,
                function: Object.keys(speaker.function).length > 0 ? speaker.function : undefined,
                organisation: Object.keys(speaker.organisation).length > 0 ? speaker.organisation : undefined,
              })),
            },
          },
          select: { id: true },
        });
      }

      const agendaVersion = values.agendaVersion + 1;
      await recordAudit(tx, {
        actor: { kind: "staff", id: staff.userId, email: staff.email },
        action: "agenda.update",
        entityType: AGENDA_ENTITY,
        entityId: meeting.id,
        before,
        after: await agendaSnapshot(tx, meeting.id, meeting.timeZone, agendaVersion),
      });
      await bumpPublicRevision(tx);
      return { meetingId: meeting.id, agendaVersion };
    });
  } catch (error) {
    // Read after the losing transaction has rolled back, so the winner's audit row is visible.
    if (error instanceof ConflictError) {
      const changes = await findChangesSince(db, AGENDA_ENTITY, meeting.id, values.agendaVersion, { versionField: "agendaVersion" });
      throw new AgendaConflictError(changes);
    }
    throw error;
  }
}
