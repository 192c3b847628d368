// Secret links (confirmation and status-page tokens) must not outlive their delivery in the
// database: once a message is SENT, the worker stores its bodies with the token part replaced.
const SECRET_LINK = /(\/registration\/(?:confirm|access)\/)[A-Za-z0-9_-]+/gu;

export function redactSecretLinks(text: string): string {
  return text.replace(SECRET_LINK, "$1…");
}
