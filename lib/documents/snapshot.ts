// What the document mutations read, audit and guard: the row shapes, the readable audit
// snapshots, the row lock that serialises changes to one document's files, and the
// optimistic-locking steps of the edit form (the same compare-and-set as meetings).
// No "server-only" marker so that integration tests drive the cores against a real database.
import { snapshotInstant } from "@/lib/audit/snapshot-values";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { asTranslatable } from "@/lib/i18n/translatable";
import { fromStoredLanguage } from "./schemas";

export { auditActor } from "@/lib/meetings/snapshot";

export const STALE_DOCUMENT_MESSAGE =
  "Someone else saved this document after you opened it, so your changes were not saved. Your changes are still in the form: compare them with what changed, then reload to start from the current version.";

export type Tx = Prisma.TransactionClient;

export const documentRowSelect = {
  id: true,
  kind: true,
  symbol: true,
  title: true,
  languages: true,
  issuedOn: true,
  isPrincipal: true,
  eventId: true,
  meetingId: true,
  position: true,
  status: true,
  publishedAt: true,
  version: true,
} satisfies Prisma.DocumentSelect;

export type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof documentRowSelect }>;

/** The audited view of a document: plain keys, language codes, the issue date as a day. */
export function documentSnapshot(document: DocumentRow) {
  return {
    title: asTranslatable(document.title),
    kind: document.kind,
    symbol: document.symbol,
    status: document.status,
    languages: document.languages.map(fromStoredLanguage),
    issuedOn: document.issuedOn?.toISOString().slice(0, 10) ?? null,
    isPrincipal: document.isPrincipal,
    publishedAt: snapshotInstant(document.publishedAt),
    version: document.version,
  };
}

export const documentFileSelect = {
  id: true,
  documentId: true,
  language: true,
  version: true,
  isCurrent: true,
  storageKey: true,
  originalName: true,
  contentType: true,
  sizeBytes: true,
  sha256: true,
} satisfies Prisma.DocumentFileSelect;

export type DocumentFileRow = Prisma.DocumentFileGetPayload<{ select: typeof documentFileSelect }>;

/**
 * The audited view of one file (never its contents). The file's version is `fileVersion`: a
 * top-level `version` in a Document entry is the document's own lock counter, which the "what
 * changed since" lookup compares and the Activity page hides.
 */
export function fileSnapshot(file: DocumentFileRow, extra: Record<string, string> = {}) {
  return {
    language: fromStoredLanguage(file.language),
    fileVersion: file.version,
    originalName: file.originalName,
    contentType: file.contentType,
    sizeBytes: Number(file.sizeBytes),
    sha256: file.sha256,
    ...extra,
  };
}

/** Whether public pages may show this document (so a change to it must refresh them). */
export const isPublic = (status: DocumentRow["status"]) => status !== "DRAFT";

/**
 * Locks the document's row until the transaction ends, so that uploads, removals and reverts of
 * its files run one after another (version numbers stay distinct, one current file per language).
 */
export async function lockDocument(tx: Tx, id: string): Promise<DocumentRow> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM documents WHERE id = ${id} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError("This document no longer exists.");
  return tx.document.findUniqueOrThrow({ where: { id }, select: documentRowSelect });
}

/** The document as stored now, refusing a stale version before any work is done. */
export async function loadForChange(tx: Tx, id: string, version: number): Promise<DocumentRow> {
  const current = await tx.document.findUnique({ where: { id }, select: documentRowSelect });
  if (!current) throw new NotFoundError("This document no longer exists.");
  if (current.version !== version) throw new ConflictError(STALE_DOCUMENT_MESSAGE);
  return current;
}

/** Compare-and-set on (id, version): the write happens only if nobody saved in between. */
export async function writeIfCurrent(tx: Tx, id: string, version: number, data: Prisma.DocumentUpdateManyMutationInput): Promise<DocumentRow> {
  const { count } = await tx.document.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(STALE_DOCUMENT_MESSAGE);
  return tx.document.findUniqueOrThrow({ where: { id }, select: documentRowSelect });
}

/** Locks the meeting or event a document list belongs to, so its positions change one writer at a time. */
export async function lockParent(tx: Tx, parent: { meetingId: string } | { eventId: string }): Promise<void> {
  const locked =
    "meetingId" in parent
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM meetings WHERE id = ${parent.meetingId} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM events WHERE id = ${parent.eventId} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError("meetingId" in parent ? "This meeting no longer exists." : "This event no longer exists.");
}
