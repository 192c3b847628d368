// Chinese (and other CJK) text for PostgreSQL full-text search. PostgreSQL has no Chinese parser
// (no word boundaries: the default parser would take a whole sentence as one "word"), and no
// maintained npm segmenter runs here without native code or large dictionaries, so CJK runs are
// indexed as overlapping character bigrams under the `simple` configuration, the usual
// dictionary-free approach: "国际移民" → "国际 际移 移民 民". The last character of each run is
// added alone so that a one-character query, searched as a prefix ("移:*"), finds every
// occurrence: a character is either followed by another (a bigram starting with it) or ends its run.

/** Han (with extensions and compatibility ideographs), kana and Hangul syllables. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u{20000}-\u{2fa1f}]/u;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u{20000}-\u{2fa1f}]+/gu;
/** CJK and full-width punctuation separates runs like a space does. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/gu;

export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  // Each character with its successor, then the last one alone.
  return chars.map((char, i) => char + (chars[i + 1] ?? ""));
}

/** Text as it is indexed: each CJK run replaced by its bigrams; other text left as it is. */
export function cjkIndexText(text: string): string {
  return text.replace(CJK_PUNCTUATION, " ").replace(CJK_RUN, (run) => ` ${bigrams(run).join(" ")} `);
}

export interface CjkQuery {
  /** Input for websearch_to_tsquery('simple', …): multi-character runs as their bigrams. */
  websearch: string;
  /** Lone characters, searched as prefixes of the indexed bigrams. */
  prefixes: string[];
}

/**
 * A reader's query for the bigram index. A run of two or more characters must have all its
 * bigrams ("国际移民" → 国际 & 际移 & 移民: the middle one ties the halves together, so a text
 * holding 国际 and 移民 apart rarely matches). Not a phrase: a phrase makes PostgreSQL re-read
 * every candidate's full vector to check positions, several times slower on common words
 * (bench:search). A run of one character becomes a prefix; runs inside the reader's own quotes
 * stay in that phrase.
 */
export function cjkQuery(query: string): CjkQuery {
  const prefixes: string[] = [];
  let inQuotes = false;
  let websearch = "";
  for (const part of query.replace(CJK_PUNCTUATION, " ").split(/("|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u{20000}-\u{2fa1f}]+)/u)) {
    if (part === '"') {
      inQuotes = !inQuotes;
      websearch += part;
    } else if (part !== "" && hasCjk(part)) {
      const chars = Array.from(part);
      if (chars.length === 1 && !inQuotes) prefixes.push(part);
      else {
        const grams = chars.length === 1 ? chars : bigrams(part).slice(0, -1);
        websearch += ` ${grams.join(" ")} `;
      }
    } else websearch += part;
  }
  return { websearch: websearch.replace(/\s+/g, " ").trim(), prefixes };
}
