"use server";
// Server actions of scheduled publication (schedule, cancel a schedule) for meetings and events. Server actions are public POST endpoints: each looks up the session and
// checks the permission itself, then calls the domain core (which checks again), and refreshes
// this instance's public pages after the transaction committed (other instances follow through
// the revision the core raised).
import type { StaffActor } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/session";
import { revalidatePublicPages } from "@/lib/cache/public";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import {
  cancelScheduledPublication,
  schedulePublication,
  type PublicationResult,
} from "@/lib/publishing/mutations";
import { actionFailure, type ActionResult } from "@/lib/validation/action-result";

type Core = (client: Db, actor: StaffActor | null, input: unknown) => Promise<PublicationResult>;

async function run(name: string, core: Core, input: unknown): Promise<ActionResult<PublicationResult>> {
  try {
    // Signed in first; the core then checks the permission for the kind of record
    // (meetings:publish or events:publish) before it reads the input further.
    const session = await requireStaff();
    const result = await core(db, session, input);
    revalidatePublicPages();
    return { ok: true, data: result };
  } catch (error) {
    return actionFailure(error, name);
  }
}

/** { entity, id, version, publishAt: "YYYY-MM-DDTHH:mm" at the venue }. */
export async function schedulePublicationAction(input: unknown): Promise<ActionResult<PublicationResult>> {
  return run("schedulePublicationAction", (client, actor, value) => schedulePublication(client, actor, value), input);
}

/** { entity, id, version }. */
export async function cancelScheduledPublicationAction(input: unknown): Promise<ActionResult<PublicationResult>> {
  return run("cancelScheduledPublicationAction", cancelScheduledPublication, input);
}
