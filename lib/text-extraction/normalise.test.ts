import { describe, expect, it } from "vitest";
import { normaliseText } from "@/lib/text-extraction/normalise";

describe("normaliseText", () => {
  it("drops NUL and other control characters, which PostgreSQL text refuses", () => {
    expect(normaliseText("a\u0000b\u0007c\u009Fd", 100)).toEqual({ text: "a b c d", truncated: false });
  });

  it("keeps one space between words and one blank line between paragraphs", () => {
    const raw = "  Report\u00A0of  the\tSecretary-General \r\n\r\n\r\n\r\n  Chapter\u2003one \n";
    expect(normaliseText(raw, 100).text).toBe("Report of the Secretary-General\n\nChapter one");
  });

  it("keeps text in every UN language as it is", () => {
    const raw = "Migration et développement — الهجرة والتنمية — 国际移徙与发展 — Международная миграция";
    expect(normaliseText(raw, 1000).text).toBe(raw);
  });

  it("truncates to the bound and says so", () => {
    expect(normaliseText("abcdef", 4)).toEqual({ text: "abcd", truncated: true });
    expect(normaliseText("abcd", 4)).toEqual({ text: "abcd", truncated: false });
  });

  it("never cuts a surrogate pair in two", () => {
    const { text, truncated } = normaliseText("ab😀cd", 3);
    expect(truncated).toBe(true);
    expect(text).toBe("ab");
  });
});
