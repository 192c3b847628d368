// Client-safe URL state of the Activity page (/admin/activity) and the shapes its table shows.
import { z } from "zod";
import { defineListParams, dayFilter, idFilter, optionalFilter, type RawSearchParams } from "@/lib/validation/list-params";
import type { AuditChange } from "./describe";

/** The actor filter: a staff member's id, or one of the two non-staff kinds. */
export const ACTOR_SYSTEM = "system";
export const ACTOR_ANONYMOUS = "anonymous";

export const activityListParams = defineListParams({
  sortColumns: ["createdAt"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  defaultSize: 25,
  filters: {
    actor: optionalFilter(z.union([z.literal(ACTOR_SYSTEM), z.literal(ACTOR_ANONYMOUS), z.string().trim().regex(/^[a-z0-9]{20,40}$/u)])),
    entityType: optionalFilter(z.string().trim().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/u)),
    entityId: idFilter,
    action: optionalFilter(z.string().trim().regex(/^[a-z][a-z0-9.:-]{0,79}$/u)),
    from: dayFilter,
    to: dayFilter,
  },
});

export type ActivityListParams = ReturnType<typeof activityListParams.parse>;

export function parseActivityListParams(raw: RawSearchParams): ActivityListParams {
  return activityListParams.parse(raw);
}

/** One audit entry as the console shows it. */
export interface ActivityRow {
  id: string;
  /** ISO instant. */
  at: string;
  /** Who: a staff member's name and email, "System (…)" or "Anonymous". */
  actor: string;
  action: string;
  actionLabel: string;
  entityType: string;
  entityId: string | null;
  /** The console page of the entity, when there is one. */
  entityHref: string | null;
  /** The record's readable name (title, person), when it still exists. */
  entityLabel: string | null;
  changes: AuditChange[];
}
