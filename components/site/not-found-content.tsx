import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PublicLocale } from "@/lib/i18n/routing";

/** The body of every public 404: what happened and where to go instead. */
export async function NotFoundContent({ locale }: { locale: PublicLocale }) {
  const t = await getTranslations({ locale, namespace: "notFound" });
  const links = [
    { href: `/${locale}`, label: t("home") },
    { href: `/${locale}/events`, label: t("events") },
    { href: `/${locale}/documents`, label: t("documents") },
    { href: `/${locale}/states`, label: t("states") },
  ];
  return (
    <div className="prose">
      <h1>{t("title")}</h1>
      <p className="lead">{t("body")}</p>
      <p>{t("suggestions")}</p>
      <ul className="link-list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
