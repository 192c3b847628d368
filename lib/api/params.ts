// Query parameters of the API's list endpoints, parsed strictly: a parameter the endpoint does not
// know, a repeated parameter (?page=1&page=2) or a value outside its schema is refused with the
// parameter's name, never silently ignored, so a typo (?evnt=) cannot return the whole list.
import type { z } from "zod";
import { INTEGER_PARAMETERS } from "./schemas";

export interface ParameterError {
  parameter: string;
  detail: string;
}

export type ParsedQuery<T> = { ok: true; data: T } | { ok: false; errors: ParameterError[] };

/** Digit strings become numbers (at most 15 digits, within exact integers); anything else stays a string and fails the schema. */
function integerOrString(value: string): number | string {
  return /^-?\d{1,15}$/u.test(value) ? Number(value) : value;
}

export function parseQuery<Shape extends z.ZodRawShape>(searchParams: URLSearchParams, schema: z.ZodObject<Shape>): ParsedQuery<z.infer<z.ZodObject<Shape>>> {
  const known = new Set(Object.keys(schema.shape));
  const errors: ParameterError[] = [];
  const input: Record<string, unknown> = {};
  for (const name of new Set(searchParams.keys())) {
    const values = searchParams.getAll(name);
    if (!known.has(name)) errors.push({ parameter: name, detail: `Unknown parameter; this endpoint accepts ${[...known].join(", ")}.` });
    else if (values.length > 1) errors.push({ parameter: name, detail: "Give this parameter at most once." });
    else input[name] = INTEGER_PARAMETERS.has(name) ? integerOrString(values[0] ?? "") : values[0];
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) errors.push({ parameter: String(issue.path[0] ?? ""), detail: issue.message });
  }
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, data: result.data };
}
