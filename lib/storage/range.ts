import type { ByteRange } from "./types";

/** Guards the stores against nonsense ranges; fileResponse has already fitted them to the size. */
export function assertValidRange(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError("Invalid byte range");
  }
}
