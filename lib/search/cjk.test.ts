import { describe, expect, it } from "vitest";
import { cjkIndexText, cjkQuery, hasCjk } from "./cjk";

describe("cjkIndexText", () => {
  it("turns a run into overlapping bigrams and its last character", () => {
    expect(cjkIndexText("国际移民").trim().split(/\s+/)).toEqual(["国际", "际移", "移民", "民"]);
  });

  it("keeps a lone character, Latin words and symbols, and splits at CJK punctuation", () => {
    expect(cjkIndexText("发展，A/68/190 号 report").trim().split(/\s+/)).toEqual(["发展", "展", "A/68/190", "号", "report"]);
  });

  it("handles characters outside the Basic Multilingual Plane as one character", () => {
    expect(cjkIndexText("𠀀国").trim().split(/\s+/)).toEqual(["𠀀国", "国"]);
  });
});

describe("cjkQuery", () => {
  it("makes a two-character query its one bigram", () => {
    expect(cjkQuery("移民")).toEqual({ websearch: "移民", prefixes: [] });
  });

  it("makes a longer run all of its bigrams, beside Latin words", () => {
    expect(cjkQuery("国际移民 report")).toEqual({ websearch: "国际 际移 移民 report", prefixes: [] });
  });

  it("searches a lone character as a prefix", () => {
    expect(cjkQuery("移 发展")).toEqual({ websearch: "发展", prefixes: ["移"] });
  });

  it("keeps runs inside the reader's quotes in that phrase", () => {
    expect(cjkQuery('"国际移民" 发展')).toEqual({ websearch: '" 国际 际移 移民 " 发展', prefixes: [] });
  });

  it("detects CJK text", () => {
    expect(hasCjk("migration")).toBe(false);
    expect(hasCjk("移民")).toBe(true);
  });
});
