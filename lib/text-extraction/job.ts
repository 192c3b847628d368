// The text-extraction job: fills DocumentFile.textContent from PDF and Word files for the public
// search, in the background, one file at a time, so an upload never waits for it.
//
// Exactly one extractor per file at a time, with any number of web instances: a file is claimed
// by one UPDATE over a row locked FOR UPDATE SKIP LOCKED (see lib/publishing/scheduler.ts), which
// stamps text_claimed_at and counts the attempt. The result is written only while that claim is
// still ours (same text_claimed_at), so a worker that outlived its claim cannot overwrite a newer
// one. A claim older than twice the time limit belongs to a dead process and is taken again.
// A failed attempt keeps its claim stamp, which doubles as the back-off before the next attempt;
// the last allowed attempt ends FAILED.
//
// Every version is extracted, not only current ones: a revert makes an old version current again,
// and its text is then already there. Current files go first.
// No "server-only" marker: integration tests race two of these against a real database.
import type { Db } from "@/lib/database/client";
import { DEFAULT_LIMITS, ExtractionAbortedError, extractionKind, extractText, sizeInMb, type ExtractionLimits, type ExtractionOutcome } from "@/lib/text-extraction/extract";
import type { FileStore } from "@/lib/storage/types";
import { StoredObjectNotFoundError } from "@/lib/storage/types";

export const ONLY_PDF_AND_WORD = "Text is extracted from PDF and Word files only.";

export interface TextExtractionOptions extends Partial<ExtractionLimits> {
  /** At most this many files per call (each claimed just before it is extracted). */
  maxFiles?: number;
  /** Attempts per file; the last failed one ends FAILED. */
  maxAttempts?: number;
  /** A claim older than this is abandoned; by default twice the time limit. */
  staleClaimMs?: number;
  /** Aborting kills a running extraction and hands its file back untouched (shutdown). */
  signal?: AbortSignal;
  /** For tests only: another worker script. */
  workerPath?: string;
}

export interface ExtractedFile {
  id: string;
  /** PENDING when the attempt failed and another will follow. */
  status: "DONE" | "SKIPPED" | "FAILED" | "PENDING";
  attempt: number;
}

interface ClaimedFile {
  id: string;
  storageKey: string;
  contentType: string;
  sizeBytes: bigint;
  attempts: number;
  claimedAt: Date;
}

async function claimNext(db: Db, maxAttempts: number, staleClaimMs: number): Promise<ClaimedFile | undefined> {
  const rows = await db.$queryRaw<ClaimedFile[]>`
    WITH next AS (
      SELECT id FROM document_files
      WHERE text_status = 'PENDING' AND text_attempts < ${maxAttempts}
        AND (text_claimed_at IS NULL OR text_claimed_at < now() - make_interval(secs => ${staleClaimMs / 1000}))
      ORDER BY is_current NULLS LAST, created_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    UPDATE document_files AS f
    SET text_claimed_at = now(), text_attempts = f.text_attempts + 1
    FROM next
    WHERE f.id = next.id
    RETURNING f.id, f.storage_key AS "storageKey", f.content_type AS "contentType", f.size_bytes AS "sizeBytes",
              f.text_attempts AS "attempts", f.text_claimed_at AS "claimedAt"`;
  return rows[0];
}

async function outcomeFor(file: ClaimedFile, store: FileStore, limits: ExtractionLimits, options: TextExtractionOptions): Promise<ExtractionOutcome> {
  const kind = extractionKind(file.contentType);
  if (!kind) return { status: "SKIPPED", note: ONLY_PDF_AND_WORD };
  if (file.sizeBytes > BigInt(limits.maxInputBytes)) {
    return { status: "SKIPPED", note: `Larger than ${sizeInMb(limits.maxInputBytes)}: text is not extracted.` };
  }
  let input;
  try {
    input = await store.get(file.storageKey);
  } catch (error) {
    return { status: "FAILED", note: error instanceof StoredObjectNotFoundError ? "The stored file is missing." : "The stored file could not be read." };
  }
  return extractText(input, kind, limits, { signal: options.signal, workerPath: options.workerPath });
}

/** Writes the outcome if the claim is still ours; returns the status the file ended with. */
async function record(db: Db, file: ClaimedFile, outcome: ExtractionOutcome, maxAttempts: number): Promise<ExtractedFile["status"]> {
  const claim = { id: file.id, textStatus: "PENDING" as const, textClaimedAt: file.claimedAt };
  if (outcome.status === "FAILED" && file.attempts < maxAttempts) {
    // The claim stamp stays: the file is tried again once it is stale.
    const note = `${outcome.note} Attempt ${file.attempts} of ${maxAttempts}; it will be tried again.`;
    await db.documentFile.updateMany({ where: claim, data: { textNote: note } });
    return "PENDING";
  }
  const text = outcome.status === "DONE" ? outcome.text : null;
  await db.documentFile.updateMany({
    where: claim,
    data: { textStatus: outcome.status, textContent: text, textNote: outcome.note, textClaimedAt: null },
  });
  return outcome.status;
}

/** Hands a file back as if it had not been claimed (the process is stopping, not the file failing). */
async function release(db: Db, file: ClaimedFile): Promise<void> {
  await db.documentFile.updateMany({
    where: { id: file.id, textStatus: "PENDING", textClaimedAt: file.claimedAt },
    data: { textClaimedAt: null, textAttempts: { decrement: 1 } },
  });
}

/** Extracts the text of up to `maxFiles` pending files, one after another; returns what it did. */
export async function extractPendingTexts(db: Db, store: FileStore, options: TextExtractionOptions = {}): Promise<ExtractedFile[]> {
  const limits: ExtractionLimits = {
    timeLimitMs: options.timeLimitMs ?? DEFAULT_LIMITS.timeLimitMs,
    maxInputBytes: options.maxInputBytes ?? DEFAULT_LIMITS.maxInputBytes,
    maxTextChars: options.maxTextChars ?? DEFAULT_LIMITS.maxTextChars,
    memoryLimitMb: options.memoryLimitMb ?? DEFAULT_LIMITS.memoryLimitMb,
    maxResidentMb: options.maxResidentMb ?? DEFAULT_LIMITS.maxResidentMb,
  };
  const maxAttempts = options.maxAttempts ?? 3;
  const staleClaimMs = options.staleClaimMs ?? limits.timeLimitMs * 2;
  const done: ExtractedFile[] = [];
  for (let count = 0; count < (options.maxFiles ?? 5) && !options.signal?.aborted; count += 1) {
    const file = await claimNext(db, maxAttempts, staleClaimMs);
    if (!file) break;
    let outcome: ExtractionOutcome;
    try {
      outcome = await outcomeFor(file, store, limits, options);
    } catch (error) {
      if (error instanceof ExtractionAbortedError) {
        await release(db, file);
        break;
      }
      throw error;
    }
    done.push({ id: file.id, status: await record(db, file, outcome, maxAttempts), attempt: file.attempts });
  }
  return done;
}
