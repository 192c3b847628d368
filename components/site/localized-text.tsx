import type { UnLanguage } from "@/lib/i18n/languages";
import { textDirection } from "@/lib/i18n/languages";
import { translate } from "@/lib/i18n/translatable";

type TextElement = "span" | "p" | "h1" | "h2" | "h3" | "div";

export interface LocalizedTextProps {
  /** A translatable JSON column value ({ "en": "…", "fr": "…" }). */
  value: unknown;
  locale: UnLanguage;
  as?: TextElement;
  className?: string;
}

/**
 * Renders a translatable field in the page's language. When only another language has a text,
 * that text is shown with its own `lang` (and `dir`) so that screen readers pronounce it right.
 * Renders nothing when the field is empty.
 */
export function LocalizedText({ value, locale, as: Element = "span", className }: LocalizedTextProps) {
  const translated = translate(value, locale);
  if (!translated) return null;
  const foreign = translated.isFallback;
  return (
    <Element
      className={className}
      lang={foreign ? translated.lang : undefined}
      dir={foreign && textDirection(translated.lang) !== textDirection(locale) ? textDirection(translated.lang) : undefined}
    >
      {translated.text}
    </Element>
  );
}

/** Splits a translatable multi-paragraph text on blank lines, each paragraph keeping its language. */
export function LocalizedParagraphs({ value, locale, className }: { value: unknown; locale: UnLanguage; className?: string }) {
  const translated = translate(value, locale);
  if (!translated) return null;
  const lang = translated.isFallback ? translated.lang : undefined;
  const paragraphs = translated.text
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
  return (
    <div className={className} lang={lang}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
