// What the staff document page hands its client components: plain, serialisable values (sizes as
// numbers, instants as ISO strings), whatever shape the server query has.
import type { UnLanguage } from "@/lib/i18n/languages";

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
