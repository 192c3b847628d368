"use server";
// Server actions of the public registration pages. They have no session: a secret token (the
// emailed confirmation token in the form, or the status cookie), the anti-bot checks and the
// rate limits protect them. Signatures are `(prevState, formData)` for useActionState, so the
// forms work without JavaScript: a failure returns the field errors keyed like the form's field
// names and the values that were typed (never the honeypot or any token), and the server
// re-renders the form with them. Answers never depend on whether an email or organisation exists.
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { revalidatePublicPages } from "@/lib/cache/public";
import { db } from "@/lib/db";
import { AppError, GENERIC_ERROR_MESSAGE, TooManyRequestsError, ValidationError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { logger } from "@/lib/logger";
import { checkAntiBot, FORM_TOKEN_FIELD, HONEYPOT_FIELD, issueFormToken } from "@/lib/registrations/anti-bot";
import { confirmRegistration } from "@/lib/registrations/confirm";
import { InvalidLinkError } from "@/lib/registrations/errors";
import { statusPath } from "@/lib/registrations/links";
import { consumeRegistrationLimits } from "@/lib/registrations/rate-limits";
import { requestLinkAgain, updateOwnRegistration, withdrawOwnRegistration } from "@/lib/registrations/registrant";
import { readStatusCookie, setStatusCookie } from "@/lib/registrations/status-cookie";
import { submitRegistration } from "@/lib/registrations/submit";
import { formDataToObject } from "@/lib/validation/form-data";

export type PublicActionState = {
  status: "idle" | "done" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What was typed, for the no-JavaScript re-render (without the honeypot and tokens). */
  values?: Record<string, unknown>;
  /** The registration form only: the fill-time token to put back in the re-rendered form. */
  formToken?: string;
  /** Set when a rate limit refused the attempt: the form stays, with the wait in `message`. */
  reason?: "rate-limited";
};

const SUBMITTED_MESSAGE = "Thank you. Check your email: we have sent a link to confirm your registration. It works for 48 hours.";
const UPDATED_MESSAGE = "Your changes are saved.";
const WITHDRAWN_MESSAGE = "Your registration is withdrawn. We have sent you a confirmation by email.";
const LINK_SENT_MESSAGE = "If this email address has a registration, we have sent it a new link. Check your inbox (and your spam folder).";
const NOT_A_FORM_MESSAGE = "Please check your entries and submit again.";

/** Fields that are secrets or traps: never sent back to the browser. */
const NEVER_ECHOED = new Set([HONEYPOT_FIELD, FORM_TOKEN_FIELD, "token"]);

function echo(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !NEVER_ECHOED.has(key)));
}

function failure(error: unknown, action: string, values?: Record<string, unknown>): PublicActionState {
  unstable_rethrow(error);
  const echoed = values ? { values: echo(values) } : {};
  if (error instanceof ValidationError) {
    const fieldErrors = Object.keys(error.fieldErrors).length > 0 ? { fieldErrors: error.fieldErrors } : {};
    return { status: "error", message: error.message, ...fieldErrors, ...echoed };
  }
  if (error instanceof AppError && error.expose) {
    logger.info("Public registration action refused", { action, refusal: error.name, status: error.status });
    const limited = error instanceof TooManyRequestsError ? { reason: "rate-limited" as const } : {};
    return { status: "error", message: error.message, ...limited, ...echoed };
  }
  logger.error("Public registration action failed", { action, error });
  return { status: "error", message: GENERIC_ERROR_MESSAGE, ...echoed };
}

async function requestAddress(): Promise<string | null> {
  return clientAddress(await headers());
}

/** The registration form: `periodId` (hidden), the form's fields, the honeypot and the fill-time token. */
export async function submitRegistrationAction(_previous: PublicActionState, formData: FormData): Promise<PublicActionState> {
  if (!(formData instanceof FormData)) return { status: "error", message: NOT_A_FORM_MESSAGE };
  const raw = formDataToObject(formData, { booleanFields: ["privacyConsent", "publicListingConsent"] });
  const periodId = typeof raw.periodId === "string" ? raw.periodId : "";
  try {
    await submitRegistration(db, { periodId, input: raw, clientAddress: await requestAddress() });
    return { status: "done", message: SUBMITTED_MESSAGE };
  } catch (error) {
    // A token that still verifies is handed back as is (its fill time has passed by the next
    // press); a missing, forged or expired one is replaced so that the next attempt can pass.
    const posted = raw[FORM_TOKEN_FIELD];
    const stillValid = typeof posted === "string" && checkAntiBot({ [FORM_TOKEN_FIELD]: posted }) !== "expired";
    return { ...failure(error, "submitRegistrationAction", raw), formToken: stillValid ? posted : issueFormToken() };
  }
}

/** The confirmation page's button: `token` (hidden). Sets the status cookie and goes to the status page. */
export async function confirmRegistrationAction(_previous: PublicActionState, formData: FormData): Promise<PublicActionState> {
  if (!(formData instanceof FormData)) return { status: "error", message: new InvalidLinkError().message };
  let destination: string;
  try {
    await consumeRegistrationLimits({ clientAddress: await requestAddress(), kind: "confirm" });
    const { accessToken, locale } = await confirmRegistration(db, { token: formData.get("token") });
    await setStatusCookie(accessToken);
    destination = statusPath(locale);
  } catch (error) {
    return failure(error, "confirmRegistrationAction");
  }
  redirect(destination);
}

/** The status page's edit form (token from the status cookie): `version` (hidden) and the editable fields. */
export async function updateOwnRegistrationAction(_previous: PublicActionState, formData: FormData): Promise<PublicActionState> {
  if (!(formData instanceof FormData)) return { status: "error", message: NOT_A_FORM_MESSAGE };
  const raw = formDataToObject(formData, { booleanFields: ["publicListingConsent"] });
  try {
    const token = await readStatusCookie();
    if (!token) throw new InvalidLinkError();
    await consumeRegistrationLimits({ clientAddress: await requestAddress(), kind: "access" });
    await updateOwnRegistration(db, { token, input: { ...raw, version: Number(raw.version) } });
    refresh();
    return { status: "done", message: UPDATED_MESSAGE };
  } catch (error) {
    return failure(error, "updateOwnRegistrationAction", raw);
  }
}

/** The status page's withdraw form (token from the status cookie). */
export async function withdrawOwnRegistrationAction(_previous: PublicActionState, formData: FormData): Promise<PublicActionState> {
  if (!(formData instanceof FormData)) return { status: "error", message: NOT_A_FORM_MESSAGE };
  try {
    const token = await readStatusCookie();
    if (!token) throw new InvalidLinkError();
    await consumeRegistrationLimits({ clientAddress: await requestAddress(), kind: "access" });
    const { wasApproved } = await withdrawOwnRegistration(db, { token });
    // An approved organisation may have been on the public Partners list.
    if (wasApproved) revalidatePublicPages();
    refresh();
    return { status: "done", message: WITHDRAWN_MESSAGE };
  } catch (error) {
    return failure(error, "withdrawOwnRegistrationAction");
  }
}

/** "Send me my link again": `email`. The same answer whether or not the email has a registration. */
export async function requestLinkAgainAction(_previous: PublicActionState, formData: FormData): Promise<PublicActionState> {
  if (!(formData instanceof FormData)) return { status: "error", message: NOT_A_FORM_MESSAGE };
  const raw = formDataToObject(formData);
  try {
    await requestLinkAgain(db, { email: raw.email, clientAddress: await requestAddress() });
    return { status: "done", message: LINK_SENT_MESSAGE };
  } catch (error) {
    return failure(error, "requestLinkAgainAction", raw);
  }
}
