"use server";
// Server actions of the staff event pages: session and permission first, then the domain core
// (which checks again), then the public-page refresh after the commit. A stale save answers
// with what changed since the user's copy.
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { cancelEvent, publishEvent, unpublishEvent } from "@/lib/events/lifecycle";
import { createEvent, deleteEvent, updateEvent } from "@/lib/events/mutations";
import { runSave, saveFailure, type SaveResult } from "@/lib/meetings/save-result";

type Saved = SaveResult<{ id: string; version: number }>;

export async function createEventAction(input: unknown): Promise<Saved> {
  return runSave("createEventAction", "events:edit", "Event", input, (session) => createEvent(db, session, input));
}

export async function updateEventAction(input: unknown): Promise<Saved> {
  return runSave("updateEventAction", "events:edit", "Event", input, (session) => updateEvent(db, session, input));
}

export async function publishEventAction(input: unknown): Promise<Saved> {
  return runSave("publishEventAction", "events:publish", "Event", input, (session) => publishEvent(db, session, input));
}

export async function unpublishEventAction(input: unknown): Promise<Saved> {
  return runSave("unpublishEventAction", "events:publish", "Event", input, (session) => unpublishEvent(db, session, input));
}

export async function cancelEventAction(input: unknown): Promise<Saved> {
  return runSave("cancelEventAction", "events:publish", "Event", input, (session) => cancelEvent(db, session, input));
}

export async function deleteEventAction(input: unknown): Promise<SaveResult<{ id: string }>> {
  try {
    const session = await requireStaff("events:edit");
    return { ok: true, data: await deleteEvent(db, session, input) };
  } catch (error) {
    return saveFailure(error, "deleteEventAction", "Event", input);
  }
}
