// The six catalogues say the same things: every language has exactly English's keys, each message
// takes the same arguments (same names, same formats, same rich-text tags) and offers the plural
// categories its language needs; and every English key is used by the source, so a string that
// no page shows any more is deleted rather than translated five times for nothing.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, NAMESPACES } from "./catalogue";
import { fileUsage, flattenCatalogue, messageShape, missingPluralCategories, readJson, sourceFiles, usedDynamicPrefixes, usedKeys } from "./catalogue-checks";
import { PUBLIC_LOCALES } from "./routing";

const ROOT = path.resolve(__dirname, "../..");
const MESSAGES = path.join(ROOT, "lib/i18n/messages");
const TRANSLATIONS = PUBLIC_LOCALES.filter((locale) => locale !== "en");

/**
 * Keys the source builds at run time from a code value, so no literal names them: everything
 * under these prefixes counts as used, and each prefix must still be built somewhere (below).
 */
const DYNAMIC_PREFIXES: { prefix: string; reason: string }[] = [
  { prefix: "documents.kind.", reason: "t(`kind.${document.kind}`): one label per DocumentKind" },
  { prefix: "documents.kindPlural.", reason: "t(`kindPlural.${kind}`): the library's filter, one plural label per DocumentKind" },
  { prefix: "meeting.kind.", reason: "t(`kind.${meeting.kind}`): one label per MeetingKind" },
  { prefix: "meeting.role.", reason: "t(`role.${speaker.role}`): one label per SpeakerRole" },
  { prefix: "partners.types.", reason: "t(`types.${partner.type}`): one label per OrganisationType" },
  { prefix: "registration.form.type.", reason: "t(`type.${type}`): the organisation types of the form" },
  { prefix: "registration.form.ecosoc.", reason: "t(`ecosoc.${status}`): the ECOSOC statuses of the form" },
  { prefix: "registration.status.state.", reason: "t(`state.${status}`): one label per RegistrationStatus" },
  { prefix: "registration.status.next.", reason: "t(`next.${status}`): what happens next, per RegistrationStatus" },
];

/** The validation messages: lib/registrations/schemas.ts names them as zod messages. */
const VALIDATION_PREFIX = "registration.errors.";
const VALIDATION_SOURCES = ["lib/registrations/schemas.ts"];

function catalogueFile(locale: string, namespace: string): string {
  return path.join(MESSAGES, locale, `${namespace}.json`);
}

function english(namespace: string): Map<string, string> {
  return flattenCatalogue(readJson(catalogueFile("en", namespace)));
}

describe.each(TRANSLATIONS)("the %s catalogue", (locale) => {
  it.each(NAMESPACES)("has a %s file with exactly the English keys", (namespace) => {
    const file = catalogueFile(locale, namespace);
    expect(existsSync(file), `${path.relative(ROOT, file)} is missing`).toBe(true);
    const translated = flattenCatalogue(readJson(file));
    const reference = english(namespace);
    expect([...reference.keys()].filter((key) => !translated.has(key)), "missing keys").toEqual([]);
    expect([...translated.keys()].filter((key) => !reference.has(key)), "keys English does not have").toEqual([]);
    for (const [key, message] of translated) expect(message.trim(), `${namespace}.${key} is empty`).not.toBe("");
  });

  it.each(NAMESPACES)("gives every %s message the English arguments and its plural categories", (namespace) => {
    const translated = flattenCatalogue(readJson(catalogueFile(locale, namespace)));
    for (const [key, reference] of english(namespace)) {
      const message = translated.get(key);
      if (message === undefined) continue;
      const where = `${locale}/${namespace}.${key}`;
      const want = messageShape(reference);
      const got = messageShape(message);
      expect(Object.fromEntries(got.arguments), `${where}: arguments`).toEqual(Object.fromEntries(want.arguments));
      expect([...got.tags].sort(), `${where}: tags`).toEqual([...want.tags].sort());
      for (const plural of got.plurals) {
        expect(missingPluralCategories(locale, plural), `${where}: plural {${plural.name}} lacks categories`).toEqual([]);
      }
    }
  });

  it("loads through loadMessages with every namespace", async () => {
    const messages = await loadMessages(locale);
    expect(Object.keys(messages).sort()).toEqual([...NAMESPACES].sort());
    expect(messages.site.name).toBe(readJson(catalogueFile(locale, "site")).name);
    expect(messages.site.name).not.toBe((await loadMessages("en")).site.name);
  });
});

describe("the English catalogue", () => {
  const usages = sourceFiles(ROOT, ["app", "components", "lib"]).map((file) => fileUsage(readFileSync(file, "utf8")));
  const used = usedKeys(usages);
  const validationSource = VALIDATION_SOURCES.map((file) => readFileSync(path.join(ROOT, file), "utf8")).join("\n");

  it.each(NAMESPACES)("parses every %s message", (namespace) => {
    for (const [key, message] of english(namespace)) expect(() => messageShape(message), `${namespace}.${key}`).not.toThrow();
  });

  it("has no key the source does not use", () => {
    const unused: string[] = [];
    for (const namespace of NAMESPACES) {
      for (const key of english(namespace).keys()) {
        const full = `${namespace}.${key}`;
        if (used.has(full) || DYNAMIC_PREFIXES.some(({ prefix }) => full.startsWith(prefix))) continue;
        if (full.startsWith(VALIDATION_PREFIX) && validationSource.includes(`"${full.slice(VALIDATION_PREFIX.length)}"`)) continue;
        unused.push(full);
      }
    }
    expect(unused, "English keys no source file uses (delete them, in every language)").toEqual([]);
  });

  it("builds keys at run time only under the listed prefixes, each of which still has keys", () => {
    const built = usedDynamicPrefixes(usages);
    for (const { prefix, reason } of DYNAMIC_PREFIXES) {
      expect(built.has(prefix), `no source builds ${prefix}… any more (${reason})`).toBe(true);
      const [namespace = ""] = prefix.split(".");
      expect([...english(namespace).keys()].some((key) => `${namespace}.${key}`.startsWith(prefix)), `${prefix} has no keys`).toBe(true);
    }
  });

  it("finds usages the way the source writes them", () => {
    // The scanner's own check: forms used in this code base must be recognised.
    const usage = fileUsage(`
      const [t, other] = await Promise.all([getTranslations({ locale, namespace: "meeting" }), getTranslations({ locale })]);
      const form = useTranslations("registration.form");
      t("agendaHeading"); t.rich("download", { b: (chunks) => chunks }); form.has("type.NGO"); other("site.name");
      t(\`kind.\${meeting.kind}\`);
      const feed = createTranslator({ locale, messages: await loadMessages(locale), namespace: "subscribe" }); feed("feed.title");
    `);
    const keys = usedKeys([usage]);
    for (const key of ["meeting.agendaHeading", "meeting.download", "registration.form.type.NGO", "site.name", "subscribe.feed.title"]) expect(keys.has(key), key).toBe(true);
    expect(usedDynamicPrefixes([usage]).has("meeting.kind.")).toBe(true);
  });
});

describe("messageShape", () => {
  it("sees a dropped argument, a changed format, a lost tag and a missing plural category", () => {
    expect(Object.fromEntries(messageShape("{count, plural, one {# a} other {# b}} {name}").arguments)).toEqual({ count: "plural", name: "argument" });
    expect(messageShape("{count, number} of {max, number}").arguments.get("count")).toBe("number");
    expect([...messageShape("<language>{name}</language>").tags]).toEqual(["language"]);
    const [bare] = messageShape("{n, plural, other {#}}").plurals;
    expect(missingPluralCategories("ar", bare!).sort()).toEqual(["few", "many", "one", "two", "zero"]);
    expect(missingPluralCategories("ru", bare!).sort()).toEqual(["few", "many", "one"]);
    expect(missingPluralCategories("zh", bare!)).toEqual([]);
    const [withExactZero] = messageShape("{n, plural, =0 {none} one {#} two {#} few {#} many {#} other {#}}").plurals;
    expect(missingPluralCategories("ar", withExactZero!)).toEqual([]);
    expect(() => messageShape("{count, plural, one {# a}")).toThrow();
  });
});
