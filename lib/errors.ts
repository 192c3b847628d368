// Expected failures carry a message that is safe to show; anything else is logged and replaced
// by a generic message (STYLE.md 8).
export class AppError extends Error {
  readonly status: number = 500;
  readonly expose: boolean = true;
}

export class ValidationError extends AppError {
  override readonly status: number = 422;
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  constructor(message = "Not found.") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class UnauthorizedError extends AppError {
  override readonly status = 401;
  constructor(message = "Please sign in.") {
    super(message);
    this.name = "UnauthorizedError";
  }
}

export class ForbiddenError extends AppError {
  override readonly status = 403;
  constructor(message = "You do not have permission to do this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class ConflictError extends AppError {
  override readonly status = 409;
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

/** Too many attempts from one client or for one address (rate limits). */
export class TooManyRequestsError extends AppError {
  override readonly status = 429;
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many attempts. Please try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute${Math.ceil(retryAfterSeconds / 60) > 1 ? "s" : ""}.`,
  ) {
    super(message);
    this.name = "TooManyRequestsError";
  }
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

/** The message a browser may see for an error: its own for expected ones, a generic one otherwise. */
export function publicMessage(error: unknown): string {
  return error instanceof AppError && error.expose ? error.message : GENERIC_ERROR_MESSAGE;
}

/** Whether `error` is Prisma's unique-constraint violation (P2002): two writers raced for one value. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
