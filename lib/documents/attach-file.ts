// Records an uploaded file as the new current version of one language of a document. The bytes
// are already in the file store (the upload route put them there); this is the database half,
// in one transaction that locks the document row, so concurrent uploads of the same language
// get distinct version numbers and end with exactly one current file.
import { z } from "zod";
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { parseInput } from "@/lib/validation/parse";
import { documentFileRefSchema, fromStoredLanguage, toStoredLanguage } from "./schemas";
import { auditActor, documentFileSelect, type DocumentFileRow, fileSnapshot, isPublic, lockDocument } from "./snapshot";

const attachInputSchema = documentFileRefSchema.extend({
  storageKey: z.string().min(1).max(500),
  originalName: z.string().trim().min(1).max(255),
  contentType: z.string().min(1).max(200),
  sizeBytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AttachDocumentFileInput = z.input<typeof attachInputSchema>;

/** A file as the upload route answers it: plain JSON values. */
export interface AttachedFile {
  id: string;
  documentId: string;
  language: ReturnType<typeof fromStoredLanguage>;
  version: number;
  originalName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export function attachedFile(file: DocumentFileRow): AttachedFile {
  return {
    id: file.id,
    documentId: file.documentId,
    language: fromStoredLanguage(file.language),
    version: file.version,
    originalName: file.originalName,
    contentType: file.contentType,
    sizeBytes: Number(file.sizeBytes),
    sha256: file.sha256,
  };
}

export async function attachDocumentFile(db: Db, actor: StaffActor | null, input: unknown): Promise<{ file: AttachedFile; affectsPublic: boolean }> {
  const staff = authorise(actor, "documents:edit");
  const values = parseInput(attachInputSchema, input);
  const language = toStoredLanguage(values.language);
  return db.$transaction(async (tx) => {
    const document = await lockDocument(tx, values.documentId);
    const [last, previous] = await Promise.all([
      tx.documentFile.aggregate({ where: { documentId: document.id, language }, _max: { version: true } }),
      tx.documentFile.findFirst({ where: { documentId: document.id, language, isCurrent: true }, select: documentFileSelect }),
    ]);
    // The old current first: the unique index allows one current file per language at any moment.
    if (previous) await tx.documentFile.update({ where: { id: previous.id }, data: { isCurrent: null }, select: { id: true } });
    const created = await tx.documentFile.create({
      data: {
        documentId: document.id,
        language,
        version: (last._max.version ?? 0) + 1,
        isCurrent: true,
        storageKey: values.storageKey,
        originalName: values.originalName,
        contentType: values.contentType,
        sizeBytes: BigInt(values.sizeBytes),
        sha256: values.sha256,
        uploadedById: staff.userId,
        textStatus: "PENDING",
      },
      select: documentFileSelect,
    });
    // Uploading a language announces it; not a form edit, so the document's version stays.
    if (!document.languages.includes(language)) {
      await tx.document.update({ where: { id: document.id }, data: { languages: { push: language } }, select: { id: true } });
    }
    const affectsPublic = isPublic(document.status);
    if (affectsPublic) await bumpPublicRevision(tx);
    await recordAudit(tx, {
      actor: auditActor(staff),
      action: previous ? "document.file.replace" : "document.file.upload",
      entityType: "Document",
      entityId: document.id,
      before: previous ? fileSnapshot(previous) : null,
      after: fileSnapshot(created, { uploadedBy: staff.email }),
    });
    return { file: attachedFile(created), affectsPublic };
  });
}
