// What lib/i18n/catalogue.test.ts checks, as plain functions over catalogue files and source text:
// the keys of a catalogue, the arguments a message takes (ICU, parsed with the parser next-intl
// itself uses), the plural categories a language needs, and the message keys the source uses.
// Test-only: nothing in the application imports it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";

export type Catalogue = { [key: string]: string | Catalogue };

/** Dotted key → message, for every leaf of a catalogue. */
export function flattenCatalogue(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(dotted, value);
    else for (const [inner, message] of flattenCatalogue(value, dotted)) flat.set(inner, message);
  }
  return flat;
}

export interface MessageShape {
  /** Argument name → how it is formatted ("argument", "number", "plural", "select:a|b"…). */
  arguments: Map<string, string>;
  /** Rich-text tags (<language>…</language>) the message uses. */
  tags: Set<string>;
  /** Every plural argument with the categories and the exact cases (=0 → 0) it offers. */
  plurals: { name: string; ordinal: boolean; categories: Set<string>; exact: Set<number> }[];
}

/** The arguments, tags and plural branches of one ICU message; throws on a syntax error. */
export function messageShape(message: string): MessageShape {
  const shape: MessageShape = { arguments: new Map(), tags: new Set(), plurals: [] };
  const note = (name: string, kind: string) => {
    const known = shape.arguments.get(name);
    // An argument used twice must be used the same way both times.
    if (known !== undefined && known !== kind) throw new Error(`argument {${name}} is used both as ${known} and ${kind}`);
    shape.arguments.set(name, kind);
  };
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          note(element.value, "argument");
          break;
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          note(element.value, TYPE[element.type]);
          break;
        case TYPE.select:
          note(element.value, `select:${Object.keys(element.options).sort().join("|")}`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.plural: {
          note(element.value, element.pluralType === "ordinal" ? "selectordinal" : "plural");
          const options = Object.keys(element.options);
          const categories = new Set(options.filter((option) => !option.startsWith("=")));
          const exact = new Set(options.filter((option) => option.startsWith("=")).map((option) => Number(option.slice(1))));
          shape.plurals.push({ name: element.value, ordinal: element.pluralType === "ordinal", categories, exact });
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        }
        case TYPE.tag:
          shape.tags.add(element.value);
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message));
  return shape;
}

/**
 * The plural categories a language's messages must offer: those the whole numbers 0–1000 fall in
 * (Arabic: zero, one, two, few, many, other; Russian: one, few, many), plus `other`, which ICU
 * requires. Categories only fractions or millions reach (French "many") are left to `other`. A
 * category whose every number has an exact case (Arabic "zero" beside "=0") is covered by it.
 */
export function missingPluralCategories(locale: string, plural: MessageShape["plurals"][number]): string[] {
  const rules = new Intl.PluralRules(locale, { type: plural.ordinal ? "ordinal" : "cardinal" });
  const numbers = new Map<string, number[]>([["other", []]]);
  for (let n = 0; n <= 1000; n += 1) {
    const category = rules.select(n);
    numbers.set(category, [...(numbers.get(category) ?? []), n]);
  }
  return [...numbers]
    .filter(([category, members]) => !plural.categories.has(category) && (category === "other" || !members.every((n) => plural.exact.has(n))))
    .map(([category]) => category);
}

/** Source files (.ts, .tsx) under `dirs`, without tests. */
export function sourceFiles(root: string, dirs: string[]): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) visit(full);
      } else if (/\.tsx?$/u.test(entry.name) && !/\.(test|spec)\.tsx?$/u.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        files.push(full);
      }
    }
  };
  for (const dir of dirs) visit(path.join(root, dir));
  return files;
}

export interface FileUsage {
  /** Namespaces a translator is made for in the file ("" for the whole catalogue). */
  namespaces: Set<string>;
  /** String literals passed as the first argument of a call: t("key"), t.rich("key", …), t.has("key"). */
  literalKeys: Set<string>;
  /** The fixed start of template literals passed as a first argument: t(`kind.${kind}`) → "kind.". */
  dynamicPrefixes: Set<string>;
}

const NAMESPACE_PATTERNS = [
  /useTranslations\(\s*["']([\w.]+)["']\s*\)/gu,
  /getTranslations\(\s*["']([\w.]+)["']\s*\)/gu,
  /(?:getTranslations|createTranslator)\(\s*\{[^}]*?\bnamespace:\s*["']([\w.]+)["'][^}]*\}\s*\)/gu,
];
const ROOT_PATTERNS = [/useTranslations\(\s*\)/u, /getTranslations\(\s*\)/u, /getTranslations\(\s*\{(?![^}]*\bnamespace:)[^}]*\}\s*\)/u];
const LITERAL_CALL = /[\w$\]]\s*(?:\.(?:rich|markup|raw|has))?\(\s*["']([A-Za-z_][\w]*(?:\.[\w]+)*)["']/gu;
const TEMPLATE_CALL = /[\w$\]]\s*(?:\.(?:rich|markup|raw|has))?\(\s*`([\w.]*)\$\{/gu;

/**
 * How one source file uses the catalogue. Deliberately file-scoped and syntactic: a translator
 * and its keys live in the same file in this code base (Promise.all of getTranslations, hooks),
 * so a key counts as used when some file makes a translator for its namespace and calls a
 * function with the rest of the key as a literal.
 */
export function fileUsage(source: string): FileUsage {
  const namespaces = new Set<string>();
  for (const pattern of NAMESPACE_PATTERNS) for (const match of source.matchAll(pattern)) namespaces.add(match[1] ?? "");
  if (ROOT_PATTERNS.some((pattern) => pattern.test(source))) namespaces.add("");
  const literalKeys = new Set<string>();
  for (const match of source.matchAll(LITERAL_CALL)) literalKeys.add(match[1] ?? "");
  const dynamicPrefixes = new Set<string>();
  for (const match of source.matchAll(TEMPLATE_CALL)) dynamicPrefixes.add(match[1] ?? "");
  return { namespaces, literalKeys, dynamicPrefixes };
}

/** The full keys ("namespace.path.key") the files use with literal keys. */
export function usedKeys(usages: FileUsage[]): Set<string> {
  const used = new Set<string>();
  for (const usage of usages) {
    for (const namespace of usage.namespaces) {
      for (const key of usage.literalKeys) used.add(namespace ? `${namespace}.${key}` : key);
    }
  }
  return used;
}

/** The full key prefixes the files use with template literals ("documents.kindPlural."). */
export function usedDynamicPrefixes(usages: FileUsage[]): Set<string> {
  const used = new Set<string>();
  for (const usage of usages) {
    for (const namespace of usage.namespaces) {
      for (const prefix of usage.dynamicPrefixes) used.add(namespace ? `${namespace}.${prefix}` : prefix);
    }
  }
  return used;
}

export function readJson(file: string): Catalogue {
  return JSON.parse(readFileSync(file, "utf8")) as Catalogue;
}
