// How a scheduled publication is shown to staff. Pure arithmetic on the venue wall-clock value
// (no Intl), so the server and the browser render the same text.
import { instantToZoned } from "@/lib/time/zoned";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "3 December 2026, 10:00" — the instant as clocks at the venue show it. */
export function describeVenueTime(instant: Date, timeZone: string): string {
  const local = instantToZoned(instant, timeZone);
  const [year, month, day] = local.slice(0, 10).split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}, ${local.slice(11, 16)}`;
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** "in 12 minutes", "in 2 hours 5 minutes", "in 3 days 4 hours"; "within a minute" when due or past. */
export function describeCountdown(milliseconds: number): string {
  const minutes = Math.ceil(milliseconds / 60_000);
  if (minutes <= 1) return "within a minute";
  if (minutes < 60) return `in ${plural(minutes, "minute")}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `in ${plural(hours, "hour")}${minutes % 60 ? ` ${plural(minutes % 60, "minute")}` : ""}`;
  const days = Math.floor(hours / 24);
  return `in ${plural(days, "day")}${hours % 24 ? ` ${plural(hours % 24, "hour")}` : ""}`;
}
