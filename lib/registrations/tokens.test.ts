import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { secretTokenSchema } from "@/lib/registrations/schemas";
import { hashToken, isTokenShaped, newSecretToken } from "@/lib/registrations/tokens";

describe("secret tokens", () => {
  it("are 32 random bytes in base64url (43 characters) that the link schema accepts", () => {
    const { token } = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(secretTokenSchema.safeParse(token).success).toBe(true);
    expect(isTokenShaped(token)).toBe(true);
  });

  it("are stored only as their SHA-256 hex digest", () => {
    const { token, hash } = newSecretToken();
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).toMatch(/^[0-9a-f]{64}$/u);
    expect(hash).not.toContain(token);
    expect(hashToken(token)).toBe(hash);
  });

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newSecretToken().token));
    expect(tokens.size).toBe(1000);
  });

  it("refuse anything not shaped like a token", () => {
    for (const value of ["", "short", "a".repeat(42), "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, null, 42]) expect(isTokenShaped(value)).toBe(false);
  });
});
