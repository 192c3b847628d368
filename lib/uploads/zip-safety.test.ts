import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UploadRejectedError } from "./errors";
import * as samples from "./testing/sample-files";
import { checkZipSafety, DEFAULT_ZIP_SAFETY_LIMITS, type ZipSafetyLimits } from "./zip-safety";

let dir: string;
let counter = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zip-safety-test-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(bytes: Buffer | Promise<Buffer>, limits?: Partial<ZipSafetyLimits>) {
  const path = join(dir, `archive-${(counter += 1)}`);
  await writeFile(path, await bytes);
  return checkZipSafety(path, { ...DEFAULT_ZIP_SAFETY_LIMITS, ...limits });
}

async function refusal(bytes: Buffer | Promise<Buffer>, limits?: Partial<ZipSafetyLimits>): Promise<string> {
  const error = await check(bytes, limits).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UploadRejectedError);
  expect((error as UploadRejectedError).code).toBe("unsafe-archive");
  return (error as UploadRejectedError).message;
}

describe("checkZipSafety", () => {
  it.each([
    ["DOCX", () => samples.sampleDocx("Hello")],
    ["XLSX", () => samples.sampleXlsx()],
    ["PPTX", () => samples.samplePptx()],
    ["ODT", () => samples.sampleOdt()],
  ])("passes a normal %s", async (_kind, build) => {
    await expect(check(build())).resolves.toBeUndefined();
  });

  it("refuses a zip bomb (300 MB of zeros in about 1.4 MB)", { timeout: 60_000 }, async () => {
    expect(await refusal(samples.zipBombDocx())).toMatch(/more than 100 times its size .*zip bomb/);
  });

  it("refuses a traversal name", async () => {
    expect(await refusal(samples.traversalDocx())).toContain("unsafe name");
  });

  it.each([["/etc/passwd"], ["C:/evil.xml"], ["word\\evil.xml"], ["word/a\u0000b.xml"], ["word/\u0007.xml"], ["a/../../b.xml"]])(
    "refuses the entry name %j",
    async (name) => {
      expect(await refusal(samples.docxWithEntryNamed(name))).toContain("unsafe name");
    },
  );

  it("refuses an over-long entry name", async () => {
    expect(await refusal(samples.docxWithEntryNamed(`word/${"a".repeat(600)}.xml`))).toContain("unsafe name");
  });

  it("allows 10 000 entries by default", () => {
    expect(DEFAULT_ZIP_SAFETY_LIMITS.maxEntries).toBe(10_000);
  });

  // With a small limit: building 10 001 real entries takes seconds on a busy machine.
  it("accepts exactly the entry limit and refuses one more", async () => {
    await expect(check(samples.manyEntriesDocx(7), { maxEntries: 10 })).resolves.toBeUndefined();
    expect(await refusal(samples.manyEntriesDocx(8), { maxEntries: 10 })).toContain("more than 10 parts");
  });

  it("refuses archives whose declared total is over the bound", async () => {
    expect(await refusal(samples.sampleXlsx(), { maxTotalUncompressedBytes: 1024, maxTotalRatio: 0 })).toContain("unpack to more than 1 KB");
  });

  it("raises the total bound with the archive's own size", async () => {
    const xlsx = await samples.sampleXlsx();
    await expect(check(xlsx, { maxTotalUncompressedBytes: 1024, maxTotalRatio: 2 })).resolves.toBeUndefined();
  });

  it("refuses encrypted entries", async () => {
    expect(await refusal(samples.encryptedDocx())).toContain("encrypted");
  });

  it("refuses a damaged archive", async () => {
    const docx = await samples.sampleDocx("Hello");
    expect(await refusal(docx.subarray(0, docx.length - 30))).toContain("damaged");
  });
});
