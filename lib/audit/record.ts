// One audit row per mutation (who, what, which record, before and after). Callers pass their
// transaction client so the row commits or rolls back with the change it describes.
// No "server-only" marker: the start script records the first administrator's creation.
import type { Db } from "@/lib/database/client";
import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";

/** Who did it: a staff member, or the system itself (start-up, scheduler). */
export type AuditActor = { kind: "staff"; id: string; email: string } | { kind: "system"; label: string } | { kind: "anonymous" };

export interface AuditEntry {
  actor: AuditActor;
  /** Dotted verb such as "meeting.update", "auth.sign-in.failed". */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Snapshots with secrets left out by the caller (never password hashes or tokens). */
  before?: InputJsonValue | null;
  after?: InputJsonValue | null;
}

/** Anything with the audit table: the client itself or a transaction client. */
export type AuditWriter = { auditLog: Pick<Db["auditLog"], "create"> };

function actorFields(actor: AuditActor): { actorId: string | null; actorLabel: string } {
  switch (actor.kind) {
    case "staff":
      return { actorId: actor.id, actorLabel: actor.email };
    case "system":
      return { actorId: null, actorLabel: `system:${actor.label}` };
    case "anonymous":
      return { actorId: null, actorLabel: "anonymous" };
  }
}

export async function recordAudit(client: AuditWriter, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      ...actorFields(entry.actor),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      ...(entry.before == null ? {} : { before: entry.before }),
      ...(entry.after == null ? {} : { after: entry.after }),
    },
    select: { id: true },
  });
}
