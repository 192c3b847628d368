import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, markTerms, splitMarked } from "./snippet";

const m = (text: string) => `${MARK_START}${text}${MARK_END}`;

describe("splitMarked", () => {
  it("splits marked text into plain and highlighted parts", () => {
    expect(splitMarked(`International ${m("migration")} and ${m("development")}`)).toEqual([
      { text: "International ", highlight: false },
      { text: "migration", highlight: true },
      { text: " and ", highlight: false },
      { text: "development", highlight: true },
    ]);
  });

  it("keeps hostile text as text: tags and entities are not interpreted", () => {
    const parts = splitMarked(`<script>alert(1)</script> ${m("<b>x</b>")} &amp;`);
    expect(parts).toEqual([
      { text: "<script>alert(1)</script> ", highlight: false },
      { text: "<b>x</b>", highlight: true },
      { text: " &amp;", highlight: false },
    ]);
  });

  it("never lets unbalanced or stray markers through", () => {
    expect(splitMarked(`a${MARK_END}b ${MARK_START}c`)).toEqual([
      { text: "ab ", highlight: false },
      { text: "c", highlight: true },
    ]);
    expect(splitMarked(`${MARK_START}${MARK_START}x${MARK_END}${MARK_END}`)).toEqual([{ text: "x", highlight: true }]);
  });

  it("returns nothing for empty text", () => {
    expect(splitMarked("")).toEqual([]);
  });
});

describe("markTerms", () => {
  it("cuts around the first occurrence and marks every occurrence", () => {
    const body = `${"前言".repeat(60)}国际移民与发展高级别对话讨论了移民问题`;
    const parts = splitMarked(markTerms(body, ["移民"], 60));
    expect(parts.filter((part) => part.highlight).map((part) => part.text)).toEqual(["移民", "移民"]);
    expect(parts[0]?.text.startsWith("…")).toBe(true);
  });

  it("escapes terms used as patterns", () => {
    expect(splitMarked(markTerms("a (b) c", ["(b)"]))).toEqual([
      { text: "a ", highlight: false },
      { text: "(b)", highlight: true },
      { text: " c", highlight: false },
    ]);
  });
});
