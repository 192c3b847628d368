"use server";
// Server actions of the staff event pages: session and permission first, then the domain core
// (which checks again), then the public-page refresh after the commit. A stale save answers
// with what changed since the user's copy.
import { requireStaff } from "@/lib/auth/session";
import { revalidatePublicPages } from "@/lib/cache/public";
import { db } from "@/lib/db";
import { cancelEvent, publishEvent, unpublishEvent } from "@/lib/events/lifecycle";
import { createEvent, deleteEvent, updateEvent } from "@/lib/events/mutations";
import { saveFailure, type SaveResult } from "@/lib/meetings/save-result";

type Saved = SaveResult<{ id: string; version: number }>;

async function run(
  name: string,
  permission: "events:edit" | "events:publish",
  input: unknown,
  core: (session: Awaited<ReturnType<typeof requireStaff>>) => Promise<{ id: string; version: number; affectsPublic: boolean }>,
): Promise<Saved> {
  try {
    const session = await requireStaff(permission);
    const result = await core(session);
    if (result.affectsPublic) revalidatePublicPages();
    return { ok: true, data: { id: result.id, version: result.version } };
  } catch (error) {
    return saveFailure(error, name, "Event", input);
  }
}

export async function createEventAction(input: unknown): Promise<Saved> {
  return run("createEventAction", "events:edit", input, (session) => createEvent(db, session, input));
}

export async function updateEventAction(input: unknown): Promise<Saved> {
  return run("updateEventAction", "events:edit", input, (session) => updateEvent(db, session, input));
}

export async function publishEventAction(input: unknown): Promise<Saved> {
  return run("publishEventAction", "events:publish", input, (session) => publishEvent(db, session, input));
}

export async function unpublishEventAction(input: unknown): Promise<Saved> {
  return run("unpublishEventAction", "events:publish", input, (session) => unpublishEvent(db, session, input));
}

export async function cancelEventAction(input: unknown): Promise<Saved> {
  return run("cancelEventAction", "events:publish", input, (session) => cancelEvent(db, session, input));
}

export async function deleteEventAction(input: unknown): Promise<SaveResult<{ id: string }>> {
  try {
    const session = await requireStaff("events:edit");
    return { ok: true, data: await deleteEvent(db, session, input) };
  } catch (error) {
    return saveFailure(error, "deleteEventAction", "Event", input);
  }
}
