// "2026-11-22 09:00": an instant as clocks at the venue show it (the zone is named beside it).
import { instantToZoned } from "@/lib/time/zoned";

export function venueTime(iso: string, timeZone: string): string {
  return instantToZoned(new Date(iso), timeZone).replace("T", " ");
}
