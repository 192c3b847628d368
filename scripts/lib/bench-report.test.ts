import { describe, expect, it } from "vitest";
import { formatTable, GIB, growthOf, MIB, parseSize, readOptions } from "./bench-report";

describe("parseSize", () => {
  it("reads decimal and binary units", () => {
    expect(parseSize("1GiB")).toBe(GIB);
    expect(parseSize("200MB")).toBe(200_000_000);
    expect(parseSize("512 mib")).toBe(512 * MIB);
    expect(parseSize("1.5GB")).toBe(1_500_000_000);
    expect(parseSize("1073741824")).toBe(GIB);
  });

  it("refuses what it cannot read", () => {
    expect(() => parseSize("lots")).toThrow(/Cannot read the size "lots"/u);
    expect(() => parseSize("10 parsecs")).toThrow(/Cannot read/u);
  });
});

describe("readOptions", () => {
  it("defaults to 1 GiB and bounds --size", () => {
    expect(readOptions([])).toEqual({ size: GIB, store: "disk" });
    expect(readOptions(["--store", "s3"]).store).toBe("s3");
    expect(() => readOptions(["--store", "tape"])).toThrow(/--store must be/u);
    expect(readOptions(["--size", "200MB"]).size).toBe(200_000_000);
    expect(() => readOptions(["--size", "10"])).toThrow(/at least 1 KiB/u);
    expect(() => readOptions(["--bogus"])).toThrow();
  });
});

describe("formatTable", () => {
  const figures = {
    size: GIB,
    store: "disk",
    ms: 10_000,
    serverPid: 42,
    treePids: 1,
    baseline: { server: 200 * MIB, tree: 210 * MIB },
    peak: { server: 230 * MIB, tree: 250 * MIB },
    samples: 200,
    maxGapMs: 61,
  };

  it("measures growth on the whole server tree and reports throughput", () => {
    expect(growthOf(figures)).toBe(40 * MIB);
    const table = formatTable(figures);
    expect(table).toContain("102.4 MiB/s (107.4 MB/s)");
    expect(table).toMatch(/peak growth\s+40\.0 MiB, target < 64\.0 MiB \(serving process 30\.0 MiB\)/u);
  });
});
