// Reads of the audit log: the Activity page, the history panel of an edit page, a user's own
// recent actions, and "what changed since your copy" for a refused stale save.
// No "server-only" marker: the cores take the database client (and the acting staff member, whose
// permission they check) so that mutations and integration tests use them directly. The
// session-checked wrappers for pages live in ./staff-queries.ts.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { describeAction, describeChanges, type AuditChange } from "./describe";
import { entityLabels } from "./entity-labels";
import { ACTOR_ANONYMOUS, ACTOR_SYSTEM, type ActivityListParams, type ActivityRow } from "./schemas";

const rowSelect = {
  id: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { name: true } },
} as const;

type AuditRecord = Prisma.AuditLogGetPayload<{ select: typeof rowSelect }>;

/** "Ana Lima (ana@un.org)", "System (seed)", "Anonymous". */
function actorName(record: Pick<AuditRecord, "actorLabel" | "actor">): string {
  if (record.actorLabel === ACTOR_ANONYMOUS) return "Anonymous";
  if (record.actorLabel.startsWith(`${ACTOR_SYSTEM}:`)) return `System (${record.actorLabel.slice(ACTOR_SYSTEM.length + 1)})`;
  return record.actor ? `${record.actor.name} (${record.actorLabel})` : record.actorLabel;
}

/** The console page of each audited entity type that has one. */
const ENTITY_PAGES: Record<string, (id: string) => string> = {
  Meeting: (id) => `/admin/meetings/${id}`,
  Agenda: (id) => `/admin/meetings/${id}/agenda`,
  Event: (id) => `/admin/events/${id}`,
  Document: (id) => `/admin/documents/${id}`,
  StaffUser: (id) => `/admin/staff/${id}`,
  Registration: (id) => `/admin/registrations/${id}`,
};

function entityHref(entityType: string, entityId: string | null): string | null {
  const page = ENTITY_PAGES[entityType];
  return page && entityId ? page(entityId) : null;
}

function toRow(record: AuditRecord, labels: ReadonlyMap<string, string> = new Map()): ActivityRow {
  return {
    id: record.id,
    at: record.createdAt.toISOString(),
    actor: actorName(record),
    action: record.action,
    actionLabel: describeAction(record.action),
    entityType: record.entityType,
    entityId: record.entityId,
    entityHref: entityHref(record.entityType, record.entityId),
    entityLabel: labels.get(`${record.entityType}:${record.entityId ?? ""}`) ?? null,
    changes: describeChanges(record.before, record.after),
  };
}

export interface ChangeSince {
  at: string;
  actor: string;
  action: string;
  changes: AuditChange[];
}

/**
 * The entity's audit entries recorded after the caller's copy (`after.<versionField>` greater
 * than `sinceVersion`), oldest first: what a user whose stale save was refused missed.
 * Called by mutations that have already authorised their actor, so it checks no permission.
 */
export async function findChangesSince(
  db: Db,
  entityType: string,
  entityId: string,
  sinceVersion: number,
  options: { versionField?: "version" | "agendaVersion" } = {},
): Promise<ChangeSince[]> {
  const versionField = options.versionField ?? "version";
  const records = await db.auditLog.findMany({
    where: { entityType, entityId, after: { path: [versionField], gt: sinceVersion } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 50,
    select: rowSelect,
  });
  return records.map((record) => ({
    at: record.createdAt.toISOString(),
    actor: actorName(record),
    action: describeAction(record.action),
    changes: describeChanges(record.before, record.after),
  }));
}

/**
 * Who may read an entity's history: whoever may read the entity itself (editors see the history
 * of what they edit). The whole log (sign-ins, every entity) is audit:read, administrators only.
 */
export function historyPermission(entityType: string): Permission {
  switch (entityType) {
    case "Registration":
      return "registrations:read";
    case "StaffUser":
      return "staff:manage";
    default:
      return "content:read";
  }
}

export const HISTORY_LIMIT = 20;

export interface EntityHistory {
  rows: ActivityRow[];
  /** All entries of the entity, of which `rows` are the newest HISTORY_LIMIT. */
  total: number;
}

/**
 * The newest entries of one entity, newest first. `excludeActions` leaves out entries that would
 * crowd out the changes (e.g. "registration.viewed", recorded on every visit of the page).
 */
export async function findEntityHistory(
  db: Db,
  actor: StaffActor | null,
  entityType: string,
  entityId: string,
  options: { excludeActions?: string[] } = {},
): Promise<EntityHistory> {
  authorise(actor, historyPermission(entityType));
  const where: Prisma.AuditLogWhereInput = { entityType, entityId, ...(options.excludeActions?.length ? { action: { notIn: options.excludeActions } } : {}) };
  const [records, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: HISTORY_LIMIT, select: rowSelect }),
    db.auditLog.count({ where }),
  ]);
  return { rows: records.map((record) => toRow(record)), total };
}

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

function activityWhere(params: ActivityListParams): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (params.actor === ACTOR_SYSTEM) and.push({ actorLabel: { startsWith: `${ACTOR_SYSTEM}:` } });
  else if (params.actor === ACTOR_ANONYMOUS) and.push({ actorLabel: ACTOR_ANONYMOUS });
  else if (params.actor !== undefined) and.push({ actorId: params.actor });
  if (params.entityType !== undefined) and.push({ entityType: params.entityType });
  if (params.entityId !== undefined) and.push({ entityId: params.entityId });
  if (params.action !== undefined) and.push({ action: params.action });
  // Days are UTC days, as the table shows times in UTC; "to" includes its whole day.
  if (params.from !== undefined) and.push({ createdAt: { gte: dayStart(params.from) } });
  if (params.to !== undefined) and.push({ createdAt: { lt: new Date(dayStart(params.to).getTime() + 86_400_000) } });
  if (params.q !== "") {
    const text = { contains: params.q, mode: "insensitive" as const };
    const inJson = (side: "before" | "after", path: string[]) => ({ [side]: { path, string_contains: params.q, mode: "insensitive" as const } });
    and.push({
      OR: [
        { actorLabel: text },
        { action: text },
        { entityType: text },
        { entityId: params.q },
        { actor: { name: text } },
        inJson("before", ["title", "en"]),
        inJson("after", ["title", "en"]),
        // Failed sign-ins are found by the email tried (this list is for administrators only).
        inJson("after", ["attemptedEmail"]),
      ],
    });
  }
  return { AND: and };
}

export interface ActivityPage {
  rows: ActivityRow[];
  total: number;
}

/** One page of the whole audit log, filtered (administrators: audit:read). */
export async function findActivity(db: Db, actor: StaffActor | null, params: ActivityListParams): Promise<ActivityPage> {
  authorise(actor, "audit:read");
  const where = activityWhere(params);
  const [records, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: params.dir }, { id: params.dir }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: rowSelect,
    }),
    db.auditLog.count({ where }),
  ]);
  const labels = await entityLabels(db, records);
  return { rows: records.map((record) => toRow(record, labels)), total };
}

export interface ActivityFilterOptions {
  actors: Array<{ value: string; label: string }>;
  entityTypes: string[];
  actions: Array<{ value: string; label: string }>;
}

/** The choices of the Activity page's filters: every staff member, and the types and actions logged. */
export async function findActivityFilterOptions(db: Db, actor: StaffActor | null): Promise<ActivityFilterOptions> {
  authorise(actor, "audit:read");
  const [staff, entityTypes, actions] = await Promise.all([
    db.staffUser.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, email: true } }),
    // GROUP BY runs in PostgreSQL (on the entity and action indexes); Prisma's `distinct` may
    // fetch every audit row and de-duplicate in memory, on each visit of the page.
    db.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  return {
    actors: [
      ...staff.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` })),
      { value: ACTOR_SYSTEM, label: "System" },
      { value: ACTOR_ANONYMOUS, label: "Anonymous" },
    ],
    entityTypes: entityTypes.map((row) => row.entityType),
    actions: actions.map((row) => ({ value: row.action, label: `${describeAction(row.action)} (${row.action})` })),
  };
}

/**
 * The dashboard's recent activity: the whole log for those with audit:read, otherwise the
 * signed-in member's own actions (failed sign-ins against their account are left out: they are
 * someone else's attempts and belong to the administrators' view).
 */
export async function findRecentActivity(db: Db, actor: StaffActor | null, limit = 10): Promise<{ rows: ActivityRow[]; scope: "all" | "own" }> {
  const staff = authorise(actor, "content:read");
  const everything = can(staff.role, "audit:read");
  const where: Prisma.AuditLogWhereInput = everything ? {} : { actorId: staff.userId, action: { not: "auth.sign-in.failed" } };
  const records = await db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: rowSelect });
  const labels = await entityLabels(db, records);
  return { rows: records.map((record) => toRow(record, labels)), scope: everything ? "all" : "own" };
}
