// Server-side parsing of untrusted input with a form's shared schema: success returns the parsed
// value; failure throws a ValidationError whose field errors the form puts on its fields.
import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw new ValidationError("Some fields need attention.", fieldErrors);
}

/** `parseInput` for schemas with asynchronous refinements (e.g. the password strength check). */
export async function parseInputAsync<S extends z.ZodType>(schema: S, input: unknown): Promise<z.output<S>> {
  const result = await schema.safeParseAsync(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw new ValidationError("Some fields need attention.", fieldErrors);
}
