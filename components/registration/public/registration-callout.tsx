// The "Registration" box on a public hearing or event page. Those pages are cached (ISR), so the
// box states the window and links to the form; the form page itself decides, per request, whether
// it is open. Once the window has closed (as of the page's last render) the link is left out.
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui";
import type { PublicLocale } from "@/lib/i18n/routing";
import { windowValues } from "./window-text";
import "./registration.css";

export interface RegistrationCalloutData {
  state: "upcoming" | "open" | "closed";
  opensAt: Date;
  closesAt: Date;
  timeZone: string;
  /** The register page, e.g. /en/meetings/{slug}/register. */
  registerHref: string;
}

export async function RegistrationCallout({ callout, locale }: { callout: RegistrationCalloutData; locale: PublicLocale }) {
  const t = await getTranslations({ locale, namespace: "registration.callout" });
  const when = windowValues(callout, locale);
  return (
    <section aria-labelledby="registration-callout-heading" className="card reg-callout">
      <h2 id="registration-callout-heading" className="card__title">
        {t("heading")}
      </h2>
      <p>{callout.state === "closed" ? t("closed", when) : t("window", when)}</p>
      {callout.state === "closed" ? null : (
        <p>
          <a className={buttonClass()} href={callout.registerHref}>
            {t("formLink")}
          </a>
        </p>
      )}
      <p>
        <a href={`/${locale}/registration/status`}>{t("statusLink")}</a>
      </p>
    </section>
  );
}
