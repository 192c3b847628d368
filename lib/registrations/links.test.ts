import { describe, expect, it } from "vitest";
import { publicBaseUrl } from "@/lib/env";
import { PUBLIC_LOCALES } from "@/lib/i18n/routing";
import { accessUrl, confirmUrl, linkRequestUrl, registrantLocale, statusPageUrl } from "./links";
import { REGISTRANT_LANGUAGES } from "./schemas";

const TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCd";

describe("links in registration emails", () => {
  it("lead to the pages in the registrant's language, as stored (FR) or as typed (fr)", () => {
    const base = publicBaseUrl();
    expect(confirmUrl("FR", TOKEN)).toBe(`${base}/fr/registration/confirm/${TOKEN}`);
    expect(accessUrl("ar", TOKEN)).toBe(`${base}/ar/registration/access/${TOKEN}`);
    expect(linkRequestUrl("ZH")).toBe(`${base}/zh/registration/link`);
    expect(statusPageUrl("ru")).toBe(`${base}/ru/registration/status`);
  });

  it("offer every email language as a public page language, and English for anything else", () => {
    for (const language of REGISTRANT_LANGUAGES) expect(registrantLocale(language.toUpperCase())).toBe(language);
    expect([...REGISTRANT_LANGUAGES].sort()).toEqual([...PUBLIC_LOCALES].sort());
    expect(registrantLocale("de")).toBe("en");
  });
});
