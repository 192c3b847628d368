// The two ways a stored document file leaves the portal: the public, stable address of a
// document's language (always its current file, only while the document is public) and the staff
// download of any version. The routes only pass their request and params here.
import "server-only";
import { requireStaff } from "@/lib/auth/session";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { publicDocumentWhere } from "@/lib/documents/queries";
import { recordIdSchema } from "@/lib/validation/common";
import { fileResponse } from "@/lib/http/file-response";
import { logger } from "@/lib/logger";
import { fileStore, StoredObjectNotFoundError } from "@/lib/storage";
import { documentFileRefSchema, toStoredLanguage } from "./schemas";
import { errorJson } from "./route-errors";

const servedSelect = { storageKey: true, originalName: true, contentType: true, sizeBytes: true, sha256: true } as const;

type ServedFile = { storageKey: string; originalName: string; contentType: string; sizeBytes: bigint; sha256: string };

/** The current file of a publicly visible document in `language`; null for anything else. */
export async function findPublicDocumentFile(client: Db, documentId: string, language: string): Promise<ServedFile | null> {
  const ref = documentFileRefSchema.safeParse({ documentId, language });
  if (!ref.success) return null;
  return client.documentFile.findFirst({
    where: { documentId: ref.data.documentId, language: toStoredLanguage(ref.data.language), isCurrent: true, document: publicDocumentWhere },
    select: servedSelect,
  });
}

const notFound = () => new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * GET/HEAD /files/{documentId}/{language}. Never another language instead: a language without a
 * file is a 404, and the public page lists it as not available. PDFs open in the browser's
 * viewer (inline); Office files are offered as downloads.
 */
export async function servePublicDocumentFile(request: Request, params: { documentId: string; language: string }): Promise<Response> {
  const file = await findPublicDocumentFile(db, params.documentId, params.language);
  if (!file) return notFound();
  try {
    return await fileResponse(request, {
      store: fileStore(),
      key: file.storageKey,
      size: Number(file.sizeBytes),
      contentType: file.contentType,
      sha256: file.sha256,
      downloadName: file.originalName,
      // Revalidated on every use: the address stays, the file behind it may be replaced at any time.
      cacheControl: "public, max-age=0, must-revalidate",
      disposition: file.contentType === "application/pdf" ? "inline" : "attachment",
      // No Last-Modified: reverting makes an older file current again, so dates would go
      // backwards and If-Modified-Since could keep the replaced bytes; the ETag has no such flaw.
    });
  } catch (error) {
    // A row whose object is gone (lost volume, manual deletion): the visitor gets a 404, staff a log line.
    if (error instanceof StoredObjectNotFoundError) {
      logger.error("Stored object missing", { route: "public-download", key: file.storageKey });
      return notFound();
    }
    throw error;
  }
}

/**
 * A file for staff who may read content: never cached, always an attachment. `find` runs only
 * after the session check, so an anonymous caller learns nothing about what exists.
 */
async function serveToStaff(request: Request, find: () => Promise<ServedFile | null>, missing: string): Promise<Response> {
  try {
    await requireStaff("content:read");
    const file = await find();
    if (!file) return Response.json({ ok: false, error: missing, code: "not-found" }, { status: 404 });
    return await fileResponse(request, {
      store: fileStore(),
      key: file.storageKey,
      size: Number(file.sizeBytes),
      contentType: file.contentType,
      sha256: file.sha256,
      downloadName: file.originalName,
      cacheControl: "private, no-store",
      disposition: "attachment",
    });
  } catch (error) {
    return errorJson(error, "staff-download", "The download failed. Try again.");
  }
}

/**
 * GET/HEAD /api/admin/documents/{documentId}/files/{language}: the current file of any document,
 * whatever its status (the staff preview of a draft links here).
 */
export function serveStaffCurrentDocumentFile(request: Request, params: { documentId: string; language: string }): Promise<Response> {
  const ref = documentFileRefSchema.safeParse(params);
  return serveToStaff(
    request,
    async () =>
      ref.success
        ? db.documentFile.findFirst({
            where: { documentId: ref.data.documentId, language: toStoredLanguage(ref.data.language), isCurrent: true },
            select: servedSelect,
          })
        : null,
    "This document has no file in that language.",
  );
}

/** GET/HEAD /api/admin/document-files/{fileId}: any version, for staff who may read content. */
export function serveStaffDocumentFile(request: Request, params: { fileId: string }): Promise<Response> {
  const id = recordIdSchema.safeParse(params.fileId);
  return serveToStaff(
    request,
    async () => (id.success ? db.documentFile.findUnique({ where: { id: id.data }, select: servedSelect }) : null),
    "This file version does not exist.",
  );
}
