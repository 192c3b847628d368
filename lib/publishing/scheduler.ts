// The scheduled-publication job. A draft's `publishAt` is the schedule itself, so nothing is lost
// on a restart: every instance runs this every SCHEDULER_INTERVAL_MS and publishes whatever is
// due by the database's clock.
//
// Exactly once, with any number of instances: each table is claimed with one
// `UPDATE … WHERE status = 'DRAFT' AND publish_at <= now()` over rows locked FOR UPDATE SKIP
// LOCKED. A row another instance is publishing is skipped; one it has already published no longer
// matches (PostgreSQL re-checks the condition on the latest row version before locking it). The
// audit rows and the revision bump commit in the same transaction, so a claim is never recorded
// twice nor left unrecorded. A draft published by hand, or cancelled, has left DRAFT and is never
// touched; a draft taken back to draft by hand has had its publishAt cleared.
// No "server-only" marker: integration tests race two of these against a real database.
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicationSnapshot } from "@/lib/publishing/mutations";
import type { PublishableEntity } from "@/lib/publishing/schemas";

/** At most this many records per table and tick; the rest follow on the next tick. */
const BATCH = 100;

export const SCHEDULER_ACTOR = { kind: "system", label: "scheduler" } as const;

interface ClaimedRow {
  id: string;
  slug: string;
  title: unknown;
  version: number;
  publishedAt: Date | null;
  cancelledAt: Date | null;
  previousPublishedAt: Date | null;
  scheduledFor: Date;
}

export interface PublishedItem {
  entity: PublishableEntity;
  id: string;
  slug: string;
  scheduledFor: Date;
}

type Tx = Prisma.TransactionClient;

// Table names cannot be parameters; these are the two fixed statements.
function claimDueMeetings(tx: Tx): Promise<ClaimedRow[]> {
  return tx.$queryRaw<ClaimedRow[]>`
    WITH due AS (
      SELECT id, publish_at, published_at FROM meetings
      WHERE status = 'DRAFT' AND publish_at IS NOT NULL AND publish_at <= now()
      ORDER BY publish_at, id
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE meetings AS m
    SET status = 'PUBLISHED', published_at = COALESCE(m.published_at, now()), publish_at = NULL,
        version = m.version + 1, updated_at = now()
    FROM due
    WHERE m.id = due.id AND m.status = 'DRAFT'
    RETURNING m.id, m.slug, m.title, m.version, m.published_at AS "publishedAt", m.cancelled_at AS "cancelledAt",
              due.published_at AS "previousPublishedAt", due.publish_at AS "scheduledFor"`;
}

function claimDueEvents(tx: Tx): Promise<ClaimedRow[]> {
  return tx.$queryRaw<ClaimedRow[]>`
    WITH due AS (
      SELECT id, publish_at, published_at FROM events
      WHERE status = 'DRAFT' AND publish_at IS NOT NULL AND publish_at <= now()
      ORDER BY publish_at, id
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE events AS e
    SET status = 'PUBLISHED', published_at = COALESCE(e.published_at, now()), publish_at = NULL,
        version = e.version + 1, updated_at = now()
    FROM due
    WHERE e.id = due.id AND e.status = 'DRAFT'
    RETURNING e.id, e.slug, e.title, e.version, e.published_at AS "publishedAt", e.cancelled_at AS "cancelledAt",
              due.published_at AS "previousPublishedAt", due.publish_at AS "scheduledFor"`;
}

async function audit(tx: Tx, entity: PublishableEntity, row: ClaimedRow): Promise<void> {
  const common = { title: row.title, cancelledAt: row.cancelledAt };
  await recordAudit(tx, {
    actor: SCHEDULER_ACTOR,
    action: `${entity}.publish`,
    entityType: entity === "meeting" ? "Meeting" : "Event",
    entityId: row.id,
    before: publicationSnapshot({ ...common, id: row.id, slug: row.slug, status: "DRAFT", publishAt: row.scheduledFor, publishedAt: row.previousPublishedAt, version: row.version - 1 }),
    after: publicationSnapshot({ ...common, id: row.id, slug: row.slug, status: "PUBLISHED", publishAt: null, publishedAt: row.publishedAt, version: row.version }),
  });
}

/** Publishes every draft meeting and event whose time has come; returns what this call published. */
export async function publishDueItems(db: Db): Promise<PublishedItem[]> {
  return db.$transaction(async (tx) => {
    const meetings = await claimDueMeetings(tx);
    const events = await claimDueEvents(tx);
    for (const row of meetings) await audit(tx, "meeting", row);
    for (const row of events) await audit(tx, "event", row);
    if (meetings.length + events.length > 0) await bumpPublicRevision(tx);
    return [
      ...meetings.map((row) => ({ entity: "meeting" as const, id: row.id, slug: row.slug, scheduledFor: row.scheduledFor })),
      ...events.map((row) => ({ entity: "event" as const, id: row.id, slug: row.slug, scheduledFor: row.scheduledFor })),
    ];
  });
}
