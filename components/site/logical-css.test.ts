// Arabic reads right to left only if the public styles never hard-code a side: this test follows
// the imports of every public route (app/[locale]/** and the global 404) to the CSS files they
// load, and fails on any physical left/right property or value. Use logical properties instead
// (margin-inline-start, padding-inline, inset-inline-end, text-align: start, float: inline-start,
// border-start-start-radius…), which dir="rtl" mirrors.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Declarations allowed despite naming a side, with the reason. Key: "path/to/file.css: declaration".
 * Empty: nothing in the public styles needs a physical side.
 */
const ALLOWED: Record<string, string> = {};

const PHYSICAL: { rule: RegExp; why: string }[] = [
  { rule: /^(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)(-|$)/u, why: "use the -inline-start/-inline-end property" },
  { rule: /^border-(top|bottom)-(left|right)-radius$/u, why: "use border-start-start-radius and its kin" },
  { rule: /^(left|right)$/u, why: "use inset-inline-start/inset-inline-end" },
];
/** The space-separated parts of a value, keeping var(--a, 1px) and calc(1px + 2px) whole. */
function valueParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of value) {
    if (char === "(") depth += 1;
    if (char === ")") depth -= 1;
    if (/\s/u.test(char) && depth === 0) {
      if (current) parts.push(current);
      current = "";
    } else current += char;
  }
  if (current) parts.push(current);
  return parts;
}

const namesSide = (value: string) => /\b(left|right)\b/u.test(value);

const PHYSICAL_VALUES: { property: RegExp; value: (value: string) => boolean; why: string }[] = [
  { property: /^(text-align|text-align-last|float|clear)$/u, value: namesSide, why: "use start/end or inline-start/inline-end" },
  { property: /^(background-position|background-position-x|background|mask-position|object-position|transform-origin)$/u, value: namesSide, why: "a side that does not mirror" },
  { property: /^(transform|translate)$/u, value: (value) => /translateX\(|^-?\d/u.test(value), why: "a horizontal shift that does not mirror; flip it under :dir(rtl)" },
  {
    property: /^(margin|padding|inset|scroll-margin|scroll-padding|border-width|border-style|border-color)$/u,
    value: (value) => valueParts(value).length === 4,
    why: "a four-value shorthand sets left and right separately",
  },
  { property: /^border-radius$/u, value: (value) => { const parts = valueParts(value.split("/")[0] ?? ""); return parts.length > 1; }, why: "several radii name physical corners" },
];

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(from), specifier);
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.(tsx?|css)$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

/** Every CSS file reachable through the imports of the public routes. */
export function publicStylesheets(): string[] {
  const queue = [...sourcesUnder(join(ROOT, "app/[locale]")), join(ROOT, "app/global-not-found.tsx")];
  const seen = new Set<string>();
  const stylesheets = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith(".css")) {
      stylesheets.add(file);
      continue;
    }
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/(?:import|export)\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gu)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? "");
      if (target) queue.push(target);
    }
  }
  return [...stylesheets].map((file) => relative(ROOT, file)).sort();
}

/** The physical declarations of a stylesheet, as "file: property: value — why". */
export function physicalDeclarations(file: string, css: string): string[] {
  const found: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//gu, "");
  for (const match of withoutComments.matchAll(/([a-z-]+)\s*:\s*([^;{}]+?)\s*(?:;|\})/gu)) {
    const property = match[1] ?? "";
    const value = (match[2] ?? "").replace(/\s*!important$/u, "");
    const declaration = `${property}: ${value}`;
    if (ALLOWED[`${file}: ${declaration}`]) continue;
    for (const { rule, why } of PHYSICAL) if (rule.test(property)) found.push(`${file}: ${declaration} — ${why}`);
    for (const { property: names, value: values, why } of PHYSICAL_VALUES) {
      if (names.test(property) && values(value)) found.push(`${file}: ${declaration} — ${why}`);
    }
  }
  return found;
}

describe("public stylesheets", () => {
  const files = publicStylesheets();

  it("include the site frame and the UI kit", () => {
    expect(files).toEqual(expect.arrayContaining(["components/site/site.css", "components/ui/theme.css"]));
  });

  it("use logical properties only, so that Arabic mirrors", () => {
    const found = files.flatMap((file) => physicalDeclarations(file, readFileSync(join(ROOT, file), "utf8")));
    expect(found).toEqual([]);
  });

  it("have no stale allowlist entries", () => {
    for (const key of Object.keys(ALLOWED)) expect(files).toContain(key.slice(0, key.indexOf(":")));
  });
});

describe("physicalDeclarations", () => {
  it("catches each kind of physical side", () => {
    const css = `
      .a { margin-left: 1rem; padding-right: 2px; border-left: 1px solid; left: 0; }
      .b { text-align: left; float: right; background-position: right 1rem center; }
      .c { transform: translateX(4px); margin: 0 1rem 0 2rem; border-top-left-radius: 4px; border-radius: 4px 0 0 4px; }
    `;
    expect(physicalDeclarations("x.css", css)).toHaveLength(11);
  });

  it("lets logical and symmetric declarations pass", () => {
    const css = `
      /* left in a comment */
      .a { margin-inline-start: 1rem; padding: 0 1rem; inset-inline-end: 0; text-align: start; float: inline-start; }
      .b { border-inline-start: 4px solid; margin: 0 auto 1rem; border-radius: var(--radius, 4px); transform: rotate(360deg); }
    `;
    expect(physicalDeclarations("x.css", css)).toEqual([]);
  });
});
