// The behaviour every FileStore must have, run against each implementation
// (disk-store.int.test.ts, s3-store.int.test.ts) so that the two cannot drift apart.
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SizeMismatchError } from "./exact-size";
import { InvalidStorageKeyError, newDocumentFileKey } from "./keys";
import { StoredObjectNotFoundError, type FileStore } from "./types";

export interface FileStoreFixture {
  store: FileStore;
  /** Names of unfinished writes the store left behind (temp files), where it can tell. */
  leftovers?: () => Promise<string[]>;
  close?: () => Promise<void>;
}

const MiB = 1024 * 1024;

function sha256(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `total` random bytes in 64 KiB chunks, produced lazily, with the sha256 of what was produced. */
function randomStream(total: number): { stream: Readable; digest: () => string } {
  const hash = createHash("sha256");
  async function* chunks() {
    for (let sent = 0; sent < total; ) {
      const chunk = randomBytes(Math.min(64 * 1024, total - sent));
      hash.update(chunk);
      sent += chunk.length;
      yield chunk;
    }
  }
  return { stream: Readable.from(chunks()), digest: () => hash.digest("hex") };
}

/** A body that delivers `delivered` bytes, then dies (with an error, or destroyed without one). */
function brokenStream(delivered: number, failure: "error" | "destroy"): Readable {
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= delivered) {
        setImmediate(() => (failure === "error" ? stream.destroy(new Error("connection reset")) : stream.destroy()));
        return;
      }
      const chunk = randomBytes(Math.min(256 * 1024, delivered - sent));
      sent += chunk.length;
      this.push(chunk);
    },
  });
  return stream;
}

export function describeFileStore(name: string, setup: () => Promise<FileStoreFixture>): void {
  describe(`FileStore: ${name}`, () => {
    let fixture: FileStoreFixture;
    const key = () => newDocumentFileKey("suite" + randomBytes(4).toString("hex"), "fr");
    const options = (size: number) => ({ contentType: "application/pdf", size });

    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(async () => {
      await fixture?.close?.();
    });

    async function expectNothingUnder(objectKey: string) {
      expect(await fixture.store.stat(objectKey)).toBeNull();
      await expect(fixture.store.get(objectKey)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
      if (fixture.leftovers) expect(await fixture.leftovers()).toEqual([]);
    }

    it("stores bytes and gives back exactly the same ones", async () => {
      const data = randomBytes(300 * 1024 + 7);
      const objectKey = key();
      await fixture.store.put(objectKey, Readable.from([data]), options(data.length));
      expect(await fixture.store.stat(objectKey)).toEqual({ size: data.length });
      expect(sha256(await readAll(await fixture.store.get(objectKey)))).toBe(sha256(data));
    });

    it("streams a 21 MiB body in and out (a multipart upload on S3)", async () => {
      const size = 21 * MiB + 123;
      const { stream, digest } = randomStream(size);
      const objectKey = key();
      await fixture.store.put(objectKey, stream, options(size));
      expect(await fixture.store.stat(objectKey)).toEqual({ size });
      const stored = createHash("sha256");
      for await (const chunk of await fixture.store.get(objectKey)) stored.update(chunk as Buffer);
      expect(stored.digest("hex")).toBe(digest());
    });

    it("serves inclusive byte ranges: the first byte, a middle slice and the last byte", async () => {
      const data = randomBytes(10_000);
      const objectKey = key();
      await fixture.store.put(objectKey, Readable.from([data]), options(data.length));
      const slice = async (start: number, end: number) => readAll(await fixture.store.get(objectKey, { start, end }));
      expect(await slice(0, 0)).toEqual(data.subarray(0, 1));
      expect(await slice(1000, 4999)).toEqual(data.subarray(1000, 5000));
      expect(await slice(9999, 9999)).toEqual(data.subarray(9999));
      expect(await slice(0, 9999)).toEqual(data);
    });

    it("answers a missing key with StoredObjectNotFoundError and a null stat", async () => {
      const objectKey = key();
      await expect(fixture.store.get(objectKey)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
      await expect(fixture.store.get(objectKey, { start: 0, end: 10 })).rejects.toBeInstanceOf(StoredObjectNotFoundError);
      expect(await fixture.store.stat(objectKey)).toBeNull();
    });

    it("leaves nothing when a large body fails half way (after more than one S3 part)", async () => {
      const objectKey = key();
      await expect(fixture.store.put(objectKey, brokenStream(12 * MiB, "error"), options(20 * MiB))).rejects.toThrow(
        "connection reset",
      );
      await expectNothingUnder(objectKey);
    });

    it("leaves nothing when a small body is destroyed without an error", async () => {
      const objectKey = key();
      await expect(fixture.store.put(objectKey, brokenStream(100 * 1024, "destroy"), options(MiB))).rejects.toThrow();
      await expectNothingUnder(objectKey);
    });

    it("refuses a body shorter or longer than the declared size, leaving nothing", async () => {
      const data = randomBytes(2000);
      const short = key();
      await expect(fixture.store.put(short, Readable.from([data]), options(2001))).rejects.toBeInstanceOf(SizeMismatchError);
      await expectNothingUnder(short);
      const long = key();
      await expect(fixture.store.put(long, Readable.from([data]), options(1999))).rejects.toBeInstanceOf(SizeMismatchError);
      await expectNothingUnder(long);
    });

    it("deletes idempotently", async () => {
      const data = randomBytes(100);
      const objectKey = key();
      await fixture.store.put(objectKey, Readable.from([data]), options(data.length));
      await fixture.store.delete(objectKey);
      expect(await fixture.store.stat(objectKey)).toBeNull();
      await expect(fixture.store.delete(objectKey)).resolves.toBeUndefined();
      await expect(fixture.store.delete(key())).resolves.toBeUndefined();
    });

    it.each(["../escape", "/etc/passwd", "documents/../../x", "documents//x", "Documents/x", ".partial/x", "a/b.pdf", ""])(
      "refuses the invalid key %j in every operation",
      async (badKey) => {
        const body = Readable.from([Buffer.from("x")]);
        await expect(fixture.store.put(badKey, body, options(1))).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(fixture.store.get(badKey)).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(fixture.store.stat(badKey)).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(fixture.store.delete(badKey)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      },
    );
  });
}
