import { describe, expect, it } from "vitest";
import { isValidStorageKey, newDocumentFileKey } from "./keys";

describe("newDocumentFileKey", () => {
  it("builds documents/<id>/<language>/<uuid>, with the language in lower case", () => {
    const key = newDocumentFileKey("clx1abc", "FR");
    expect(key).toMatch(/^documents\/clx1abc\/fr\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(isValidStorageKey(key)).toBe(true);
  });

  it("gives a new key every time, so a new version never overwrites an old one", () => {
    expect(newDocumentFileKey("clx1abc", "en")).not.toBe(newDocumentFileKey("clx1abc", "en"));
  });

  it("refuses ids and languages that would make an invalid key", () => {
    expect(() => newDocumentFileKey("../x", "en")).toThrow();
    expect(() => newDocumentFileKey("clx1abc", "de" as "en")).toThrow();
  });
});

describe("isValidStorageKey", () => {
  it.each(["documents/abc/fr/123e4567-e89b-42d3-a456-426614174000", "a", "a_b/c-d/0"])("accepts %j", (key) => {
    expect(isValidStorageKey(key)).toBe(true);
  });

  it.each(["", "/a", "a/", "a//b", "..", "a/../b", "./a", "a/.partial", "A", "a b", "a\\b", "a/b.pdf", "é", "-a", "a".repeat(513), 42, null])(
    "refuses %j",
    (key) => {
      expect(isValidStorageKey(key)).toBe(false);
    },
  );
});
