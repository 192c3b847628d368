// The public registration's own refusals. Their messages are shown as they are, and say the same
// whatever the reason, so that a refusal never tells a stranger what exists.
import { AppError, ConflictError } from "@/lib/errors";

export const REGISTRATION_CLOSED_MESSAGE = "Registration is not open for this hearing at the moment.";
export const INVALID_LINK_MESSAGE = "This link is not valid or has expired. You can ask for a new link with your email address.";

/** Outside the opening window (or the target is no longer public). */
export class RegistrationClosedError extends ConflictError {
  constructor() {
    super(REGISTRATION_CLOSED_MESSAGE);
    this.name = "RegistrationClosedError";
  }
}

/** A confirmation or status link that is unknown, used, expired or malformed: one message for all. */
export class InvalidLinkError extends AppError {
  override readonly status = 404;
  constructor() {
    super(INVALID_LINK_MESSAGE);
    this.name = "InvalidLinkError";
  }
}

/** A failed fill-time check (too fast, or a missing, forged or expired form token): check and submit again. */
export const FORM_CHECK_MESSAGE = "Please check your entries and submit again.";
