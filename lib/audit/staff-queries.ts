// Session-checked reads of the audit log for console pages (STYLE.md 10): each asks
// lib/auth/session.ts who is signed in and lets the core check the permission.
import "server-only";
import { cache } from "react";
import { getSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import { findActivity, findActivityFilterOptions, findEntityHistory, findRecentActivity } from "./queries";
import type { ActivityListParams } from "./schemas";

async function sessionOrThrow() {
  const session = await getSession();
  if (!session) throw new UnauthorizedError();
  return session;
}

/** One entity's recent history (history panel): whoever may read the entity. */
export const getEntityHistory = cache(async (entityType: string, entityId: string) =>
  findEntityHistory(db, await sessionOrThrow(), entityType, entityId),
);

/** One page of the Activity list (audit:read). */
export const listActivity = cache(async (params: ActivityListParams) => findActivity(db, await sessionOrThrow(), params));

/** The Activity page's filter choices (audit:read). */
export const getActivityFilterOptions = cache(async () => findActivityFilterOptions(db, await sessionOrThrow()));

/** The dashboard's recent activity: everything for audit:read, otherwise one's own actions. */
export const getRecentActivity = cache(async () => findRecentActivity(db, await sessionOrThrow()));
