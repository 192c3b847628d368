// The 404 for URLs that match no route at all (e.g. /en/no-such-page). With two root layouts
// (public and staff) there is no layout to wrap it, so it renders the public site's whole frame
// in the default language.
import "@/components/ui/theme.css";
import "@/components/site/site.css";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteDocument } from "@/components/site/site-document";
import { routing } from "@/lib/i18n/routing";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: routing.defaultLocale });
  return { title: `${t("notFound.title")} · ${t("site.shortName")}` };
}

export default function GlobalNotFound() {
  return (
    <SiteDocument locale={routing.defaultLocale} keepPageOnSwitch={false}>
      <NotFoundContent locale={routing.defaultLocale} />
    </SiteDocument>
  );
}
