import { ValidationError } from "@/lib/errors";

export type UploadRejectionCode =
  | "too-large"
  | "empty"
  | "no-file"
  | "bad-request"
  | "type-not-allowed"
  | "content-mismatch"
  | "unsafe-archive"
  | "aborted";

const STATUS_BY_CODE: Record<UploadRejectionCode, number> = {
  "too-large": 413,
  "type-not-allowed": 415,
  "content-mismatch": 415,
  "unsafe-archive": 422,
  empty: 400,
  "no-file": 400,
  "bad-request": 400,
  aborted: 400,
};

/**
 * An upload refused for a reason the uploader can act on. It is a ValidationError so the shared
 * error handling shows its message; `status` is the HTTP status the upload route answers with.
 */
export class UploadRejectedError extends ValidationError {
  override readonly status: number;

  constructor(
    readonly code: UploadRejectionCode,
    message: string,
  ) {
    super(message);
    this.name = "UploadRejectedError";
    this.status = STATUS_BY_CODE[code];
  }
}

/**
 * "100 MB", "1.5 GB", "512 KB": a size as a staff member reads it. Binary units (1 MB = 1024 KB)
 * because limits are set that way (UPLOAD_MAX_BYTES defaults to 100 × 1024²) and so do file managers
 * on Windows; decimal units would show that limit as "104.9 MB".
 */
export function formatByteSize(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${rounded} ${units[unit]}`;
}

/** The refusal of a file over the limit, in the same words wherever it is judged (browser or server). */
export function tooLargeMessage(maxBytes: number): string {
  return `The file is larger than the ${formatByteSize(maxBytes)} limit.`;
}
