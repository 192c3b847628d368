// Staff changes to which file of a language is current: removing it (the language then shows as
// not available; every version stays in the history) and reverting to an earlier version. Both
// lock the document row like uploads do (attach-file.ts), so they never interleave with one.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { documentFileRefSchema, LANGUAGE_NAMES, revertDocumentFileSchema, toStoredLanguage } from "./schemas";
import { auditActor, documentFileSelect, fileSnapshot, isPublic, lockDocument } from "./snapshot";

export interface FileMutationResult {
  documentId: string;
  /** The current file of the language afterwards, or null. */
  currentFileId: string | null;
  affectsPublic: boolean;
}

/** Takes the current file of one language down; the document then lists the language as not available. */
export async function removeDocumentFile(db: Db, actor: StaffActor | null, input: unknown): Promise<FileMutationResult> {
  const staff = authorise(actor, "documents:edit");
  const values = parseInput(documentFileRefSchema, input);
  return db.$transaction(async (tx) => {
    const document = await lockDocument(tx, values.documentId);
    const current = await tx.documentFile.findFirst({
      where: { documentId: document.id, language: toStoredLanguage(values.language), isCurrent: true },
      select: documentFileSelect,
    });
    if (!current) throw new NotFoundError(`There is no current ${LANGUAGE_NAMES[values.language]} file to remove. Reload the page.`);
    await tx.documentFile.update({ where: { id: current.id }, data: { isCurrent: null }, select: { id: true } });
    const affectsPublic = isPublic(document.status);
    if (affectsPublic) await bumpPublicRevision(tx);
    await recordAudit(tx, {
      actor: auditActor(staff),
      action: "document.file.remove",
      entityType: "Document",
      entityId: document.id,
      before: fileSnapshot(current),
    });
    return { documentId: document.id, currentFileId: null, affectsPublic };
  });
}

/** Makes an earlier version (or a removed file) the current file of its language again. */
export async function revertDocumentFile(db: Db, actor: StaffActor | null, input: unknown): Promise<FileMutationResult> {
  const staff = authorise(actor, "documents:edit");
  const values = parseInput(revertDocumentFileSchema, input);
  const wanted = await db.documentFile.findUnique({ where: { id: values.fileId }, select: { documentId: true } });
  if (!wanted) throw new NotFoundError("This file version no longer exists.");
  return db.$transaction(async (tx) => {
    const document = await lockDocument(tx, wanted.documentId);
    const target = await tx.documentFile.findUnique({ where: { id: values.fileId }, select: documentFileSelect });
    if (!target) throw new NotFoundError("This file version no longer exists.");
    // Already current: nothing to do, nothing to audit.
    if (target.isCurrent) return { documentId: document.id, currentFileId: target.id, affectsPublic: false };
    const previous = await tx.documentFile.findFirst({
      where: { documentId: document.id, language: target.language, isCurrent: true },
      select: documentFileSelect,
    });
    // The old current first: the unique index allows one current file per language at any moment.
    if (previous) await tx.documentFile.update({ where: { id: previous.id }, data: { isCurrent: null }, select: { id: true } });
    await tx.documentFile.update({ where: { id: target.id }, data: { isCurrent: true }, select: { id: true } });
    if (!document.languages.includes(target.language)) {
      await tx.document.update({ where: { id: document.id }, data: { languages: { push: target.language } }, select: { id: true } });
    }
    const affectsPublic = isPublic(document.status);
    if (affectsPublic) await bumpPublicRevision(tx);
    await recordAudit(tx, {
      actor: auditActor(staff),
      action: "document.file.revert",
      entityType: "Document",
      entityId: document.id,
      before: previous ? fileSnapshot(previous) : null,
      after: fileSnapshot({ ...target, isCurrent: true }),
    });
    return { documentId: document.id, currentFileId: target.id, affectsPublic };
  });
}
