// Staff changes to documents: the domain core behind lib/documents/actions.ts. Each function takes
// the acting staff member (or null) and checks the permission itself, so the rule holds however
// it is called; the "use server" wrappers add the session lookup and the page-cache refresh.
// File changes (upload, remove, revert) live in attach-file.ts and file-mutations.ts.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { ConflictError, isUniqueViolation, ValidationError } from "@/lib/errors";
import { asTranslatable } from "@/lib/i18n/translatable";
import { logger } from "@/lib/logger";
import { fileStore } from "@/lib/storage";
import { parseInput } from "@/lib/validation/parse";
import {
  type DocumentParent,
  documentFormSchema,
  documentVersionSchema,
  fromStoredLanguage,
  LANGUAGE_NAMES,
  newDocumentSchema,
  reorderDocumentsSchema,
  toStoredLanguage,
} from "./schemas";
import { auditActor, type DocumentRow, documentRowSelect, documentSnapshot, isPublic, loadForChange, lockDocument, lockParent, type Tx, writeIfCurrent } from "./snapshot";

export { STALE_DOCUMENT_MESSAGE } from "./snapshot";

export interface DocumentMutationResult {
  id: string;
  version: number;
  /** Whether the change shows on public pages (the action then refreshes them). */
  affectsPublic: boolean;
}

export const SYMBOL_TAKEN_MESSAGE = "Another document already has this symbol.";

const symbolTaken = () => new ValidationError("Some fields need attention.", { symbol: [SYMBOL_TAKEN_MESSAGE] });

async function assertSymbolFree(tx: Tx, symbol: string | null, exceptId?: string): Promise<void> {
  if (symbol === null) return;
  const taken = await tx.document.findFirst({ where: { symbol: { equals: symbol, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw symbolTaken();
}

/** A unique-constraint race on the symbol (two saves at once) reads as the same field error. */
function rethrowSymbolRace(error: unknown): never {
  if (isUniqueViolation(error)) throw symbolTaken();
  throw error;
}

const issuedOnDate = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00Z`));

const parentWhere = (parent: DocumentParent) => ("meetingId" in parent ? { meetingId: parent.meetingId } : { eventId: parent.eventId });

/** Creates a draft document at the end of its meeting's or event's list. */
export async function createDocument(db: Db, actor: StaffActor | null, input: unknown): Promise<DocumentMutationResult> {
  const staff = authorise(actor, "documents:edit");
  const values = parseInput(newDocumentSchema, input);
  return db
    .$transaction(async (tx) => {
      await lockParent(tx, values.parent);
      await assertSymbolFree(tx, values.symbol);
      const last = await tx.document.aggregate({ where: parentWhere(values.parent), _max: { position: true } });
      const created = await tx.document.create({
        data: {
          ...parentWhere(values.parent),
          kind: values.kind,
          symbol: values.symbol,
          title: values.title,
          languages: values.languages.map(toStoredLanguage),
          issuedOn: issuedOnDate(values.issuedOn),
          isPrincipal: values.isPrincipal,
          position: (last._max.position ?? 0) + 1,
          status: "DRAFT",
        },
        select: documentRowSelect,
      });
      await recordAudit(tx, { actor: auditActor(staff), action: "document.create", entityType: "Document", entityId: created.id, after: documentSnapshot(created) });
      return { id: created.id, version: created.version, affectsPublic: false };
    })
    .catch(rethrowSymbolRace);
}

/**
 * Saves the edit form. A language that has a current file cannot be dropped from the languages
 * issued: the public page would then hide a file it serves. Remove the file first.
 */
export async function updateDocument(db: Db, actor: StaffActor | null, input: unknown): Promise<DocumentMutationResult> {
  const staff = authorise(actor, "documents:edit");
  const values = parseInput(documentFormSchema, input);
  return db
    .$transaction(async (tx) => {
      const current = await loadForChange(tx, values.id, values.version);
      await assertSymbolFree(tx, values.symbol, current.id);
      const withFiles = await tx.documentFile.findMany({ where: { documentId: current.id, isCurrent: true }, select: { language: true } });
      const dropped = withFiles.map((file) => fromStoredLanguage(file.language)).filter((language) => !values.languages.includes(language));
      if (dropped.length > 0) {
        const names = dropped.map((language) => LANGUAGE_NAMES[language]).join(", ");
        throw new ValidationError("Some fields need attention.", { languages: [`Keep ${names}: it has a current file. Remove the file first to drop the language.`] });
      }
      const updated = await writeIfCurrent(tx, values.id, values.version, {
        kind: values.kind,
        symbol: values.symbol,
        title: values.title,
        languages: values.languages.map(toStoredLanguage),
        issuedOn: issuedOnDate(values.issuedOn),
        isPrincipal: values.isPrincipal,
      });
      const affectsPublic = isPublic(current.status);
      if (affectsPublic) await bumpPublicRevision(tx);
      await recordAudit(tx, {
        actor: auditActor(staff),
        action: "document.update",
        entityType: "Document",
        entityId: updated.id,
        before: documentSnapshot(current),
        after: documentSnapshot(updated),
      });
      return { id: updated.id, version: updated.version, affectsPublic };
    })
    .catch(rethrowSymbolRace);
}

async function changeStatus(db: Db, staff: StaffActor, input: unknown, action: string, next: (current: DocumentRow) => "PUBLISHED" | "DRAFT" | null) {
  const values = parseInput(documentVersionSchema, input);
  return db.$transaction(async (tx): Promise<DocumentMutationResult> => {
    const current = await loadForChange(tx, values.id, values.version);
    const status = next(current);
    // Already in the wanted state: nothing to do, nothing to audit.
    if (status === null) return { id: current.id, version: current.version, affectsPublic: false };
    const updated = await writeIfCurrent(tx, values.id, values.version, {
      status,
      ...(status === "PUBLISHED" ? { publishedAt: current.publishedAt ?? new Date() } : {}),
    });
    await bumpPublicRevision(tx);
    await recordAudit(tx, { actor: auditActor(staff), action, entityType: "Document", entityId: updated.id, before: documentSnapshot(current), after: documentSnapshot(updated) });
    return { id: updated.id, version: updated.version, affectsPublic: true };
  });
}

/** Publishes a draft (or a cancelled document): it shows wherever its parents are public. */
export async function publishDocument(db: Db, actor: StaffActor | null, input: unknown): Promise<DocumentMutationResult> {
  const staff = authorise(actor, "documents:publish");
  return changeStatus(db, staff, input, "document.publish", (current) => (current.status === "PUBLISHED" ? null : "PUBLISHED"));
}

/** Takes a document off the public site, back to draft (its files stay, unreachable by the public). */
export async function unpublishDocument(db: Db, actor: StaffActor | null, input: unknown): Promise<DocumentMutationResult> {
  const staff = authorise(actor, "documents:publish");
  return changeStatus(db, staff, input, "document.unpublish", (current) => (current.status === "DRAFT" ? null : "DRAFT"));
}

/** Removes stored objects after their rows are gone; a failure leaves an orphan, never a broken row. */
async function removeStoredObjects(keys: readonly string[], reason: string): Promise<void> {
  const store = fileStore();
  for (const key of keys) {
    try {
      await store.delete(key);
    } catch (error) {
      logger.error("Stored object not removed", { reason, key, error });
    }
  }
}

/** Deletes a draft with all its files. Published documents are unpublished, never deleted. */
export async function deleteDocument(db: Db, actor: StaffActor | null, input: unknown): Promise<{ id: string }> {
  const staff = authorise(actor, "documents:edit");
  const values = parseInput(documentVersionSchema, input);
  const { id, storageKeys } = await db.$transaction(async (tx) => {
    // Locked first, so an upload committing meanwhile cannot add a file this list would miss.
    await lockDocument(tx, values.id);
    const current = await loadForChange(tx, values.id, values.version);
    if (current.status !== "DRAFT") throw new ConflictError("Only drafts can be deleted. Unpublish this document first if it must go.");
    const files = await tx.documentFile.findMany({ where: { documentId: current.id }, select: { storageKey: true } });
    const { count } = await tx.document.deleteMany({ where: { id: current.id, version: values.version } });
    if (count === 0) throw new ConflictError("Someone else changed this document after you opened it. Reload the page and try again.");
    await recordAudit(tx, {
      actor: auditActor(staff),
      action: "document.delete",
      entityType: "Document",
      entityId: current.id,
      before: { ...documentSnapshot(current), files: files.length },
    });
    return { id: current.id, storageKeys: files.map((file) => file.storageKey) };
  });
  // Only after the commit: a rolled-back delete must still find its files.
  await removeStoredObjects(storageKeys, "document.delete");
  return { id };
}

/**
 * Rewrites the order of a meeting's or event's documents. The ids must be exactly that parent's
 * documents: a list that no longer matches (someone added or deleted one) is refused whole.
 */
export async function reorderDocuments(db: Db, actor: StaffActor | null, input: unknown): Promise<{ affectsPublic: boolean }> {
  const staff = authorise(actor, "documents:edit");
  const values = parseInput(reorderDocumentsSchema, input);
  return db.$transaction(async (tx) => {
    await lockParent(tx, values.parent);
    const documents = await tx.document.findMany({
      where: parentWhere(values.parent),
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, title: true, status: true },
    });
    const known = new Set(documents.map((document) => document.id));
    if (documents.length !== values.orderedIds.length || !values.orderedIds.every((id) => known.has(id))) {
      throw new ConflictError("The list of documents changed since you opened the page. Reload it and order them again.");
    }
    for (const [index, id] of values.orderedIds.entries()) {
      await tx.document.update({ where: { id }, data: { position: index + 1 }, select: { id: true } });
    }
    const titleOf = new Map(documents.map((document) => [document.id, document.title]));
    const affectsPublic = documents.some((document) => isPublic(document.status));
    if (affectsPublic) await bumpPublicRevision(tx);
    const [entityType, entityId] = "meetingId" in values.parent ? ["Meeting", values.parent.meetingId] : ["Event", values.parent.eventId];
    await recordAudit(tx, {
      actor: auditActor(staff),
      action: "document.reorder",
      entityType,
      entityId,
      before: { documents: documents.map((document) => asTranslatable(document.title)) },
      after: { documents: values.orderedIds.map((id) => asTranslatable(titleOf.get(id))) },
    });
    return { affectsPublic };
  });
}
