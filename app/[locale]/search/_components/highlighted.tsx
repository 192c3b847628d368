import type { SnippetPart } from "@/lib/search/snippet";

/** Search-highlighted text as React elements: matches in <mark>, everything else plain text. */
export function Highlighted({ parts }: { parts: readonly SnippetPart[] }) {
  return parts.map((part, index) => (part.highlight ? <mark key={index}>{part.text}</mark> : part.text));
}
