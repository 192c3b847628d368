import { describe, expect, it } from "vitest";
import { neutraliseCell, xmlSafeText } from "./neutralise";

describe("neutraliseCell", () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ["+1+1", "'+1+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["+41 22 917 1234", "'+41 22 917 1234"],
  ])("prefixes %j with an apostrophe", (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  it.each(["Open Borders", "", "<script>alert(1)</script>", "a=b", "x-1", "mail@example.org", "'quoted", "\nline", " =1", "منظمة الهجرة", "移民组织"])(
    "leaves %j as typed",
    (value) => {
      expect(neutraliseCell(value)).toBe(value);
    },
  );
});

describe("xmlSafeText", () => {
  it("removes the control characters XML cannot hold and keeps tab, LF and CR", () => {
    expect(xmlSafeText("a\u0000b\u0007c\u001Fd\te\nf\rg\uFFFEh")).toBe("abcd\te\nf\rgh");
  });
});
