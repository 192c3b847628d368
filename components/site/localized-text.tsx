import { useTranslations } from "next-intl";
import type { UnLanguage } from "@/lib/i18n/languages";
import { textDirection } from "@/lib/i18n/languages";
import { translate, type TranslatedText } from "@/lib/i18n/translatable";

type TextElement = "span" | "p" | "h1" | "h2" | "h3" | "div";

export interface LocalizedTextProps {
  /** A translatable JSON column value ({ "en": "…", "fr": "…" }). */
  value: unknown;
  locale: UnLanguage;
  as?: TextElement;
  className?: string;
}

/** `lang` and `dir` for a text shown in place of the page's language; nothing when it is the page's. */
function foreignAttributes(translated: TranslatedText, locale: UnLanguage): { lang?: string; dir?: "ltr" | "rtl" } {
  if (!translated.isFallback) return {};
  const dir = textDirection(translated.lang);
  return { lang: translated.lang, dir: dir !== textDirection(locale) ? dir : undefined };
}

/** The name of `language` in the page's language ("anglais" on a French page). */
export function languageName(language: UnLanguage, locale: UnLanguage): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(language) ?? language;
}

/**
 * "Not available in Français; shown in English.", in the page's language and as plain text (not
 * a tooltip), so that every reader, and every screen reader, learns why the text is in another
 * language. Inline after a phrase, a paragraph after a block.
 */
export function FallbackNote({ locale, shown, inline }: { locale: UnLanguage; shown: UnLanguage; inline: boolean }) {
  const t = useTranslations("chrome");
  const note = t("fallback.note", { requested: languageName(locale, locale), shown: languageName(shown, locale) });
  const Element = inline ? "span" : "p";
  return (
    <Element lang={locale} dir={textDirection(locale)} className={inline ? "fallback-note fallback-note--inline" : "fallback-note"}>
      {note}
    </Element>
  );
}

/**
 * Renders a translatable field in the page's language. When only another language has a text,
 * that text is shown with its own `lang` (and `dir`) so that screen readers pronounce it right,
 * followed by a note saying so. Renders nothing when the field is empty.
 */
export function LocalizedText({ value, locale, as: Element = "span", className }: LocalizedTextProps) {
  const translated = translate(value, locale);
  if (!translated) return null;
  const text = (
    <Element className={className} {...foreignAttributes(translated, locale)}>
      {translated.text}
    </Element>
  );
  if (!translated.isFallback) return text;
  return (
    <>
      {text}
      {Element === "span" ? " " : null}
      <FallbackNote locale={locale} shown={translated.lang} inline={Element === "span"} />
    </>
  );
}

/** Splits a translatable multi-paragraph text on blank lines, each paragraph keeping its language. */
export function LocalizedParagraphs({ value, locale, className }: { value: unknown; locale: UnLanguage; className?: string }) {
  const translated = translate(value, locale);
  if (!translated) return null;
  const paragraphs = translated.text
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
  return (
    <>
      <div className={className} {...foreignAttributes(translated, locale)}>
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {translated.isFallback ? <FallbackNote locale={locale} shown={translated.lang} inline={false} /> : null}
    </>
  );
}
