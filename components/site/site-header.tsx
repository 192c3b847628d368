import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SiteSearchBox } from "@/components/search/search-box";
import { PUBLIC_LOCALES, type PublicLocale } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";
import { SiteNav } from "./site-nav";

/** The banner: portal name (links home), the language switcher, the search box and the main navigation. */
export async function SiteHeader({ locale, keepPageOnSwitch = true }: { locale: PublicLocale; keepPageOnSwitch?: boolean }) {
  const [t, chrome] = await Promise.all([getTranslations({ locale, namespace: "site" }), getTranslations({ locale, namespace: "chrome" })]);
  return (
    <header className="site-header">
      <div className="site-header__band">
        <div className="container site-header__inner">
          <Link href={`/${locale}`} className="site-header__brand">
            <span className="site-header__org">{t("organisation")}</span>
            <span className="site-header__name">{t("name")}</span>
          </Link>
          <div className="site-header__tools">
            <LanguageSwitcher locale={locale} locales={PUBLIC_LOCALES} label={chrome("languages.label")} keepPage={keepPageOnSwitch} />
            <SiteSearchBox locale={locale} />
          </div>
        </div>
      </div>
      <SiteNav
        locale={locale}
        label={t("navLabel")}
        items={[
          { href: "/", label: t("nav.home") },
          { href: "/events", label: t("nav.events") },
          { href: "/documents", label: t("nav.documents") },
          { href: "/states", label: t("nav.states") },
          { href: "/partners", label: chrome("nav.partners") },
          { href: "/search", label: chrome("nav.search") },
        ]}
      />
    </header>
  );
}
