import { describe, expect, it } from "vitest";
import { DUMMY_PASSWORD_HASH, hashPassword, needsRehash, PASSWORD_MAX_LENGTH, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id, salts every hash and verifies only the right password", async () => {
    const first = await hashPassword("correct horse battery staple");
    const second = await hashPassword("correct horse battery staple");
    expect(first).toMatch(/^\$argon2id\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(first, "correct horse battery stapler")).toBe(false);
  });

  it("refuses malformed hashes and oversized passwords without throwing", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
    const hash = await hashPassword("a".repeat(20));
    expect(await verifyPassword(hash, "a".repeat(PASSWORD_MAX_LENGTH + 1))).toBe(false);
  });

  it("keeps the dummy hash on the current parameters, so unknown emails cost a full verification", async () => {
    expect(DUMMY_PASSWORD_HASH).toMatch(/^\$argon2id\$/);
    expect(needsRehash(DUMMY_PASSWORD_HASH)).toBe(false);
    expect(needsRehash(await hashPassword("another password here"))).toBe(false);
    expect(await verifyPassword(DUMMY_PASSWORD_HASH, "")).toBe(false);
  });
});
