// POST /api/admin/documents/{documentId}/files/{language}: one file of a document, streamed.
// Everything that can refuse without the body is checked first (session, permission, origin,
// address, document), so a refused request costs no disk. Then: spool the body to a temp file
// while hashing it → judge the type from the bytes → store it under a server-made key → record it
// (attach-file.ts). Whatever fails, nothing is left behind: the temp file is always removed, and a
// stored object whose row was not written is deleted.
import "server-only";
import { createReadStream } from "node:fs";
import path from "node:path";
import { requireStaff } from "@/lib/auth/session";
import { revalidatePublicPages } from "@/lib/cache/public";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { logger } from "@/lib/logger";
import { fileStore, newDocumentFileKey } from "@/lib/storage";
import { sanitizeDisplayName } from "@/lib/uploads/file-name";
import { inspectUpload } from "@/lib/uploads/inspect";
import { spoolUpload, type SpooledUpload } from "@/lib/uploads/multipart";
import { attachDocumentFile } from "./attach-file";
import { errorJson } from "./route-errors";
import { documentFileRefSchema } from "./schemas";

export const UPLOAD_FAILED_MESSAGE = "The upload failed. Try again.";

/** Where bodies are spooled: beside the data, so the final copy into the disk store stays on one volume. */
export function uploadTempDir(): string {
  return path.resolve(env().DATA_DIR ?? "./data", "tmp", "uploads");
}

export async function receiveDocumentUpload(request: Request, params: { documentId: string; language: string }): Promise<Response> {
  let spooled: SpooledUpload | null = null;
  let orphanKey: string | null = null;
  try {
    const session = await requireStaff("documents:edit");
    assertSameOrigin(request, env().PUBLIC_URL);
    const ref = documentFileRefSchema.safeParse(params);
    if (!ref.success) throw new NotFoundError("There is no such document language to upload to.");
    const document = await db.document.findUnique({ where: { id: ref.data.documentId }, select: { id: true } });
    if (!document) throw new NotFoundError("This document no longer exists.");

    spooled = await spoolUpload(request, { maxBytes: env().UPLOAD_MAX_BYTES, tempDir: uploadTempDir() });
    const inspected = await inspectUpload(spooled.tempPath, spooled.clientName);
    const key = newDocumentFileKey(document.id, ref.data.language);
    orphanKey = key;
    await fileStore().put(key, createReadStream(spooled.tempPath), { contentType: inspected.contentType, size: spooled.size });
    const { file, affectsPublic } = await attachDocumentFile(db, session, {
      documentId: document.id,
      language: ref.data.language,
      storageKey: key,
      originalName: sanitizeDisplayName(spooled.clientName, inspected.extension),
      contentType: inspected.contentType,
      sizeBytes: spooled.size,
      sha256: spooled.sha256,
    });
    // From here on the row owns the object.
    orphanKey = null;
    if (affectsPublic) revalidatePublicPages();
    return Response.json({ ok: true, file }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorJson(error, "document-upload", UPLOAD_FAILED_MESSAGE);
  } finally {
    await cleanUp(spooled, orphanKey);
  }
}

async function cleanUp(spooled: SpooledUpload | null, orphanKey: string | null): Promise<void> {
  if (orphanKey !== null) {
    // A put that failed half way leaves nothing (FileStore's contract); this is for a complete
    // object whose row could not be written (document deleted meanwhile, database down).
    await fileStore()
      .delete(orphanKey)
      .catch((error: unknown) => logger.error("Orphaned upload not removed", { key: orphanKey, error }));
  }
  await spooled?.cleanup().catch((error: unknown) => logger.error("Upload temp file not removed", { error }));
}
