import { afterAll, describe, expect, it } from "vitest";

const previous = process.env.AUTH_SECRET;
process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef-0123";
const { checkAntiBot, FORM_TOKEN_FIELD, HONEYPOT_FIELD, issueFormToken, MAX_AGE_MS, MIN_FILL_MS } = await import("@/lib/registrations/anti-bot");

const issued = new Date("2026-11-22T10:00:00.000Z");
const later = (ms: number) => new Date(issued.getTime() + ms);

afterAll(() => {
  if (previous === undefined) delete process.env.AUTH_SECRET;
});

describe("anti-bot checks", () => {
  it("accept a form filled in more than three seconds with a genuine token", () => {
    expect(checkAntiBot({ [FORM_TOKEN_FIELD]: issueFormToken(issued), [HONEYPOT_FIELD]: "" }, later(MIN_FILL_MS))).toBe("ok");
    expect(checkAntiBot({ [FORM_TOKEN_FIELD]: issueFormToken(issued) }, later(10 * 60_000))).toBe("ok");
  });

  it("call a form sent sooner than three seconds too fast", () => {
    expect(checkAntiBot({ [FORM_TOKEN_FIELD]: issueFormToken(issued) }, later(MIN_FILL_MS - 1))).toBe("too-fast");
    expect(checkAntiBot({ [FORM_TOKEN_FIELD]: issueFormToken(issued) }, issued)).toBe("too-fast");
  });

  it("call a filled honeypot a bot, whatever the token", () => {
    expect(checkAntiBot({ [FORM_TOKEN_FIELD]: issueFormToken(issued), [HONEYPOT_FIELD]: "buy now" }, later(60_000))).toBe("bot");
    expect(checkAntiBot({ [HONEYPOT_FIELD]: "x" }, later(60_000))).toBe("bot");
  });

  it("refuse a missing, forged, re-timed or old token", () => {
    const token = issueFormToken(issued);
    const [time, signature] = token.split(".") as [string, string];
    expect(checkAntiBot({}, later(60_000))).toBe("expired");
    expect(checkAntiBot({ [FORM_TOKEN_FIELD]: "garbage" }, later(60_000))).toBe("expired");
    expect(checkAntiBot({ [FORM_TOKEN_FIELD]: `${Number(time) - 60_000}.${signature}` }, later(60_000))).toBe("expired");
    expect(checkAntiBot({ [FORM_TOKEN_FIELD]: `${time}.${"A".repeat(43)}` }, later(60_000))).toBe("expired");
    expect(checkAntiBot({ [FORM_TOKEN_FIELD]: token }, later(MAX_AGE_MS + 1))).toBe("expired");
    expect(checkAntiBot({ [FORM_TOKEN_FIELD]: issueFormToken(later(10 * 60_000)) }, issued)).toBe("expired");
  });
});
