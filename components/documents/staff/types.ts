// Shared by the staff document pages (server) and their client components; no "use client", so
// the constants stay real values on both sides. What the page hands the client components is
// plain and serialisable (sizes as numbers, instants as ISO strings).
import type { BadgeTone } from "@/components/ui";
import type { DocumentStatusValue } from "@/lib/documents/list-params";
import type { UnLanguage } from "@/lib/i18n/languages";

/** Status badges of documents (shared by server pages and client lists, so not in a client module). */
export const DOCUMENT_STATUS: Record<DocumentStatusValue, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: "Draft", tone: "warning" },
  PUBLISHED: { label: "Published", tone: "success" },
  CANCELLED: { label: "Withdrawn", tone: "danger" },
};

export interface StaffFileVersion {
  id: string;
  version: number;
  originalName: string;
  contentType: string;
  sizeBytes: number;
  /** The uploader's name, or null when the account was deleted. */
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface StaffLanguageFiles {
  language: UnLanguage;
  /** Listed in the document's "languages issued". */
  issued: boolean;
  current: StaffFileVersion | null;
  /** Earlier versions, newest first (the current one excluded). */
  history: StaffFileVersion[];
}

/** The staff download of any version (content:read). */
export function staffDownloadHref(fileId: string): string {
  return `/api/admin/document-files/${encodeURIComponent(fileId)}`;
}

/** "2026-11-22 09:14 UTC", like the audit history. */
export function formatInstant(at: string): string {
  return `${at.slice(0, 16).replace("T", " ")} UTC`;
}
