// The body of a registration form page (for a hearing or a whole event): title, the window in
// the venue's time zone, and the form while the window is open; outside it a notice and no form.
// Rendered per request (the form carries a fresh fill-time token), never cached.
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui";
import type { PublicLocale } from "@/lib/i18n/routing";
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, issueFormToken } from "@/lib/registrations/anti-bot";
import { REGISTRANT_LANGUAGES } from "@/lib/registrations/schemas";
import { countryOptions } from "./country-options";
import type { PublicFormState } from "./form-state";
import { RegistrationForm } from "./registration-form";
import { RegistrationIntl } from "./registration-intl";
import { windowValues } from "./window-text";
import "./registration.css";

export interface RegistrationPageData {
  periodId: string;
  /** What is registered for (the hearing's or the event's title), in the page's language. */
  title: string;
  state: "upcoming" | "open" | "closed";
  opensAt: Date;
  closesAt: Date;
  /** The venue's IANA time zone, in which the window is shown. */
  timeZone: string;
  maxRepresentatives: number;
  nonObjectionRequired: boolean;
  privacyNotice: { text: string; lang?: string };
}

export async function RegistrationPage({
  page,
  locale,
  action,
  backHref,
}: {
  page: RegistrationPageData;
  locale: PublicLocale;
  action: (state: PublicFormState, formData: FormData) => Promise<PublicFormState>;
  backHref: string;
}) {
  const t = await getTranslations({ locale, namespace: "registration.page" });
  const when = windowValues(page, locale);
  return (
    <>
      <header className="page-header">
        <h1>{t("title", { title: page.title })}</h1>
        {page.state === "open" ? <p className="lead">{t("open", when)}</p> : null}
      </header>
      {page.state === "open" ? (
        <>
          <p className="prose">{t("intro")}</p>
          <RegistrationIntl locale={locale}>
            <RegistrationForm
              action={action}
              maxRepresentatives={page.maxRepresentatives}
              nonObjectionRequired={page.nonObjectionRequired}
              countries={countryOptions(locale)}
              privacyNotice={page.privacyNotice}
              defaultLanguage={(REGISTRANT_LANGUAGES as readonly string[]).includes(locale) ? locale : "en"}
              antiBot={{ honeypotName: HONEYPOT_FIELD, tokenName: FORM_TOKEN_FIELD, token: issueFormToken() }}
              hidden={{ periodId: page.periodId }}
              linkPageHref={`/${locale}/registration/link`}
            />
          </RegistrationIntl>
        </>
      ) : (
        <Alert tone="info" title={t("notOpenTitle")}>
          <p>{page.state === "upcoming" ? t("upcoming", when) : t("closed", when)}</p>
        </Alert>
      )}
      <p>
        <a href={backHref}>{t("backToPage", { title: page.title })}</a>
      </p>
    </>
  );
}
