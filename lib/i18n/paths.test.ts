import { describe, expect, it } from "vitest";
import { localePath, withoutLocale } from "./paths";

describe("localePath", () => {
  it("prefixes the language, home being the bare language", () => {
    expect(localePath("fr", "/events")).toBe("/fr/events");
    expect(localePath("ar", "/documents/symbol/A/RES/58/208")).toBe("/ar/documents/symbol/A/RES/58/208");
    expect(localePath("zh", "/")).toBe("/zh");
    expect(localePath("en", "")).toBe("/en");
    expect(localePath("ru", "states")).toBe("/ru/states");
  });
});

describe("withoutLocale", () => {
  it("strips only the given language as a whole first segment", () => {
    expect(withoutLocale("/fr/events/hld-2013", "fr")).toBe("/events/hld-2013");
    expect(withoutLocale("/fr", "fr")).toBe("/");
    expect(withoutLocale("/fr/", "fr")).toBe("/");
    expect(withoutLocale("/french/events", "fr")).toBe("/french/events");
    expect(withoutLocale("/en/events", "fr")).toBe("/en/events");
  });
});
