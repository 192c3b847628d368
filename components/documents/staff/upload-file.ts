// Sends one file to the upload route with XMLHttpRequest, because fetch cannot report upload
// progress (its request-body streams give no acknowledgement of bytes sent). The route answers
// JSON `{ ok: true, file }` or `{ ok: false, error, code }`; anything else (a proxy's HTML error
// page, a cut connection) becomes a plain message, never the raw body.
import type { UnLanguage } from "@/lib/i18n/languages";

export interface UploadedFile {
  id: string;
  language: string;
  version: number;
  originalName: string;
  contentType: string;
  sizeBytes: number | string;
  sha256: string;
}

export type UploadOutcome =
  | { ok: true; file: UploadedFile }
  | { ok: false; error: string; code: string };

export interface UploadHandle {
  result: Promise<UploadOutcome>;
  /** Stops sending; the server then discards what it received (no row, no partial file). */
  abort: () => void;
}

export function uploadUrl(documentId: string, language: UnLanguage): string {
  return `/api/admin/documents/${encodeURIComponent(documentId)}/files/${language}`;
}

function fallbackMessage(status: number): string {
  if (status === 413) return "This file is larger than the upload limit.";
  if (status === 415) return "This type of file is not accepted.";
  if (status === 401) return "Your session has ended. Sign in again, then upload the file again.";
  if (status === 403) return "You are not allowed to upload files to this document.";
  if (status === 404) return "This document no longer exists.";
  return "The upload failed. Try again; if it keeps failing, tell the site administrators.";
}

/** The route's JSON answer, or a plain message for its status when the body is not that JSON. */
export function parseUploadAnswer(status: number, body: string): UploadOutcome {
  try {
    const json = JSON.parse(body) as Partial<{ ok: boolean; file: UploadedFile; error: string; code: string }>;
    if (json.ok === true && json.file) return { ok: true, file: json.file };
    if (json.ok === false && typeof json.error === "string") return { ok: false, error: json.error, code: json.code ?? String(status) };
  } catch {
    // Not JSON: fall through to the message for the status.
  }
  return { ok: false, error: fallbackMessage(status), code: String(status) };
}

export function uploadDocumentFile(
  documentId: string,
  language: UnLanguage,
  file: File,
  onProgress: (loaded: number, total: number) => void,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const result = new Promise<UploadOutcome>((resolve) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    xhr.onload = () => resolve(parseUploadAnswer(xhr.status, xhr.responseText));
    // A server that refuses early (too large, wrong session) may close the connection before the
    // browser finished sending: the browser then reports a network error, not the answer.
    xhr.onerror = () => resolve({ ok: false, error: "The connection was lost during the upload. Check the file's size and your network, then try again.", code: "network" });
    xhr.onabort = () => resolve({ ok: false, error: "Upload cancelled.", code: "aborted" });
    xhr.ontimeout = xhr.onerror;
  });
  const body = new FormData();
  body.append("file", file, file.name);
  xhr.open("POST", uploadUrl(documentId, language));
  xhr.setRequestHeader("Accept", "application/json");
  xhr.send(body);
  return { result, abort: () => xhr.abort() };
}
