// Readable one-line summaries of agenda items for audit snapshots, e.g.
// "10:00–11:00 Opening (2 speakers)", so the Activity page and a conflict message read as what
// staff see. Client-safe and pure.
import { asTranslatable } from "@/lib/i18n/translatable";
import { instantToZoned } from "@/lib/time/zoned";

export interface StoredAgendaItem {
  kind: "ITEM" | "BREAK";
  title: unknown;
  startsAt: Date | null;
  endsAt: Date | null;
  speakers: readonly unknown[];
}

export function summariseAgendaItem(item: StoredAgendaItem, timeZone: string, withDay: boolean): string {
  const start = item.startsAt ? instantToZoned(item.startsAt, timeZone) : null;
  const end = item.endsAt ? instantToZoned(item.endsAt, timeZone) : null;
  let time = "";
  if (start) {
    const day = withDay ? `${start.slice(0, 10)} ` : "";
    time = `${day}${start.slice(11, 16)}${end ? `–${end.slice(11, 16)}` : ""} `;
  }
  const title = asTranslatable(item.title).en ?? "(untitled)";
  const count = item.speakers.length;
  const extra = item.kind === "BREAK" ? " (break)" : count > 0 ? ` (${count} ${count === 1 ? "speaker" : "speakers"})` : "";
  return `${time}${title}${extra}`;
}

/** One line per item, in order; days are shown only when the items span more than one. */
export function summariseAgenda(items: readonly StoredAgendaItem[], timeZone: string): string[] {
  const days = new Set(items.flatMap((item) => (item.startsAt ? [instantToZoned(item.startsAt, timeZone).slice(0, 10)] : [])));
  return items.map((item) => summariseAgendaItem(item, timeZone, days.size > 1));
}
