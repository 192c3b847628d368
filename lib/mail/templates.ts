// Renders a registrant email to { subject, text, html } in the registrant's language (each of the
// six UN languages has its copy; Arabic is laid out right to left). The copy files return plain text pieces;
// this file alone builds markup, escaping every piece, so no value (an organisation name, a decline
// reason typed by staff) can ever become markup, and the subject is stripped of CR/LF and other
// control characters so it can never add a header.
import { type UnLanguage, textDirection } from "@/lib/i18n/languages";
import { ar } from "./copy/ar";
import { en } from "./copy/en";
import { es } from "./copy/es";
import { fr } from "./copy/fr";
import { ru } from "./copy/ru";
import { zh } from "./copy/zh";
import type { EmailContent, EmailParams, EmailTemplate, LanguageCopy } from "./types";

export { EMAIL_TEMPLATES, EMAIL_TEMPLATE_LABELS, type EmailParams, type EmailTemplate } from "./types";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  /** The language the copy is in. */
  language: UnLanguage;
}

const COPIES: Record<UnLanguage, LanguageCopy> = { ar, zh, en, fr, ru, es };

/** The languages that have their own copy: all six. */
export const EMAIL_LANGUAGES = Object.keys(COPIES) as UnLanguage[];

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/gu, (character) => HTML_ESCAPES[character] ?? character);
}

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu;

/** A header-safe one-line value: control characters (CR/LF included) become one space. */
export function headerSafe(value: string): string {
  return value.replace(CONTROL_CHARACTERS, " ").replace(/\s{2,}/gu, " ").trim();
}

/** Text for the body: tabs and line breaks inside a value are kept as spaces, other controls dropped. */
function bodySafe(value: string): string {
  return value.replace(CONTROL_CHARACTERS, " ");
}

/** Only http(s) addresses become links; anything else is shown as text. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s"'<>]+$/iu.test(url);
}

function dateTimeIn(locale: string) {
  const format = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
  return (iso: string) => {
    const instant = new Date(iso);
    return Number.isNaN(instant.getTime()) ? iso : format.format(instant);
  };
}

function toText(content: EmailContent, copy: LanguageCopy): string {
  const blocks: string[] = [content.greeting, ...content.paragraphs].map(bodySafe);
  if (content.list && content.list.length > 0) blocks.push(content.list.map((item) => `- ${bodySafe(item)}`).join("\n"));
  for (const quote of content.quotes ?? []) blocks.push(quote.split(/\r\n|\r|\n/u).map((line) => `> ${bodySafe(line)}`).join("\n"));
  if (content.action) blocks.push(`${bodySafe(content.action.label)}:\n${bodySafe(content.action.url)}`);
  blocks.push(...(content.after ?? []).map(bodySafe));
  blocks.push(`-- \n${copy.layout.footer}`);
  return `${blocks.join("\n\n")}\n`;
}

const FONT = "font-family:Arial,Helvetica,sans-serif;";
const P = `margin:0 0 16px;${FONT}font-size:16px;line-height:1.5;color:#1f2933;`;
const SMALL = `margin:0 0 16px;${FONT}font-size:14px;line-height:1.5;color:#52606d;`;

const paragraph = (text: string, style = P) => `<p style="${style}">${escapeHtml(bodySafe(text))}</p>`;

function toHtml(content: EmailContent, copy: LanguageCopy, language: UnLanguage, subject: string): string {
  const dir = textDirection(language);
  // Mail clients ignore logical CSS properties (padding-inline-start…): the start side is spelled
  // out for the direction, so Arabic lists and quotes are indented on the right.
  const start = dir === "rtl" ? "right" : "left";
  const parts: string[] = [paragraph(content.greeting), ...content.paragraphs.map((text) => paragraph(text))];
  if (content.list && content.list.length > 0) {
    parts.push(`<ul style="margin:0 0 16px;padding-${start}:24px;${FONT}font-size:16px;line-height:1.5;color:#1f2933;">${content.list.map((item) => `<li>${escapeHtml(bodySafe(item))}</li>`).join("")}</ul>`);
  }
  for (const quote of content.quotes ?? []) {
    // Staff may write the decline message on several lines: each line is escaped on its own.
    const lines = quote.split(/\r\n|\r|\n/u).map((line) => escapeHtml(bodySafe(line)));
    parts.push(
      `<blockquote style="margin:0 0 16px;padding:8px 16px;border-${start}:4px solid #cbd2d9;${FONT}font-size:16px;line-height:1.5;color:#1f2933;">${lines.join("<br>")}</blockquote>`,
    );
  }
  if (content.action) {
    const { label, url } = content.action;
    if (isWebUrl(url)) {
      const href = escapeHtml(url);
      parts.push(
        `<p style="margin:24px 0;"><a href="${href}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:#0b5cad;color:#ffffff;text-decoration:none;font-weight:bold;${FONT}font-size:16px;">${escapeHtml(label)}</a></p>`,
        `<p style="${SMALL}">${escapeHtml(copy.layout.copyLink)}<br><a href="${href}" style="color:#0b5cad;word-break:break-all;">${href}</a></p>`,
      );
    } else {
      parts.push(paragraph(`${label}: ${url}`));
    }
  }
  parts.push(...(content.after ?? []).map((text) => paragraph(text, SMALL)));
  const body = parts.join("\n");
  return `<!DOCTYPE html>
<html lang="${language}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body dir="${dir}" style="margin:0;padding:0;background:#f4f5f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border:1px solid #e4e7eb;border-radius:8px;"><tr><td dir="${dir}" style="padding:24px 28px;text-align:${start};">
<p style="margin:0 0 24px;${FONT}font-size:14px;font-weight:bold;letter-spacing:0.04em;color:#0b5cad;">HLD Portal</p>
${body}
</td></tr></table>
<p style="margin:16px 0 0;${FONT}font-size:12px;line-height:1.5;color:#7b8794;">${escapeHtml(copy.layout.footer)}</p>
</td></tr></table>
</body>
</html>
`;
}

export function renderEmail<T extends EmailTemplate>(template: T, language: UnLanguage, params: EmailParams[T]): RenderedEmail {
  // A language outside the six (bad data) still gets an email, in English.
  const contentLanguage: UnLanguage = language in COPIES ? language : "en";
  const copy = COPIES[contentLanguage];
  const build = copy.templates[template] as (params: EmailParams[T], helpers: { dateTime(iso: string): string }) => EmailContent;
  const content = build(params, { dateTime: dateTimeIn(copy.locale) });
  const subject = headerSafe(content.subject);
  return { subject, text: toText(content, copy), html: toHtml(content, copy, contentLanguage, subject), language: contentLanguage };
}
