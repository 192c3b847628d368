// Staff accounts (ADMIN only, permission staff:manage): the domain core behind lib/staff/actions.ts.
// No "server-only" marker so that integration tests drive it against a real database.
//
// Invariants kept here, whoever calls:
//  - nobody deactivates or changes the role of their own account (no locking yourself out);
//  - there is always at least one active administrator. The check locks every active
//    administrator's row (SELECT … FOR UPDATE) in the transaction that would remove one, so two
//    concurrent demotions are serialised: the second sees the first's result and is refused.
//  - deactivation and password resets raise the session version, so every existing session of
//    that user is refused on its next request (lib/auth/session.ts compares it).
// Temporary passwords are hashed before the transaction (argon2 takes ~150 ms) and never logged
// or audited.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { generatePassword } from "@/lib/auth/bootstrap";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/database/client";
import { ConflictError, ForbiddenError, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createStaffSchema, resetStaffPasswordSchema, setStaffActiveSchema, updateStaffSchema } from "@/lib/staff/schemas";
import { parseInput, parseInputAsync } from "@/lib/validation/parse";
import { recordIdSchema } from "@/lib/validation/common";
import { z } from "zod";

export const LAST_ADMIN_MESSAGE = "This is the last active administrator: make someone else an administrator first.";
export const STALE_STAFF_MESSAGE =
  "Someone else changed this account after you opened it, so your changes were not saved. Reload the page to see the current version, then make your changes again.";
export const DUPLICATE_EMAIL_MESSAGE = "A staff account with this email address already exists.";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const snapshotSelect = { id: true, email: true, name: true, role: true, isActive: true, mustChangePassword: true, updatedAt: true } as const;

interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  isActive: boolean;
  mustChangePassword: boolean;
  updatedAt: Date;
}

/** The audited view of an account (JSON-safe, never the password hash). */
function snapshot(user: StaffRow) {
  return { name: user.name, email: user.email, role: user.role, isActive: user.isActive, mustChangePassword: user.mustChangePassword };
}

function asStaff(actor: StaffActor) {
  return { kind: "staff" as const, id: actor.userId, email: actor.email };
}

async function findAccount(tx: Tx, id: string): Promise<StaffRow> {
  const user = await tx.staffUser.findUnique({ where: { id }, select: snapshotSelect });
  if (!user) throw new NotFoundError("This staff account no longer exists.");
  return user;
}

/** Refuses a change that would leave no active administrator; locks the administrators' rows until commit. */
async function keepAnAdministrator(tx: Tx, targetId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM staff_users WHERE role = 'ADMIN' AND is_active ORDER BY id FOR UPDATE`;
  if (admins.some((admin) => admin.id === targetId) && admins.length <= 1) throw new ConflictError(LAST_ADMIN_MESSAGE);
}

export interface CreatedStaff {
  id: string;
  email: string;
  /** Only when the administrator left the password empty: shown to them once, stored nowhere. */
  generatedPassword?: string;
}

/** Creates an active account with a temporary password the user must replace at first sign-in. */
export async function createStaffUser(db: Db, actor: StaffActor | null, input: unknown): Promise<CreatedStaff> {
  const staff = authorise(actor, "staff:manage");
  const values = await parseInputAsync(createStaffSchema, input);
  const generatedPassword = values.password === "" ? generatePassword() : undefined;
  const passwordHash = await hashPassword(generatedPassword ?? values.password);
  try {
    const created = await db.$transaction(async (tx) => {
      const user = await tx.staffUser.create({
        data: { name: values.name, email: values.email, role: values.role, passwordHash, isActive: true, mustChangePassword: true },
        select: snapshotSelect,
      });
      await recordAudit(tx, {
        actor: asStaff(staff),
        action: "staff.create",
        entityType: "StaffUser",
        entityId: user.id,
        after: { ...snapshot(user), passwordGenerated: generatedPassword !== undefined },
      });
      return user;
    });
    return { id: created.id, email: created.email, ...(generatedPassword ? { generatedPassword } : {}) };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError("Some fields need attention.", { email: [DUPLICATE_EMAIL_MESSAGE] });
    throw error;
  }
}

/** Edits the name and role; `updatedAt` from the form guards against overwriting someone else's change. */
export async function updateStaffUser(db: Db, actor: StaffActor | null, input: unknown): Promise<{ updatedAt: string }> {
  const staff = authorise(actor, "staff:manage");
  const values = parseInput(updateStaffSchema, input);
  return db.$transaction(async (tx) => {
    const current = await findAccount(tx, values.id);
    const loadedAt = new Date(values.updatedAt);
    if (current.updatedAt.getTime() !== loadedAt.getTime()) throw new ConflictError(STALE_STAFF_MESSAGE);
    if (values.role !== current.role) {
      if (current.id === staff.userId) throw new ForbiddenError("You cannot change your own role. Another administrator can.");
      if (current.role === "ADMIN" && current.isActive) await keepAnAdministrator(tx, current.id);
    }
    const { count } = await tx.staffUser.updateMany({
      where: { id: values.id, updatedAt: loadedAt },
      data: { name: values.name, role: values.role },
    });
    if (count === 0) throw new ConflictError(STALE_STAFF_MESSAGE);
    const updated = await findAccount(tx, values.id);
    await recordAudit(tx, {
      actor: asStaff(staff),
      action: values.role === current.role ? "staff.update" : "staff.change-role",
      entityType: "StaffUser",
      entityId: updated.id,
      before: snapshot(current),
      after: snapshot(updated),
    });
    return { updatedAt: updated.updatedAt.toISOString() };
  });
}

/**
 * Deactivates (every session ends at once) or reactivates an account. Setting the state it is
 * already in changes nothing.
 */
export async function setStaffActive(db: Db, actor: StaffActor | null, input: unknown): Promise<{ isActive: boolean }> {
  const staff = authorise(actor, "staff:manage");
  const values = parseInput(setStaffActiveSchema, input);
  if (values.id === staff.userId && !values.active) throw new ForbiddenError("You cannot deactivate your own account. Another administrator can.");
  return db.$transaction(async (tx) => {
    const current = await findAccount(tx, values.id);
    if (current.isActive === values.active) return { isActive: current.isActive };
    if (!values.active && current.role === "ADMIN") await keepAnAdministrator(tx, current.id);
    await tx.staffUser.update({
      where: { id: values.id },
      data: values.active ? { isActive: true } : { isActive: false, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    const updated = await findAccount(tx, values.id);
    await recordAudit(tx, {
      actor: asStaff(staff),
      action: values.active ? "staff.reactivate" : "staff.deactivate",
      entityType: "StaffUser",
      entityId: updated.id,
      before: snapshot(current),
      after: snapshot(updated),
    });
    return { isActive: updated.isActive };
  });
}

/**
 * Gives someone a temporary password (set by the administrator or generated) that they must
 * replace at their next sign-in; their existing sessions end.
 */
export async function resetStaffPassword(db: Db, actor: StaffActor | null, input: unknown): Promise<{ generatedPassword?: string }> {
  const staff = authorise(actor, "staff:manage");
  const { id } = parseInput(z.object({ id: recordIdSchema }), input);
  if (id === staff.userId) throw new ForbiddenError("Change your own password under “Your account”.");
  const person = await db.staffUser.findUnique({ where: { id }, select: { email: true, name: true } });
  if (!person) throw new NotFoundError("This staff account no longer exists.");
  const values = await parseInputAsync(resetStaffPasswordSchema(person), input);
  const generatedPassword = values.password === "" ? generatePassword() : undefined;
  const passwordHash = await hashPassword(generatedPassword ?? values.password);
  await db.$transaction(async (tx) => {
    const current = await findAccount(tx, id);
    await tx.staffUser.update({
      where: { id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    const updated = await findAccount(tx, id);
    await recordAudit(tx, {
      actor: asStaff(staff),
      action: "staff.reset-password",
      entityType: "StaffUser",
      entityId: id,
      before: snapshot(current),
      after: { ...snapshot(updated), passwordGenerated: generatedPassword !== undefined, sessionsEnded: true },
    });
  });
  return generatedPassword ? { generatedPassword } : {};
}
