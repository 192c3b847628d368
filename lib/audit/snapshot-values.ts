// How audit snapshots write values, shared by every entity's snapshot so that the history panel
// and the "what changed since" list compare like with like: instants as ISO strings, and an
// optional translatable text with no language filled in as null (not {}).
import { asTranslatable, type Translatable } from "@/lib/i18n/translatable";

export const snapshotInstant = (value: Date | null): string | null => value?.toISOString() ?? null;

export function snapshotOptionalText(value: unknown): Translatable | null {
  const texts = asTranslatable(value);
  return Object.keys(texts).length === 0 ? null : texts;
}
