// Extracted text as it is stored for search: no control characters (PostgreSQL text refuses NUL),
// one space between words, at most one blank line between paragraphs, and at most `maxChars`
// UTF-16 code units, cut where no surrogate pair is split in two.
export interface NormalisedText {
  text: string;
  truncated: boolean;
}

// C0 controls except tab and newlines, DEL, and the C1 controls.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Horizontal white space, including the no-break and typographic spaces PDFs are full of.
const SPACES = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

export function normaliseText(raw: string, maxChars: number): NormalisedText {
  const text = raw
    .replace(CONTROLS, " ")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(SPACES, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (text.length <= maxChars) return { text, truncated: false };
  let end = maxChars;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: text.slice(0, end).trimEnd(), truncated: true };
}
