// Readable names of the records audit entries point at ("HLD Series roundtable, 7 June 2013",
// "Ana Lima (ana@un.org)"), so the Activity page says which record changed instead of showing a
// bare id. Resolved in one query per entity type for the page being shown; a record since
// deleted keeps its id only.
import type { Db } from "@/lib/database/client";
import { translateText } from "@/lib/i18n/translatable";

type EntityRef = { entityType: string; entityId: string | null };

function idsOf(refs: readonly EntityRef[], types: readonly string[]): string[] {
  return [...new Set(refs.filter((ref) => types.includes(ref.entityType) && ref.entityId).map((ref) => ref.entityId as string))];
}

/** A map from "Type:id" to a readable label, for the entries given. */
export async function entityLabels(db: Db, refs: readonly EntityRef[]): Promise<Map<string, string>> {
  const meetingIds = idsOf(refs, ["Meeting", "Agenda"]);
  const eventIds = idsOf(refs, ["Event"]);
  const staffIds = idsOf(refs, ["StaffUser"]);
  const documentIds = idsOf(refs, ["Document"]);
  const [meetings, events, staff, documents] = await Promise.all([
    meetingIds.length ? db.meeting.findMany({ where: { id: { in: meetingIds } }, select: { id: true, title: true } }) : [],
    eventIds.length ? db.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, title: true } }) : [],
    staffIds.length ? db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true, email: true } }) : [],
    documentIds.length ? db.document.findMany({ where: { id: { in: documentIds } }, select: { id: true, title: true, symbol: true } }) : [],
  ]);
  const labels = new Map<string, string>();
  for (const meeting of meetings) {
    const title = translateText(meeting.title, "en");
    labels.set(`Meeting:${meeting.id}`, title);
    labels.set(`Agenda:${meeting.id}`, `Agenda of ${title}`);
  }
  for (const event of events) labels.set(`Event:${event.id}`, translateText(event.title, "en"));
  for (const user of staff) labels.set(`StaffUser:${user.id}`, `${user.name} (${user.email})`);
  // "A/67/254 · Report of the Secretary-General": the symbol is how UN staff find a document.
  for (const document of documents) {
    const title = translateText(document.title, "en");
    labels.set(`Document:${document.id}`, document.symbol ? `${document.symbol} · ${title}` : title);
  }
  return labels;
}
