"use server";
// Server actions of the staff document pages. Server actions are public POST endpoints: each one
// looks up the session and checks the permission itself, then calls the domain core (which
// checks again), and refreshes the public pages only after the transaction has committed.
// Uploads do not come through here (bodies are capped at 1 MB): see the upload route.
import { requireStaff } from "@/lib/auth/session";
import { revalidatePublicPages } from "@/lib/cache/public";
import { db } from "@/lib/db";
import { removeDocumentFile, revertDocumentFile } from "@/lib/documents/file-mutations";
import { createDocument, deleteDocument, publishDocument, reorderDocuments, unpublishDocument, updateDocument } from "@/lib/documents/mutations";
import { runSave, saveFailure, type SaveResult } from "@/lib/meetings/save-result";
import { type ActionResult, actionFailure } from "@/lib/validation/action-result";

type Saved = SaveResult<{ id: string; version: number }>;

export async function createDocumentAction(input: unknown): Promise<Saved> {
  return runSave("createDocumentAction", "documents:edit", "Document", input, (session) => createDocument(db, session, input));
}

export async function updateDocumentAction(input: unknown): Promise<Saved> {
  return runSave("updateDocumentAction", "documents:edit", "Document", input, (session) => updateDocument(db, session, input));
}

export async function publishDocumentAction(input: unknown): Promise<Saved> {
  return runSave("publishDocumentAction", "documents:publish", "Document", input, (session) => publishDocument(db, session, input));
}

export async function unpublishDocumentAction(input: unknown): Promise<Saved> {
  return runSave("unpublishDocumentAction", "documents:publish", "Document", input, (session) => unpublishDocument(db, session, input));
}

export async function deleteDocumentAction(input: unknown): Promise<SaveResult<{ id: string }>> {
  try {
    const session = await requireStaff("documents:edit");
    return { ok: true, data: await deleteDocument(db, session, input) };
  } catch (error) {
    return saveFailure(error, "deleteDocumentAction", "Document", input);
  }
}

export async function reorderDocumentsAction(input: unknown): Promise<ActionResult<null>> {
  try {
    const session = await requireStaff("documents:edit");
    const result = await reorderDocuments(db, session, input);
    if (result.affectsPublic) revalidatePublicPages();
    return { ok: true, data: null };
  } catch (error) {
    return actionFailure(error, "reorderDocumentsAction");
  }
}

type FileChanged = ActionResult<{ documentId: string; currentFileId: string | null }>;

export async function removeDocumentFileAction(input: unknown): Promise<FileChanged> {
  try {
    const session = await requireStaff("documents:edit");
    const { affectsPublic, ...data } = await removeDocumentFile(db, session, input);
    if (affectsPublic) revalidatePublicPages();
    return { ok: true, data };
  } catch (error) {
    return actionFailure(error, "removeDocumentFileAction");
  }
}

export async function revertDocumentFileAction(input: unknown): Promise<FileChanged> {
  try {
    const session = await requireStaff("documents:edit");
    const { affectsPublic, ...data } = await revertDocumentFile(db, session, input);
    if (affectsPublic) revalidatePublicPages();
    return { ok: true, data };
  } catch (error) {
    return actionFailure(error, "revertDocumentFileAction");
  }
}
