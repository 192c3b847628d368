// A message's text body for staff, with its web addresses as links (the journey: "confirm from
// the Mail log" while no mail server is configured). Everything else is React text, so escaped;
// only http(s) addresses become links.
import { Fragment } from "react";

const WEB_ADDRESS = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/giu;

export function LinkedText({ text, className }: { text: string; className?: string }) {
  const parts: Array<string | { url: string }> = [];
  let last = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push({ url: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return (
    <pre className={className}>
      {parts.map((part, index) =>
        typeof part === "string" ? (
          <Fragment key={index}>{part}</Fragment>
        ) : (
          <a key={index} href={part.url} rel="noreferrer noopener" target="_blank">
            {part.url}
          </a>
        ),
      )}
    </pre>
  );
}
