import { describe, expect, it } from "vitest";
import { switchedHref } from "./switched-href";

describe("switchedHref", () => {
  it("keeps the page and its query in the other language", () => {
    expect(switchedHref("fr", "/documents", "kind=RESOLUTION&year=2013")).toBe("/fr/documents?kind=RESOLUTION&year=2013");
    expect(switchedHref("ar", "/documents/symbol/A/RES/68/4", "")).toBe("/ar/documents/symbol/A/RES/68/4");
  });

  it("sends home to the other language's home", () => {
    expect(switchedHref("zh", "/", "")).toBe("/zh");
  });
});
