// Password hashing with argon2id (memory-hard, RFC 9106). No "server-only" marker: the start
// script creates the first administrator with it.
import { argon2id, hash, needsRehash as argonNeedsRehash, verify } from "argon2";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";

/**
 * RFC 9106's second recommended setting (64 MiB, 3 passes, 4 lanes): about 150 ms per hash on
 * the 2-core machines this runs on, which makes offline guessing expensive while keeping
 * sign-in quick. Raising these makes `needsRehash` true for older hashes, which sign-in upgrades.
 */
export const PASSWORD_HASH_OPTIONS = { type: argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 } as const;

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

/**
 * The hash of a random password nobody knows, made with PASSWORD_HASH_OPTIONS. Sign-in verifies
 * against it when the email is unknown, so an unknown email costs the same time as a wrong
 * password and timing does not reveal which staff accounts exist. A unit test keeps its
 * parameters in step with PASSWORD_HASH_OPTIONS.
 */
export const DUMMY_PASSWORD_HASH =
  "$argon2id$v=19$m=65536,p=4,t=3$2FUa+R8DbmjYt483Zd5OFQ$MuXV5fR2p8qSBEnQShlX29ZRzrTSD4vBeYtEpUq9pWI";

export async function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** False for a wrong password and for a malformed stored hash (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when the stored hash was made with weaker parameters than the current ones. */
export function needsRehash(passwordHash: string): boolean {
  const { memoryCost, timeCost, parallelism } = PASSWORD_HASH_OPTIONS;
  try {
    return argonNeedsRehash(passwordHash, { memoryCost, timeCost, parallelism });
  } catch {
    return true;
  }
}
