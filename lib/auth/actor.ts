// Who is acting, as domain code sees it, and the permission check every mutation repeats.
// Client-safe of server imports so that integration tests can drive domain functions directly.
import { can, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export interface StaffActor {
  userId: string;
  email: string;
  role: StaffRole;
}

/** The actor, if signed in and allowed; otherwise a typed 401/403 error. Fails closed. */
export function authorise(actor: StaffActor | null | undefined, permission: Permission): StaffActor {
  if (!actor) throw new UnauthorizedError();
  if (!can(actor.role, permission)) throw new ForbiddenError();
  return actor;
}
