// The name a stored file is shown and downloaded under. Client-safe and pure. Hand-written: the
// npm sanitisers target file-system paths (and mangle non-Latin names or keep bidi controls),
// while this name is never used as a path (storage keys are random); it only has to read honestly.

/** Longest display name in characters (graphemes), extension included. */
export const MAX_DISPLAY_NAME_LENGTH = 150;

// Control characters, and invisible format characters (bidi overrides/isolates U+202A–202E and
// U+2066–2069, marks, zero-width spaces and joiners, BOM, soft hyphen): a name like
// "report\u202Efdp.exe" must not read as something it is not.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}]/gu;
// Characters Windows refuses in file names; a download must save under the shown name.
const RESERVED = /[<>:"|?*]/g;
// What counts as an extension to replace: short, ASCII, with a letter ("pdf", "docx", "mp4"),
// so "Report v1.2" keeps its "2".
const EXTENSION = /\.([a-z0-9]{1,5})$/i;

function graphemes(text: string): string[] {
  return Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text), (part) => part.segment);
}

function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[.\s]+|[.\s]+$/g, "");
}

/**
 * A safe display name for an uploaded file whose detected type has `extension` ("pdf"): no path,
 * no invisible or control characters, single spaces, bounded length, ending in `.extension`
 * (a wrong extension is replaced). Non-Latin names are kept as they are.
 */
export function sanitizeDisplayName(name: string, extension: string): string {
  const wanted = extension.replace(/^\./, "").toLowerCase();
  const lastSegment = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  // Only trailing dots go before the extension is found, so ".pdf" is an extension, not a name.
  // Whitespace first (tabs and line breaks are control characters but separate words).
  let base = lastSegment
    .replace(/\s+/g, " ")
    .replace(INVISIBLE, "")
    .replace(RESERVED, " ")
    .replace(/ {2,}/g, " ")
    .replace(/[.\s]+$/, "");
  const current = EXTENSION.exec(base);
  if (current && /[a-z]/i.test(current[1] ?? "")) base = base.slice(0, current.index);
  base = trimDotsAndSpaces(base);

  const room = MAX_DISPLAY_NAME_LENGTH - wanted.length - 1;
  const characters = graphemes(base);
  if (characters.length > room) base = trimDotsAndSpaces(characters.slice(0, room).join(""));

  return `${base || "document"}.${wanted}`;
}
