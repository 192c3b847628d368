import { describe, expect, it } from "vitest";
import { describeSendFailure } from "./transport";
import { BACKOFF_CAP_MS, backoffMs } from "./worker";

describe("backoffMs", () => {
  it("doubles from 30 s and stops at 1 h", () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((attempts) => backoffMs(attempts, () => 0))).toEqual([30_000, 60_000, 120_000, 240_000, 1_920_000, BACKOFF_CAP_MS, BACKOFF_CAP_MS]);
  });
  it("only ever shortens the wait by up to a fifth (jitter)", () => {
    expect(backoffMs(1, () => 0.999_999)).toBe(24_000);
    expect(backoffMs(30, () => 0.5)).toBe(BACKOFF_CAP_MS * 0.9);
  });
});

describe("describeSendFailure", () => {
  it("treats 5xx replies as permanent, 4xx and 503 as transient, and hides addresses", () => {
    expect(describeSendFailure({ responseCode: 550, response: "550 5.1.1 <x@example.org>: unknown\r\nmore" })).toEqual({
      permanent: true,
      message: "The mail server answered: 550 5.1.1 <address>: unknown",
    });
    expect(describeSendFailure({ responseCode: 451, response: "451 later" }).permanent).toBe(false);
    expect(describeSendFailure({ responseCode: 503, response: "503 bad sequence" }).permanent).toBe(false);
  });
  it("treats connection problems as transient, in words of its own", () => {
    expect(describeSendFailure(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ESOCKET" }))).toEqual({
      permanent: false,
      message: "The connection to the mail server failed (ESOCKET)",
    });
    expect(describeSendFailure(new Error("secret body text")).message).toBe("Sending failed");
  });
});
