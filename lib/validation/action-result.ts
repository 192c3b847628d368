// What a server action returns to its form: success with data, or a failure whose message is
// safe to show (typed errors keep theirs; anything unexpected is logged and replaced by a
// generic message, STYLE.md 8) and whose field errors go to the form's fields.
import { unstable_rethrow } from "next/navigation";
import { AppError, GENERIC_ERROR_MESSAGE, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export function actionFailure(error: unknown, action: string): { ok: false; message: string; fieldErrors?: Record<string, string[]> } {
  // Next's redirect/notFound signals must keep travelling.
  unstable_rethrow(error);
  if (error instanceof ValidationError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof AppError && error.expose) {
    logger.info("Action refused", { action, refusal: error.name, status: error.status });
    return { ok: false, message: error.message };
  }
  logger.error("Action failed", { action, error });
  return { ok: false, message: GENERIC_ERROR_MESSAGE };
}
