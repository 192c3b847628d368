import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarLinks } from "@/components/subscribe/calendar-links";
import type { PublicLocale } from "@/lib/i18n/routing";
import { atomFeedPath } from "@/lib/seo/metadata";

/** The open-data API's description (API engineer, app/api/v1). */
const OPENAPI_PATH = "/api/v1/openapi.json";

export async function SiteFooter({ locale }: { locale: PublicLocale }) {
  const [t, chrome] = await Promise.all([getTranslations({ locale, namespace: "site" }), getTranslations({ locale, namespace: "chrome" })]);
  const links = [
    { href: `/${locale}`, label: t("nav.home") },
    { href: `/${locale}/events`, label: t("nav.events") },
    { href: `/${locale}/documents`, label: t("nav.documents") },
    { href: `/${locale}/states`, label: t("nav.states") },
    { href: `/${locale}/partners`, label: chrome("nav.partners") },
    { href: `/${locale}/search`, label: chrome("nav.search") },
  ];
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="site-footer__name">{t("name")}</p>
          <p>{t("footer.about")}</p>
          <p>{t("footer.secretariat")}</p>
        </div>
        <nav aria-label={t("footer.navLabel")}>
          <ul className="site-footer__links">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <section className="site-footer__follow" aria-labelledby="site-footer-follow">
          <h2 id="site-footer-follow" className="site-footer__heading">
            {chrome("footer.followHeading")}
          </h2>
          <CalendarLinks locale={locale} scope={{ kind: "all" }} />
          <ul className="site-footer__links">
            <li>
              <a href={atomFeedPath(locale)} type="application/atom+xml">
                {chrome("footer.feed")}
              </a>
            </li>
            <li>
              <a href={OPENAPI_PATH} type="application/json">
                {chrome("footer.openData")}
              </a>
            </li>
          </ul>
        </section>
      </div>
    </footer>
  );
}
