// How the document routes answer a failure, as JSON `{ ok: false, error, code }` with the status:
// typed errors keep their message and status (an upload refusal also its own code); anything
// else is logged without personal data and answered with a generic message (STYLE.md 8).
import { AppError, ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { UploadRejectedError } from "@/lib/uploads/errors";

function codeOf(error: AppError): string {
  if (error instanceof UploadRejectedError) return error.code;
  if (error instanceof UnauthorizedError) return "unauthorized";
  if (error instanceof ForbiddenError) return "forbidden";
  if (error instanceof NotFoundError) return "not-found";
  if (error instanceof ConflictError) return "conflict";
  if (error instanceof ValidationError) return "invalid";
  return "refused";
}

export function errorJson(error: unknown, route: string, genericMessage: string): Response {
  if (error instanceof AppError && error.expose) {
    return Response.json({ ok: false, error: error.message, code: codeOf(error) }, { status: error.status, headers: { "Cache-Control": "no-store" } });
  }
  logger.error("Document route failed", { route, error });
  return Response.json({ ok: false, error: genericMessage, code: "server-error" }, { status: 500, headers: { "Cache-Control": "no-store" } });
}
