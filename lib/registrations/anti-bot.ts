// Bot checks of the public registration form, without a third-party captcha:
// - a honeypot field that people never see or fill (hidden from sight, from assistive technology
//   and from autofill) but form-filling robots do; a filled one gets the ordinary success answer
//   and nothing is stored, so the robot learns nothing;
// - a signed "form issued at" token: a submission sooner than MIN_FILL_MS after the page was
//   rendered, or with a token that is missing, forged or older than MAX_AGE_MS, is refused with a
//   form-level message asking to check and submit again (a person who autofills very fast only
//   has to press the button again).
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** The honeypot's field name: something robots fill and browsers never autofill. */
export const HONEYPOT_FIELD = "comments";
/** The hidden field carrying the signed issue time. */
export const FORM_TOKEN_FIELD = "formToken";

export const MIN_FILL_MS = 3_000;
/** A form left open longer than this must be reloaded (the answer gives a fresh token). */
export const MAX_AGE_MS = 24 * 60 * 60_000;
/** Tolerated clock difference between instances for a token "from the future". */
const CLOCK_SKEW_MS = 60_000;

export type AntiBotVerdict = "ok" | "bot" | "too-fast" | "expired";

function signature(issuedAt: number): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: start the portal with `npm start`, which provides it.");
  return createHmac("sha256", secret).update(`registration-form:${issuedAt}`).digest();
}

/** The token to put in the form's hidden FORM_TOKEN_FIELD when rendering it. */
export function issueFormToken(now: Date = new Date()): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${signature(issuedAt).toString("base64url")}`;
}

/** The time the token was issued, when it is genuine; null otherwise. */
function verifiedIssueTime(token: unknown): number | null {
  if (typeof token !== "string") return null;
  const match = /^(\d{10,16})\.([A-Za-z0-9_-]{43})$/u.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const issuedAt = Number(match[1]);
  const given = Buffer.from(match[2], "base64url");
  const expected = signature(issuedAt);
  return given.length === expected.length && timingSafeEqual(given, expected) ? issuedAt : null;
}

/** The verdict on a submitted form's raw values (before they are parsed). */
export function checkAntiBot(values: Record<string, unknown>, now: Date = new Date()): AntiBotVerdict {
  const honeypot = values[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== null && honeypot !== "") return "bot";
  const issuedAt = verifiedIssueTime(values[FORM_TOKEN_FIELD]);
  if (issuedAt === null) return "expired";
  const age = now.getTime() - issuedAt;
  if (age < -CLOCK_SKEW_MS || age > MAX_AGE_MS) return "expired";
  if (age < MIN_FILL_MS) return "too-fast";
  return "ok";
}
