/** Joins class names, skipping empty ones (the kit's only styling helper). */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}
