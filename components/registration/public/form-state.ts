// What the public registration actions give back to their forms (contract B, public-actions.ts),
// and the helpers that turn it into field errors and re-rendered values. Client-safe.
import type { FieldErrors, FieldValues } from "react-hook-form";
import type { PublicActionState } from "@/lib/registrations/public-actions";

/**
 * The `(prevState, formData)` state of the public actions. `values` is what was typed (the
 * FormData as nested objects), so that a form posted without JavaScript is re-rendered by the
 * server with everything kept.
 */
export type PublicFormState = PublicActionState;

export const IDLE_STATE: PublicFormState = { status: "idle" };

export interface FlatError {
  /** Dotted path of the field ("organisation.name", "representatives.1.email"). */
  path: string;
  message: string;
}

/** react-hook-form's nested errors as a flat list in form order (the resolver reports them so). */
export function flattenErrors(errors: FieldErrors<FieldValues>, prefix = ""): FlatError[] {
  const flat: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    const entry = value as { message?: unknown; type?: unknown };
    if (typeof entry.message === "string" && entry.message !== "" && "type" in entry) {
      flat.push({ path, message: entry.message });
      continue;
    }
    flat.push(...flattenErrors(value as FieldErrors<FieldValues>, path));
  }
  return flat;
}

/** The server's field errors as a flat list (first message of each field). */
export function flattenServerErrors(fieldErrors: Record<string, string[]> | undefined): FlatError[] {
  if (!fieldErrors) return [];
  return Object.entries(fieldErrors)
    .filter(([, messages]) => messages.length > 0)
    .map(([path, messages]) => ({ path, message: messages[0] ?? "" }));
}

/** A string at `path` in the re-rendered values, or "". */
export function textAt(values: Record<string, unknown> | undefined, path: string): string {
  let current: unknown = values;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return "";
    current = (current as Record<string, unknown>)[part];
  }
  return typeof current === "string" ? current : "";
}

/** A checkbox at `path` in the re-rendered values ("on" or true when it was ticked). */
export function checkedAt(values: Record<string, unknown> | undefined, path: string): boolean {
  let current: unknown = values;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return false;
    current = (current as Record<string, unknown>)[part];
  }
  return current === true || current === "on" || current === "true";
}

/** The representatives typed before a re-render (at least one empty row). */
export function representativesFrom(values: Record<string, unknown> | undefined): { name: string; function: string; email: string }[] {
  const raw = values?.representatives;
  const rows = Array.isArray(raw) ? raw : raw && typeof raw === "object" ? Object.values(raw) : [];
  const people = rows
    .filter((row): row is Record<string, unknown> => row !== null && typeof row === "object")
    .map((row) => ({ name: textAt(row, "name"), function: textAt(row, "function"), email: textAt(row, "email") }));
  return people.length > 0 ? people : [{ name: "", function: "", email: "" }];
}

/** The id of the control a field path renders (see components/ui/form-field.tsx). */
export function fieldId(path: string): string {
  return `field-${path}`;
}
