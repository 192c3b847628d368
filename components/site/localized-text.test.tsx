import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ar from "@/lib/i18n/messages/ar/chrome.json";
import en from "@/lib/i18n/messages/en/chrome.json";
import fr from "@/lib/i18n/messages/fr/chrome.json";
import { LocalizedParagraphs, LocalizedText } from "./localized-text";

const CHROME = { en, fr, ar } as const;

function render(locale: keyof typeof CHROME, node: ReactNode): string {
  return renderToStaticMarkup(
    // `as never`: the provider's Locale type is PUBLIC_LOCALES, which may not list every UN language yet.
    <NextIntlClientProvider locale={locale as never} messages={{ chrome: CHROME[locale] }} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );
}

describe("LocalizedText", () => {
  it("shows the page's language without lang or note", () => {
    const html = render("fr", <LocalizedText value={{ en: "Migration", fr: "Les migrations" }} locale="fr" as="h1" />);
    expect(html).toBe("<h1>Les migrations</h1>");
  });

  it("shows a fallback with its own lang and a note in the page's language naming both languages", () => {
    const html = render("fr", <LocalizedText value={{ en: "Migration" }} locale="fr" as="h1" />);
    expect(html).toBe('<h1 lang="en">Migration</h1><p lang="fr" dir="ltr" class="fallback-note">Non disponible en français ; affiché en anglais.</p>');
  });

  it("puts the note inline after a phrase", () => {
    const html = render("en", <LocalizedText value={{ fr: "Dialogue" }} locale="en" />);
    expect(html).toBe('<span lang="fr">Dialogue</span> <span lang="en" dir="ltr" class="fallback-note fallback-note--inline">Not available in English; shown in French.</span>');
  });

  it("gives an English fallback on an Arabic page its left-to-right direction, the note right to left", () => {
    const html = render("ar", <LocalizedText value={{ en: "Round table 1" }} locale="ar" as="p" />);
    expect(html).toContain('<p lang="en" dir="ltr">Round table 1</p>');
    expect(html).toContain('<p lang="ar" dir="rtl" class="fallback-note">غير متاح باللغة العربية؛ معروض باللغة الإنجليزية.</p>');
  });

  it("renders nothing for an empty field", () => {
    expect(render("en", <LocalizedText value={{ en: "  " }} locale="en" />)).toBe("");
  });
});

describe("LocalizedParagraphs", () => {
  it("splits paragraphs and notes the fallback once, after them", () => {
    const html = render("en", <LocalizedParagraphs value={{ es: "Uno.\n\nDos." }} locale="en" className="prose" />);
    expect(html).toBe(
      '<div class="prose" lang="es"><p>Uno.</p><p>Dos.</p></div><p lang="en" dir="ltr" class="fallback-note">Not available in English; shown in Spanish.</p>',
    );
  });

  it("adds nothing when the text is in the page's language", () => {
    expect(render("en", <LocalizedParagraphs value={{ en: "One." }} locale="en" />)).toBe("<div><p>One.</p></div>");
  });
});
