import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInSchema } from "./schemas";

describe("signInSchema", () => {
  it("normalises the email and keeps the password exactly as typed", () => {
    expect(signInSchema.parse({ email: "  Staff@UN.org ", password: " pass word " })).toEqual({
      email: "staff@un.org",
      password: " pass word ",
    });
  });

  it("explains what is missing, on each field", () => {
    const result = signInSchema.safeParse({ email: "not-an-email", password: "" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.flatten().fieldErrors).toEqual({
      email: ["Enter a valid email address."],
      password: ["Enter your password."],
    });
  });

  it("refuses oversized passwords before they reach the hash function", () => {
    expect(signInSchema.safeParse({ email: "a@b.org", password: "x".repeat(257) }).success).toBe(false);
  });
});

describe("safeCallbackUrl", () => {
  it("keeps staff console paths with their query", () => {
    expect(safeCallbackUrl("/admin")).toBe("/admin");
    expect(safeCallbackUrl("/admin/meetings/abc?tab=1")).toBe("/admin/meetings/abc?tab=1");
  });

  it("sends everything else to /admin", () => {
    for (const hostile of [
      "https://evil.example/admin",
      "//evil.example/admin",
      "/\\evil.example",
      "/en/meetings",
      "/administrator",
      "/admin/sign-in",
      "/admin/../en",
      "javascript:alert(1)",
      "",
      undefined,
      42,
    ]) {
      expect(safeCallbackUrl(hostile)).toBe("/admin");
    }
  });
});
