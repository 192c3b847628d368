import { describe, expect, it } from "vitest";
import { textDirection, UN_LANGUAGES, type UnLanguage } from "@/lib/i18n/languages";
import { redactSecretLinks } from "./redact";
import { EMAIL_TEMPLATES, type EmailParams, type EmailTemplate, renderEmail } from "./templates";

const BASE = "https://portal.example.org";
const TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCd";
const confirmUrl = `${BASE}/fr/registration/confirm/${TOKEN}`;
const statusUrl = `${BASE}/fr/registration/access/${TOKEN}`;

function paramsFor(organisationName: string, eventTitle: string, extra: string): { [T in EmailTemplate]: EmailParams[T] } {
  return {
    "registration.confirm-email": { organisationName, eventTitle, confirmUrl, expiresAt: "2026-11-24T14:05:00.000Z" },
    "registration.received": { organisationName, eventTitle, statusUrl, nonObjectionRequired: true },
    "registration.link": { organisationName, eventTitle, statusUrl },
    "registration.already-registered": { eventTitle, linkRequestUrl: `${BASE}/en/registration/link` },
    "registration.organisation-taken": { organisationName, eventTitle },
    "registration.approved": { organisationName, eventTitle, statusUrl, representatives: [`Ana ${extra}`, "Jean Dupont"] },
    "registration.waitlisted": { organisationName, eventTitle, statusUrl },
    "registration.declined": { organisationName, eventTitle, statusUrl, message: `Capacity reached.\nThank you ${extra}`, reason: `Late ${extra}` },
    "registration.withdrawn": { organisationName, eventTitle },
  };
}

/** A fact of each template that must be in its text and HTML, in each language. */
const KEY_FACTS: Record<EmailTemplate, Record<UnLanguage, string>> = {
  "registration.confirm-email": { en: "Confirm my registration", fr: "Confirmer mon inscription", es: "Confirmar mi inscripción", ar: "تأكيد تسجيلي", zh: "确认我的注册", ru: "Подтвердить регистрацию" },
  "registration.received": { en: "non-objection", fr: "non-objection", es: "no objeción", ar: "عدم الاعتراض", zh: "无异议程序", ru: "отсутствия возражений" },
  "registration.link": { en: "View my registration", fr: "Voir mon inscription", es: "Ver mi inscripción", ar: "عرض تسجيلي", zh: "查看我的注册", ru: "Посмотреть регистрацию" },
  "registration.already-registered": { en: "Send me my link", fr: "Recevoir mon lien", es: "Enviarme mi enlace", ar: "إرسال رابطي", zh: "发送我的链接", ru: "Получить ссылку" },
  "registration.organisation-taken": { en: "already registered", fr: "déjà inscrite", es: "ya está inscrita", ar: "مسجّلة بالفعل", zh: "该组织已经注册", ru: "уже зарегистрирована" },
  "registration.approved": { en: "approved", fr: "approuvée", es: "aprobada", ar: "الموافقة على تسجيل", zh: "已获批准", ru: "утверждена" },
  "registration.waitlisted": { en: "waiting list", fr: "liste d’attente", es: "lista de espera", ar: "قائمة الانتظار", zh: "候补名单", ru: "лист ожидания" },
  "registration.declined": { en: "could not be accepted", fr: "n’a pas pu être acceptée", es: "no ha podido ser aceptada", ar: "تعذّر قبول", zh: "未能获得接受", ru: "принять не удалось" },
  "registration.withdrawn": { en: "withdrawn", fr: "retirée", es: "se ha retirado", ar: "سُحب تسجيل", zh: "已撤回", ru: "отозвана" },
};

const LINKS: Partial<Record<EmailTemplate, string>> = {
  "registration.confirm-email": confirmUrl,
  "registration.received": statusUrl,
  "registration.link": statusUrl,
  "registration.already-registered": `${BASE}/en/registration/link`,
  "registration.approved": statusUrl,
  "registration.waitlisted": statusUrl,
  "registration.declined": statusUrl,
};

describe("renderEmail", () => {
  const params = paramsFor("Migrants Forum Asia", "Hearings 2013", "Smith");
  for (const language of UN_LANGUAGES) {
    for (const template of EMAIL_TEMPLATES) {
      it(`${template} in ${language} says its key facts`, () => {
        const email = renderEmail(template, language, params[template]);
        expect(email.language).toBe(language);
        expect(email.subject).toContain("Hearings 2013");
        for (const body of [email.text, email.html]) {
          expect(body).toContain("Hearings 2013");
          expect(body).toContain(KEY_FACTS[template][language]);
          if (template !== "registration.already-registered") expect(body).toContain("Migrants Forum Asia");
        }
        expect(email.html).toContain(`<html lang="${language}" dir="${textDirection(language)}">`);
        const link = LINKS[template];
        if (link) {
          expect(email.text).toContain(link);
          // As a button and written out in full.
          expect(email.html.split(`href="${link}"`).length - 1).toBe(2);
          expect(email.html).toContain(`>${link}</a>`);
        }
      });
    }
  }

  it("writes the expiry date in the registrant's language", () => {
    const p = params["registration.confirm-email"];
    expect(renderEmail("registration.confirm-email", "en", p).text).toContain("24 November 2026");
    expect(renderEmail("registration.confirm-email", "fr", p).text).toContain("24 novembre 2026");
    expect(renderEmail("registration.confirm-email", "es", p).text).toContain("24 de noviembre de 2026");
    expect(renderEmail("registration.confirm-email", "ar", p).text).toContain("24 نوفمبر 2026");
    expect(renderEmail("registration.confirm-email", "zh", p).text).toContain("2026年11月24日");
    expect(renderEmail("registration.confirm-email", "ru", p).text).toContain("24 ноября 2026");
  });

  it("lists the approved representatives and quotes the decline message and reason", () => {
    const approved = renderEmail("registration.approved", "en", params["registration.approved"]);
    expect(approved.text).toContain("- Jean Dupont");
    expect(approved.html).toContain("<li>Jean Dupont</li>");
    const declined = renderEmail("registration.declined", "es", params["registration.declined"]);
    expect(declined.text).toContain("> Capacity reached.\n> Thank you Smith");
    expect(declined.text).toContain("Motivo: Late Smith");
    expect(declined.html).toContain("Capacity reached.<br>Thank you Smith");
  });

  it("says nothing about non-objection when it is not required", () => {
    const email = renderEmail("registration.received", "en", { ...params["registration.received"], nonObjectionRequired: false });
    expect(email.text).not.toContain("non-objection");
  });

  it("lays Arabic out right to left, lists and quotes indented on the right", () => {
    const email = renderEmail("registration.declined", "ar", params["registration.declined"]);
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
    expect(email.html).toContain('<body dir="rtl"');
    expect(email.html).toContain("border-right:4px");
    expect(email.html).not.toMatch(/border-left|padding-left/u);
    expect(renderEmail("registration.approved", "en", params["registration.approved"]).html).toContain("padding-left:24px");
  });

  it("falls back to English for a language outside the six", () => {
    const email = renderEmail("registration.withdrawn", "de" as UnLanguage, params["registration.withdrawn"]);
    expect(email.language).toBe("en");
    expect(email.subject).toBe("Registration withdrawn: Hearings 2013");
    expect(email.html).toContain('<html lang="en" dir="ltr">');
  });
});

describe("hostile values", () => {
  const hostile = {
    organisation: 'Evil<script>alert(1)</script> "><img src=x onerror=alert(2)> =cmd|\' /C calc\'!A0',
    event: "Hearings\r\nBcc: victim@example.org\r\n\r\n<b>x</b>",
    extra: "<iframe src=javascript:alert(3)>",
  };
  const params = paramsFor(hostile.organisation, hostile.event, hostile.extra);

  for (const template of EMAIL_TEMPLATES) {
    it(`${template} renders them inertly`, () => {
      const email = renderEmail(template, "en", params[template]);
      expect(email.subject).not.toMatch(/[\r\n\u0000-\u001f]/u);
      expect(email.subject).toContain("Hearings Bcc: victim@example.org <b>x</b>");
      expect(email.html).not.toMatch(/<script|<img|<iframe|<b>/iu);
      expect(email.html).not.toMatch(/<[^>]*\sonerror=/iu);
      if (template !== "registration.already-registered") {
        expect(email.html).toContain("Evil&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt; =cmd|&#39; /C calc&#39;!A0");
        expect(email.text).toContain(hostile.organisation);
      }
      // The text body keeps values on their line: an injected CRLF cannot start a new paragraph.
      expect(email.text).not.toContain("\r");
    });
  }

  it("never turns a non-web address into a link", () => {
    const email = renderEmail("registration.link", "en", { organisationName: "A", eventTitle: "B", statusUrl: "javascript:alert(1)" });
    expect(email.html).not.toContain("href=");
    expect(email.text).toContain("javascript:alert(1)");
  });
});

describe("redactSecretLinks", () => {
  it("replaces the token of confirmation and status links, and nothing else", () => {
    const text = `a ${confirmUrl} b ${statusUrl} c ${BASE}/en/registration/link`;
    expect(redactSecretLinks(text)).toBe(`a ${BASE}/fr/registration/confirm/… b ${BASE}/fr/registration/access/… c ${BASE}/en/registration/link`);
  });
  it("redacts every copy in an HTML body", () => {
    const html = renderEmail("registration.confirm-email", "en", paramsFor("A", "B", "C")["registration.confirm-email"]).html;
    expect(redactSecretLinks(html)).not.toContain(TOKEN);
  });
});
