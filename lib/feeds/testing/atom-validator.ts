// A reusable check of the MUSTs of RFC 4287 (The Atom Syndication Format) on a parsed document.
// Returns the violations (empty when valid), each naming the section it comes from.
import { DOMParser, type Element } from "@xmldom/xmldom";

const ATOM = "http://www.w3.org/2005/Atom";
// RFC 3339 date-time (RFC 4287 3.3): full date, "T", time, and a zone ("Z" or ±hh:mm).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/u;

function children(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === ATOM && (node as Element).localName === name);
}

function isAbsoluteIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/iu.test(value) && !/\s/u.test(value);
}

function checkText(element: Element, where: string, problems: string[]): void {
  const type = element.getAttribute("type") ?? "text";
  if (!["text", "html", "xhtml"].includes(type)) problems.push(`3.1.1 ${where}: type must be text, html or xhtml`);
  if (type !== "xhtml" && Array.from(element.childNodes).some((node) => node.nodeType === 1)) problems.push(`3.1.1.1 ${where}: text constructs must not contain child elements`);
}

function checkDate(element: Element | undefined, where: string, problems: string[]): void {
  if (element && !DATE_TIME.test(element.textContent ?? "")) problems.push(`3.3 ${where}: not an RFC 3339 date-time`);
}

function checkLinks(parent: Element, where: string, problems: string[]): Element[] {
  const links = children(parent, "link");
  for (const link of links) if (!link.getAttribute("href")) problems.push(`4.2.7.1 ${where}: atom:link must have an href`);
  const alternates = links.filter((link) => (link.getAttribute("rel") ?? "alternate") === "alternate");
  const pairs = alternates.map((link) => `${link.getAttribute("type") ?? ""}|${link.getAttribute("hreflang") ?? ""}`);
  if (new Set(pairs).size !== pairs.length) problems.push(`4.1.1/4.1.2 ${where}: more than one alternate link with the same type and hreflang`);
  return links;
}

function exactlyOne(parent: Element, name: string, where: string, section: string, problems: string[]): Element | undefined {
  const found = children(parent, name);
  if (found.length !== 1) problems.push(`${section} ${where}: must contain exactly one atom:${name} (found ${found.length})`);
  return found[0];
}

/** RFC 4287 violations of `xml` (an Atom feed document). */
export function validateAtomFeed(xml: string): string[] {
  const problems: string[] = [];
  const errors: string[] = [];
  let document;
  try {
    // xmldom throws on fatal errors (ill-formed XML) and reports the others here.
    document = new DOMParser({ onError: (level, message) => { if (level !== "warning") errors.push(message); } }).parseFromString(xml, "application/xml");
  } catch (error) {
    return [`XML well-formedness: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (errors.length > 0) return errors.map((message) => `XML well-formedness: ${message}`);
  const feed = document.documentElement;
  if (!feed || feed.namespaceURI !== ATOM || feed.localName !== "feed") return ["4.1.1: the root must be atom:feed"];

  const feedAuthors = children(feed, "author");
  for (const author of feedAuthors) if (children(author, "name").length !== 1) problems.push("3.2.1: a person construct must contain exactly one atom:name");
  const id = exactlyOne(feed, "id", "feed", "4.1.1", problems);
  if (id && !isAbsoluteIri(id.textContent ?? "")) problems.push("4.2.6: atom:id must be an absolute IRI");
  const title = exactlyOne(feed, "title", "feed", "4.1.1", problems);
  if (title) checkText(title, "feed title", problems);
  checkDate(exactlyOne(feed, "updated", "feed", "4.1.1", problems), "feed updated", problems);
  const links = checkLinks(feed, "feed", problems);
  // 4.1.1 SHOULD contain one rel="self"; this validator holds the portal to it.
  if (links.filter((link) => link.getAttribute("rel") === "self").length !== 1) problems.push("4.1.1: feed should contain one atom:link rel=\"self\"");

  const ids = new Set<string>();
  for (const [index, entry] of children(feed, "entry").entries()) {
    const where = `entry ${index + 1}`;
    if (feedAuthors.length === 0 && children(entry, "author").length === 0) problems.push(`4.1.1/4.1.2 ${where}: needs an atom:author (the feed has none)`);
    const entryId = exactlyOne(entry, "id", where, "4.1.2", problems);
    const idText = entryId?.textContent ?? "";
    if (entryId && !isAbsoluteIri(idText)) problems.push(`4.2.6 ${where}: atom:id must be an absolute IRI`);
    if (ids.has(idText)) problems.push(`4.1.1 ${where}: two entries with the same atom:id`);
    ids.add(idText);
    const entryTitle = exactlyOne(entry, "title", where, "4.1.2", problems);
    if (entryTitle) checkText(entryTitle, `${where} title`, problems);
    checkDate(exactlyOne(entry, "updated", where, "4.1.2", problems), `${where} updated`, problems);
    const published = children(entry, "published");
    if (published.length > 1) problems.push(`4.1.2 ${where}: at most one atom:published`);
    checkDate(published[0], `${where} published`, problems);
    const entryLinks = checkLinks(entry, where, problems);
    const hasContent = children(entry, "content").length > 0;
    if (!hasContent && !entryLinks.some((link) => (link.getAttribute("rel") ?? "alternate") === "alternate")) problems.push(`4.1.2 ${where}: without atom:content it must have an alternate link`);
    const summaries = children(entry, "summary");
    if (summaries.length > 1) problems.push(`4.1.2 ${where}: at most one atom:summary`);
    for (const summary of summaries) checkText(summary, `${where} summary`, problems);
  }
  return problems;
}
