// Secret tokens of the emailed links (confirmation, status page). 32 random bytes (256 bits),
// base64url, 43 characters; only the SHA-256 hex digest is stored, so a database leak gives no
// usable link. A token is checked by looking its digest up through the unique index: there is no
// comparison of secrets in application code to time.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_BYTES = 32;

/** The SHA-256 hex digest stored in place of `token`. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh secret token and the digest to store. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** Whether `value` has the shape of a token (43 base64url characters); anything else is never looked up. */
export function isTokenShaped(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/u.test(value);
}
