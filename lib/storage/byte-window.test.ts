import { once } from "node:events";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { byteWindow } from "./byte-window";

const data = Buffer.from(Array.from({ length: 100 }, (_, i) => i));
const chunked = () => Readable.from([data.subarray(0, 30), data.subarray(30, 31), data.subarray(31, 70), data.subarray(70)]);

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("byteWindow", () => {
  it.each([
    [0, 1],
    [29, 2],
    [30, 1],
    [35, 40],
    [99, 1],
    [0, 100],
  ])("cuts %i bytes in, %i long, across chunk borders", async (skip, length) => {
    expect(await readAll(byteWindow(chunked(), skip, length))).toEqual(data.subarray(skip, skip + length));
  });

  it("stops reading and destroys the source once the window has passed", async () => {
    const source = chunked();
    expect(await readAll(byteWindow(source, 0, 5))).toEqual(data.subarray(0, 5));
    expect(source.destroyed).toBe(true);
  });

  it("fails when the source ends before the window does", async () => {
    await expect(readAll(byteWindow(chunked(), 90, 20))).rejects.toThrow("ended before the requested range");
  });

  it("destroys the source when the reader gives up", async () => {
    const source = chunked();
    const window = byteWindow(source, 10, 50);
    window.destroy();
    await once(window, "close");
    expect(source.destroyed).toBe(true);
  });
});
