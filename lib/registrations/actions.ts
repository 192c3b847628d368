"use server";
// Server actions of the staff registration pages. Server actions are public POST endpoints: each
// one checks the session and permission itself, then calls the domain core (which checks again),
// and refreshes the public pages (call-outs, the Partners list) only after the core committed.
import { requireStaff } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { revalidatePublicPages } from "@/lib/cache/public";
import { db } from "@/lib/db";
import {
  addRegistrationNote,
  approveRegistrations,
  type ApproveResult,
  declineRegistrations,
  type DeclineResult,
  type NonObjectionResult,
  promoteNext,
  type Promoted,
  recordNonObjection,
  waitlistRegistrations,
  type WaitlistResult,
} from "@/lib/registrations/decisions";
import { createRegistrationPeriod, type PeriodMutationResult, updateRegistrationPeriod } from "@/lib/registrations/periods";
import { actionFailure, type ActionResult } from "@/lib/validation/action-result";
import type { StaffSession } from "@/lib/auth/session";

async function run<T>(
  action: string,
  permission: Permission,
  core: (session: StaffSession) => Promise<T>,
  affectsPublic: (result: T) => boolean,
): Promise<ActionResult<T>> {
  try {
    const session = await requireStaff(permission);
    const result = await core(session);
    if (affectsPublic(result)) revalidatePublicPages();
    return { ok: true, data: result };
  } catch (error) {
    return actionFailure(error, action);
  }
}

type PeriodSaved = Omit<PeriodMutationResult, "affectsPublic">;
const periodData = ({ id, version, warnings }: PeriodMutationResult): PeriodSaved => ({ id, version, warnings });

export async function createRegistrationPeriodAction(input: unknown): Promise<ActionResult<PeriodSaved>> {
  return run("createRegistrationPeriodAction", "registrations:configure", async (session) => periodData(await createRegistrationPeriod(db, session, input)), () => true);
}

export async function updateRegistrationPeriodAction(input: unknown): Promise<ActionResult<PeriodSaved>> {
  return run("updateRegistrationPeriodAction", "registrations:configure", async (session) => periodData(await updateRegistrationPeriod(db, session, input)), () => true);
}

export async function approveRegistrationsAction(input: unknown): Promise<ActionResult<ApproveResult>> {
  return run("approveRegistrationsAction", "registrations:decide", (session) => approveRegistrations(db, session, input), (result) => result.approved.length > 0);
}

// A waitlisting or decline may take an approved organisation off the Partners list.
export async function waitlistRegistrationsAction(input: unknown): Promise<ActionResult<WaitlistResult>> {
  return run("waitlistRegistrationsAction", "registrations:decide", (session) => waitlistRegistrations(db, session, input), (result) => result.waitlisted.length > 0);
}

export async function declineRegistrationsAction(input: unknown): Promise<ActionResult<DeclineResult>> {
  return run("declineRegistrationsAction", "registrations:decide", (session) => declineRegistrations(db, session, input), (result) => result.declined.length > 0);
}

export async function recordNonObjectionAction(input: unknown): Promise<ActionResult<NonObjectionResult>> {
  return run("recordNonObjectionAction", "registrations:decide", (session) => recordNonObjection(db, session, input), () => false);
}

export async function addRegistrationNoteAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run("addRegistrationNoteAction", "registrations:decide", (session) => addRegistrationNote(db, session, input), () => false);
}

export async function promoteNextAction(input: unknown): Promise<ActionResult<{ promoted: Promoted | null; message: string }>> {
  return run("promoteNextAction", "registrations:decide", (session) => promoteNext(db, session, input), (result) => result.promoted !== null);
}
