import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>, url = "http://portal.example/api/admin/x") => new Request(url, { method: "POST", headers });

describe("isSameOrigin", () => {
  it("accepts the host the browser addressed", () => {
    expect(isSameOrigin(post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(isSameOrigin(post({ origin: "http://portal.example" }))).toBe(true);
  });

  it("accepts the configured public address behind a proxy that rewrites Host", () => {
    expect(isSameOrigin(post({ origin: "https://hld.un.org", host: "10.0.0.5:3000" }), "https://hld.un.org/")).toBe(true);
  });

  it("refuses other sites, opaque and missing origins", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "portal.example" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "http://portal.example.evil.example", host: "portal.example" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "null", host: "portal.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "portal.example" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "not a url" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "10.0.0.5" }), "https://hld.un.org")).toBe(false);
  });
});
