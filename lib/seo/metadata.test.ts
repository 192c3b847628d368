import { beforeEach, describe, expect, it, vi } from "vitest";
import { PUBLIC_LOCALES } from "@/lib/i18n/routing";

vi.mock("@/lib/env", () => ({ publicBaseUrl: () => "https://hld.example.org" }));

const { OPEN_GRAPH_LOCALES, languageAlternates, localizedUrl, publicMetadata } = await import("./metadata");

describe("publicMetadata", () => {
  let metadata: ReturnType<typeof publicMetadata>;
  beforeEach(() => {
    metadata = publicMetadata({ locale: "en", path: "/events/hld-2013", title: "HLD 2013", description: "The second dialogue.", type: "article" });
  });

  it("gives the title, the description and an absolute canonical address in the page's language", () => {
    expect(metadata.title).toBe("HLD 2013");
    expect(metadata.description).toBe("The second dialogue.");
    expect(metadata.alternates?.canonical).toBe("https://hld.example.org/en/events/hld-2013");
  });

  it("lists the page in every public language and x-default (the default language)", () => {
    const languages = metadata.alternates?.languages as Record<string, string>;
    expect(Object.keys(languages).sort()).toEqual([...PUBLIC_LOCALES, "x-default"].sort());
    for (const locale of PUBLIC_LOCALES) expect(languages[locale]).toBe(`https://hld.example.org/${locale}/events/hld-2013`);
    expect(languages["x-default"]).toBe("https://hld.example.org/en/events/hld-2013");
  });

  it("links the Atom feed in the page's language", () => {
    const types = metadata.alternates?.types as Record<string, { url: string }[]>;
    expect(types["application/atom+xml"]?.[0]?.url).toBe("https://hld.example.org/api/feeds/en/atom.xml");
  });

  it("describes the page for Open Graph and Twitter", () => {
    expect(metadata.openGraph).toMatchObject({
      title: "HLD 2013",
      description: "The second dialogue.",
      url: "https://hld.example.org/en/events/hld-2013",
      siteName: "HLD Portal",
      locale: "en_GB",
      type: "article",
    });
    const alternateLocale = (metadata.openGraph as { alternateLocale: string[] }).alternateLocale;
    expect(alternateLocale).toEqual(PUBLIC_LOCALES.filter((locale) => locale !== "en").map((locale) => OPEN_GRAPH_LOCALES[locale]));
    expect(metadata.twitter).toMatchObject({ card: "summary", title: "HLD 2013", description: "The second dialogue." });
  });

  it("is a website unless told otherwise", () => {
    const home = publicMetadata({ locale: "en", path: "/", title: "Home", description: "d" });
    expect(home.openGraph).toMatchObject({ type: "website", url: "https://hld.example.org/en" });
  });
});

describe("localizedUrl", () => {
  it("puts home at /{locale} and other pages under it", () => {
    expect(localizedUrl("ar", "/", "https://x.org")).toBe("https://x.org/ar");
    expect(localizedUrl("fr", "/documents/symbol/A/RES/68/4", "https://x.org")).toBe("https://x.org/fr/documents/symbol/A/RES/68/4");
    expect(localizedUrl("zh", "states", "https://x.org")).toBe("https://x.org/zh/states");
  });

  it("gives x-default the default language's address", () => {
    expect(languageAlternates("/states", "https://x.org")["x-default"]).toBe("https://x.org/en/states");
  });
});

describe("OPEN_GRAPH_LOCALES", () => {
  it("names a territory for each of the six languages", () => {
    expect(OPEN_GRAPH_LOCALES).toEqual({ ar: "ar_AR", zh: "zh_CN", en: "en_GB", fr: "fr_FR", ru: "ru_RU", es: "es_ES" });
  });
});
