// Puts a server action's field errors on the react-hook-form fields they belong to (STYLE.md 7)
// and says whether any were placed, so the caller can fall back to a form-level message.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

export function applyFieldErrors<T extends FieldValues>(
  fieldErrors: Record<string, string[]> | undefined,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): boolean {
  if (!fieldErrors) return false;
  let placed = false;
  for (const field of fields) {
    const message = fieldErrors[field]?.[0];
    if (message) {
      setError(field, { type: "server", message }, { shouldFocus: !placed });
      placed = true;
    }
  }
  return placed;
}
