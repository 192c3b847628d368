// Problems in an agenda's times that do not block saving (the secretariat may really plan two
// parallel sessions, or fill in times later): overlapping items, an order that does not follow the
// times, items outside a timed meeting's own hours. Client-safe and pure, so the editor shows
// them as the user types.
import type { AgendaBounds } from "@/lib/agenda/bounds";
import { isRealLocalValue, LOCAL_DATE_TIME } from "@/lib/time/zoned";

export interface AgendaWarning {
  /** The item the warning is shown on. */
  index: number;
  message: string;
}

interface TimedItem {
  title: { en?: string };
  startsAt: string;
  endsAt: string;
}

const isTime = (value: string) => LOCAL_DATE_TIME.test(value) && isRealLocalValue(value);
const name = (item: TimedItem, index: number) => `“${item.title.en?.trim() || `Item ${index + 1}`}”`;
const clock = (value: string) => value.slice(11, 16);

export function agendaWarnings(items: readonly TimedItem[], bounds: AgendaBounds | null): AgendaWarning[] {
  const warnings: AgendaWarning[] = [];
  items.forEach((item, index) => {
    if (!isTime(item.startsAt)) return;
    const end = isTime(item.endsAt) && item.endsAt > item.startsAt ? item.endsAt : null;

    for (let other = 0; other < index; other += 1) {
      const earlier = items[other];
      if (!earlier || !isTime(earlier.startsAt) || !isTime(earlier.endsAt) || earlier.endsAt <= earlier.startsAt || !end) continue;
      if (item.startsAt < earlier.endsAt && earlier.startsAt < end) {
        warnings.push({ index, message: `Overlaps ${name(earlier, other)} (${clock(earlier.startsAt)}–${clock(earlier.endsAt)}).` });
      }
    }

    const previous = items.slice(0, index).findLast((candidate) => isTime(candidate.startsAt));
    if (previous && item.startsAt < previous.startsAt) {
      warnings.push({ index, message: "Starts earlier than an item above it: check the order." });
    }

    if (bounds?.startsAt && bounds.endsAt) {
      const beforeMeeting = item.startsAt < bounds.startsAt;
      const afterMeeting = (end ?? item.startsAt) > bounds.endsAt;
      if (beforeMeeting || afterMeeting) {
        warnings.push({ index, message: `Outside the meeting's times (${clock(bounds.startsAt)}–${clock(bounds.endsAt)}).` });
      }
    }
  });
  return warnings;
}
