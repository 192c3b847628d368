// How much JavaScript a page ships: every script its HTML loads (`<script src>`, each file once)
// plus its inline scripts (Next's RSC payload among them), gzipped. A regular expression rather
// than an HTML parser: it only reads Next's own, well-formed output.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { ScriptFigures } from "./bench-pages-report";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "iu");
/** Script types that a browser executes; JSON-LD and other data blocks are not JavaScript. */
const JAVASCRIPT_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

function attribute(attributes: string, name: string): string | undefined {
  const match = ATTRIBUTE(name).exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export interface PageScripts {
  sources: string[];
  inline: string[];
}

/** The executable scripts of an HTML document: external sources (deduplicated, in order) and inline bodies. */
export function scriptsOf(html: string): PageScripts {
  const sources: string[] = [];
  const inline: string[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    const type = (attribute(attributes, "type") ?? "").trim().toLowerCase();
    // noModule scripts (Next's legacy polyfills) are neither fetched nor run by current browsers.
    if (!JAVASCRIPT_TYPES.has(type) || /\bnomodule\b/iu.test(attributes)) continue;
    const src = attribute(attributes, "src");
    if (src !== undefined) {
      const decoded = src.replaceAll("&amp;", "&");
      if (!sources.includes(decoded)) sources.push(decoded);
    } else if (body.trim() !== "") {
      inline.push(body);
    }
  }
  return { sources, inline };
}

export function gzipLength(content: string | Uint8Array): number {
  return gzipSync(content).length;
}

/**
 * The scripts every App Router page loads whatever it contains (React, Next's router, Turbopack's
 * runtime), from the build's manifest, as the paths pages load them (/_next/static/chunks/…).
 */
export async function frameworkScripts(distDir: string): Promise<Set<string>> {
  const manifest = JSON.parse(await readFile(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  return new Set((manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`));
}

/** Fetches a page and every script it loads; `sizes` caches the gzipped size per script address. */
export async function measurePageScripts(
  origin: string,
  name: string,
  pagePath: string,
  sizes: Map<string, number>,
  framework: ReadonlySet<string>,
): Promise<ScriptFigures> {
  const response = await fetch(`${origin}${pagePath}`, { redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) return { name, path: pagePath, status: response.status, gzipBytes: 0, scripts: 0, inlineGzipBytes: 0, frameworkGzipBytes: 0 };
  const { sources, inline } = scriptsOf(html);
  let external = 0;
  let frameworkGzipBytes = 0;
  for (const source of sources) {
    const url = new URL(source, `${origin}${pagePath}`).toString();
    let size = sizes.get(url);
    if (size === undefined) {
      const script = await fetch(url);
      if (!script.ok) throw new Error(`${pagePath} loads ${source}, which answered ${script.status}`);
      size = gzipLength(new Uint8Array(await script.arrayBuffer()));
      sizes.set(url, size);
    }
    external += size;
    if (framework.has(new URL(url).pathname)) frameworkGzipBytes += size;
  }
  const inlineGzipBytes = inline.reduce((sum, body) => sum + gzipLength(body), 0);
  return { name, path: pagePath, status: 200, gzipBytes: external + inlineGzipBytes, scripts: sources.length + inline.length, inlineGzipBytes, frameworkGzipBytes };
}
