// Highlighted text without HTML: ts_headline marks matches with two private-use characters that
// never occur in indexed text (lib/search/sync.ts strips them), and the page renders the parts as
// React elements (<mark> for matches), so nothing from a document can become markup.

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";
const MARKERS = /[\uE000\uE001]/g;

export interface SnippetPart {
  text: string;
  highlight: boolean;
}

/** Text with every marker character removed (for indexing, and for the reader's own query). */
export function stripMarkers(text: string): string {
  return text.replace(MARKERS, "");
}

/** Splits marked text into plain and highlighted parts; unbalanced markers never leak through. */
export function splitMarked(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, highlight: boolean) => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last && last.highlight === highlight) last.text += text;
    else parts.push({ text, highlight });
  };
  let rest = marked;
  while (rest !== "") {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      push(stripMarkers(rest), false);
      break;
    }
    push(stripMarkers(rest.slice(0, start)), false);
    const end = rest.indexOf(MARK_END, start + 1);
    const inside = end === -1 ? rest.slice(start + 1) : rest.slice(start + 1, end);
    push(stripMarkers(inside), true);
    rest = end === -1 ? "" : rest.slice(end + 1);
  }
  return parts;
}

/**
 * A snippet of `body` around the first occurrence of any of `terms`, the occurrences marked.
 * Used for Chinese entries: ts_headline would show their indexed form (bigrams), not the text.
 */
export function markTerms(body: string, terms: readonly string[], width = 120): string {
  const wanted = terms.filter((term) => term !== "");
  const first = Math.min(...wanted.map((term) => body.indexOf(term)).filter((at) => at >= 0), Number.POSITIVE_INFINITY);
  const from = Number.isFinite(first) ? Math.max(0, first - Math.floor(width / 3)) : 0;
  const excerpt = (from > 0 ? "…" : "") + body.slice(from, from + width) + (from + width < body.length ? "…" : "");
  if (wanted.length === 0) return excerpt;
  const pattern = new RegExp(wanted.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).sort((a, b) => b.length - a.length).join("|"), "g");
  return excerpt.replace(pattern, (match) => `${MARK_START}${match}${MARK_END}`);
}
