import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PublicLocale } from "@/lib/i18n/routing";

export async function SiteFooter({ locale }: { locale: PublicLocale }) {
  const t = await getTranslations({ locale, namespace: "site" });
  const links = [
    { href: `/${locale}`, label: t("nav.home") },
    { href: `/${locale}/events`, label: t("nav.events") },
    { href: `/${locale}/states`, label: t("nav.states") },
    { href: `/${locale}/documents`, label: t("nav.documents") },
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
      </div>
    </footer>
  );
}
