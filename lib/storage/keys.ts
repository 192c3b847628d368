// Storage keys are generated here, on the server, and never derived from a client's file name:
// a random UUID per stored file means a new version never overwrites an old one and nothing a
// user types can steer where bytes land. The same keys work on disk (as relative paths under
// DATA_DIR/files) and on S3 (as object names), so the grammar is the narrow intersection of both.
import { randomUUID } from "node:crypto";
import { isUnLanguage, type UnLanguage } from "@/lib/i18n/languages";

/** S3 allows 1024 bytes per key including our prefix; file systems allow 255 per segment. */
const MAX_KEY_LENGTH = 512;
const SEGMENT = "[a-z0-9][a-z0-9_-]{0,127}";
// No dots at all, so neither `..` nor the disk store's `.partial` folder can be named, and no
// leading or doubled slash, so a key is always relative and has no empty segment.
const KEY_PATTERN = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`);

export function isValidStorageKey(key: unknown): key is string {
  return typeof key === "string" && key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key);
}

/** Throws when `key` is not one this module could have generated (a programming error, not user input). */
export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new InvalidStorageKeyError();
}

export class InvalidStorageKeyError extends Error {
  constructor() {
    // The key itself is left out: it may come from somewhere untrusted.
    super("Invalid storage key");
    this.name = "InvalidStorageKeyError";
  }
}

/**
 * A fresh key for one uploaded file of a document, e.g.
 * `documents/<documentId>/fr/5f0c…-…`. Accepts the language as stored by Prisma (`FR`) or as
 * used in URLs (`fr`).
 */
export function newDocumentFileKey(documentId: string, language: UnLanguage | Uppercase<UnLanguage>): string {
  const lang = language.toLowerCase();
  if (!isUnLanguage(lang)) throw new InvalidStorageKeyError();
  const key = `documents/${documentId}/${lang}/${randomUUID()}`;
  assertValidStorageKey(key);
  return key;
}
