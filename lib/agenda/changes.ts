// What was saved to an agenda since a given agendaVersion, read from the audit trail, for the
// message a refused stale save shows ("what changed since you opened it"). No "server-only"
// marker: the domain core calls it with the client it was given.
import { describeChanges, type AuditChange } from "@/lib/audit/describe";
import type { Db } from "@/lib/database/client";

export interface AgendaChange {
  /** ISO instant of the save. */
  at: string;
  /** Who saved (their email at the time). */
  actor: string;
  action: string;
  changes: AuditChange[];
}

function versionOf(snapshot: unknown): number | null {
  if (typeof snapshot !== "object" || snapshot === null) return null;
  const version = (snapshot as { agendaVersion?: unknown }).agendaVersion;
  return typeof version === "number" ? version : null;
}

/** The agenda saves of the meeting that produced a version after `sinceVersion`, oldest first. */
export async function agendaChangesSince(db: Pick<Db, "auditLog">, meetingId: string, sinceVersion: number): Promise<AgendaChange[]> {
  const rows = await db.auditLog.findMany({
    where: { entityType: "Agenda", entityId: meetingId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { createdAt: true, actorLabel: true, action: true, before: true, after: true },
  });
  return rows
    .filter((row) => (versionOf(row.after) ?? 0) > sinceVersion)
    .reverse()
    .map((row) => ({ at: row.createdAt.toISOString(), actor: row.actorLabel, action: row.action, changes: describeChanges(row.before, row.after) }));
}
