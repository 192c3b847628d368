// Turns a submitted form's FormData into the nested object its zod schema expects, so that one
// schema serves the JavaScript form (react-hook-form) and the plain HTML post alike. Field names
// are paths: "organisation.name", "representatives.1.email" (or "representatives[1].email").
// Client-safe and pure.

/** Array indexes above this are ignored: a crafted name must not allocate a huge array. */
const MAX_INDEX = 99;
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);

export interface FormDataToObjectOptions {
  /**
   * Checkbox fields: "on", "true" → true; anything else, or absent, → false. Without this list,
   * any value "on" (what an unchecked-by-default checkbox posts) becomes true.
   */
  booleanFields?: readonly string[];
}

type Nested = Record<string, unknown> | unknown[];

function segmentsOf(name: string): string[] | null {
  const segments = name.replace(/\[(\d+)\]/gu, ".$1").split(".");
  if (segments.some((segment) => segment === "" || FORBIDDEN_SEGMENTS.has(segment))) return null;
  if (segments.some((segment) => /^\d+$/u.test(segment) && Number(segment) > MAX_INDEX)) return null;
  return segments;
}

function assign(target: Nested, segments: string[], value: unknown): void {
  let node: Nested = target;
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] as string;
    const last = index === segments.length - 1;
    const key: string | number = Array.isArray(node) ? Number(segment) : segment;
    if (Array.isArray(node) && !/^\d+$/u.test(segment)) return;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[key] = value;
      return;
    }
    const nextIsIndex = /^\d+$/u.test(segments[index + 1] as string);
    let child = Object.prototype.hasOwnProperty.call(container, key) ? container[key] : undefined;
    if (child === undefined || child === null || typeof child !== "object") {
      child = nextIsIndex ? [] : {};
      container[key] = child;
    }
    node = child as Nested;
  }
}

/** Removes the holes a skipped index leaves ("representatives.0" and ".2" posted, not ".1"). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) (value as Record<string, unknown>)[key] = compact(child);
  }
  return value;
}

/** The nested object of a form post. Files and Next's internal "$ACTION…" fields are left out. */
export function formDataToObject(formData: FormData, options: FormDataToObjectOptions = {}): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const booleans = options.booleanFields ? new Set(options.booleanFields) : null;
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    if (booleans?.has(name)) continue;
    const segments = segmentsOf(name);
    if (!segments) continue;
    assign(result, segments, booleans === null && value === "on" ? true : value);
  }
  if (booleans) {
    for (const name of booleans) {
      const segments = segmentsOf(name);
      if (!segments) continue;
      const posted = formData.getAll(name);
      assign(result, segments, posted.some((value) => value === "on" || value === "true"));
    }
  }
  return compact(result) as Record<string, unknown>;
}
