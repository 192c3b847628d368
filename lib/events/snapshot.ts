// What the event mutations read, audit and guard: the row shape, the readable audit snapshot and
// the optimistic-locking steps (see lib/meetings/snapshot.ts for the meeting counterpart).
import { snapshotInstant, snapshotOptionalText } from "@/lib/audit/snapshot-values";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { asTranslatable } from "@/lib/i18n/translatable";

export const STALE_EVENT_MESSAGE =
  "Someone else saved this event after you opened it, so your changes were not saved. Your changes are still in the form: compare them with what changed, then reload to start from the current version.";

type Tx = Prisma.TransactionClient;

export const eventRowSelect = {
  id: true,
  slug: true,
  year: true,
  startsOn: true,
  endsOn: true,
  title: true,
  summary: true,
  venue: true,
  status: true,
  publishedAt: true,
  publishAt: true,
  cancelledAt: true,
  cancellationNotice: true,
  version: true,
} satisfies Prisma.EventSelect;

export type EventRow = Prisma.EventGetPayload<{ select: typeof eventRowSelect }>;

const isoDay = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;

/** The audited view of an event: plain keys, days as "YYYY-MM-DD", instants as ISO strings. */
export function eventSnapshot(event: EventRow) {
  return {
    slug: event.slug,
    year: event.year,
    startsOn: isoDay(event.startsOn),
    endsOn: isoDay(event.endsOn),
    title: asTranslatable(event.title),
    summary: snapshotOptionalText(event.summary),
    venue: snapshotOptionalText(event.venue),
    status: event.status,
    publishedAt: snapshotInstant(event.publishedAt),
    publishAt: snapshotInstant(event.publishAt),
    cancelledAt: snapshotInstant(event.cancelledAt),
    cancellationNotice: snapshotOptionalText(event.cancellationNotice),
    version: event.version,
  };
}

export async function loadEventForChange(tx: Tx, id: string, version: number): Promise<EventRow> {
  const current = await tx.event.findUnique({ where: { id }, select: eventRowSelect });
  if (!current) throw new NotFoundError("This event no longer exists.");
  if (current.version !== version) throw new ConflictError(STALE_EVENT_MESSAGE);
  return current;
}

export async function writeEventIfCurrent(tx: Tx, id: string, version: number, data: Prisma.EventUpdateManyMutationInput): Promise<EventRow> {
  const { count } = await tx.event.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(STALE_EVENT_MESSAGE);
  return tx.event.findUniqueOrThrow({ where: { id }, select: eventRowSelect });
}

export const EVENT_SLUG_TAKEN_MESSAGE = "This address is already used by another event. Choose another one.";

export async function assertEventSlugFree(tx: Tx, slug: string, exceptId?: string): Promise<void> {
  const taken = await tx.event.findFirst({ where: { slug, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new ValidationError("Some fields need attention.", { slug: [EVENT_SLUG_TAKEN_MESSAGE] });
}

export function rethrowEventSlugRace(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new ValidationError("Some fields need attention.", { slug: [EVENT_SLUG_TAKEN_MESSAGE] });
  }
  throw error;
}
