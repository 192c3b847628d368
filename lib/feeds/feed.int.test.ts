// The Atom feed on real PostgreSQL: RFC 4287 MUSTs (testing/atom-validator.ts), newest first,
// drafts left out, hostile titles escaped, fallback languages labelled with xml:lang.
import { randomUUID } from "node:crypto";
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { renderAtomFeed } from "./feed";
import { validateAtomFeed } from "./testing/atom-validator";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("The integration setup provides DATABASE_URL");
const db = createPrismaClient(url, { max: 2 });
const tag = randomUUID().slice(0, 8);
const HOSTILE = `<script>alert(1)</script> & ]]> ]]> ${tag}`;
let eventId = "";

beforeAll(async () => {
  const now = Date.now();
  const event = await db.event.create({ data: { slug: `feed-event-${tag}`, title: { en: `Feed event ${tag}` }, year: 2026, status: "PUBLISHED" }, select: { id: true } });
  eventId = event.id;
  await db.meeting.create({ data: { eventId, slug: `feed-hostile-${tag}`, kind: "PANEL", title: { en: HOSTILE }, status: "PUBLISHED", publishedAt: new Date(now + 3_000) } });
  await db.meeting.create({ data: { eventId, slug: `feed-french-${tag}`, kind: "PANEL", title: { fr: `Séance ${tag}` }, summary: { fr: "Résumé" }, status: "PUBLISHED", publishedAt: new Date(now + 2_000) } });
  await db.meeting.create({ data: { eventId, slug: `feed-draft-${tag}`, kind: "PANEL", title: { en: `Draft ${tag}` }, status: "DRAFT" } });
  await db.document.create({ data: { kind: "REPORT", symbol: `A/${tag}/1`, title: { en: `Report ${tag}` }, eventId, status: "PUBLISHED", publishedAt: new Date(now + 1_000) } });
});

afterAll(async () => {
  await db.document.deleteMany({ where: { eventId } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.event.delete({ where: { id: eventId } });
  await db.$disconnect();
});

describe("renderAtomFeed", () => {
  it("is a valid Atom document with the newest published items first and no drafts", async () => {
    const xml = await renderAtomFeed("en");
    expect(xml).not.toBeNull();
    expect(validateAtomFeed(xml ?? "")).toEqual([]);
    const document = new DOMParser().parseFromString(xml ?? "", "application/xml");
    const entries = Array.from(document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry"));
    expect(entries.length).toBeLessThanOrEqual(50);
    const titles = entries.map((entry) => entry.getElementsByTagName("title")[0]?.textContent ?? "");
    const mine = titles.filter((title) => title.includes(tag));
    expect(mine).toEqual([HOSTILE, `Séance ${tag}`, `Report ${tag} (A/${tag}/1)`]);
    expect(xml).not.toContain(`Draft ${tag}`);
    // The raw text is escaped, never markup.
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; ]]&gt;");

    const french = entries.find((entry) => entry.getElementsByTagName("title")[0]?.textContent === `Séance ${tag}`);
    expect(french?.getElementsByTagName("title")[0]?.getAttribute("xml:lang")).toBe("fr");
    expect(french?.getElementsByTagName("summary")[0]?.getAttribute("xml:lang")).toBe("fr");
    expect(french?.getElementsByTagName("link")[0]?.getAttribute("href")).toMatch(new RegExp(`/en/meetings/feed-french-${tag}$`, "u"));
    expect(french?.getElementsByTagName("id")[0]?.textContent).toMatch(/^tag:[^,]+,2026:en\/meeting\/[a-z0-9]+$/u);
    expect(document.documentElement?.getAttribute("xml:lang")).toBe("en");
  });

  it("keeps an entry's id when its title changes", async () => {
    const idOf = async () => {
      const document = new DOMParser().parseFromString((await renderAtomFeed("en")) ?? "", "application/xml");
      const entry = Array.from(document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")).find((candidate) =>
        candidate.getElementsByTagName("link")[0]?.getAttribute("href")?.endsWith(`feed-french-${tag}`),
      );
      return entry?.getElementsByTagName("id")[0]?.textContent;
    };
    const before = await idOf();
    await db.meeting.update({ where: { slug: `feed-french-${tag}` }, data: { title: { fr: `Renommée ${tag}` }, version: { increment: 1 } } });
    expect(await idOf()).toBe(before);
    expect(before).toBeTruthy();
  });

  it("is null for a language the site does not offer", async () => {
    expect(await renderAtomFeed("xx")).toBeNull();
  });

  it("the validator catches what RFC 4287 forbids", () => {
    const broken = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>relative</id><updated>yesterday</updated></entry></feed>`;
    const problems = validateAtomFeed(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("atom:id"),
        expect.stringContaining("atom:updated"),
        expect.stringContaining("needs an atom:author"),
        expect.stringContaining("entry 1 updated: not an RFC 3339"),
        expect.stringContaining("entry 1: must contain exactly one atom:title"),
        expect.stringContaining("alternate link"),
      ]),
    );
    expect(validateAtomFeed("<feed><unclosed></feed>")[0]).toMatch(/well-formedness/u);
  });
});
