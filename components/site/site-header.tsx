import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PublicLocale } from "@/lib/i18n/routing";
import { SiteNav } from "./site-nav";

/** The banner: portal name (links home) and the main navigation. */
export async function SiteHeader({ locale }: { locale: PublicLocale }) {
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <header className="site-header">
      <div className="site-header__band">
        <div className="container site-header__inner">
          <Link href={`/${locale}`} className="site-header__brand">
            <span className="site-header__org">{t("organisation")}</span>
            <span className="site-header__name">{t("name")}</span>
          </Link>
        </div>
      </div>
      <SiteNav
        label={t("navLabel")}
        items={[
          { href: "/", label: t("nav.home") },
          { href: "/events", label: t("nav.events") },
          { href: "/states", label: t("nav.states") },
          { href: "/documents", label: t("nav.documents") },
        ]}
      />
    </header>
  );
}
