// An organisation's web address as registrants typed it: a link only when it is http(s) (the form
// accepts nothing else, but stored data is not trusted twice), opened without referrer, opener or
// endorsement; anything else is shown as plain text.
export function safeWebHref(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function SafeExternalLink({ href }: { href: string }) {
  const safe = safeWebHref(href);
  if (safe === null) return <span>{href}</span>;
  return (
    <a href={safe} rel="noopener noreferrer nofollow" target="_blank" referrerPolicy="no-referrer">
      {href}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
