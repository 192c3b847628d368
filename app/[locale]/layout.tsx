// Root layout of the public site (there is no app/layout.tsx: the staff console has its own root).
//
// Caching: every public page is ISR. Nothing is prerendered at build time — the build must not
// need a database, nor bake one database's data into the output — so generateStaticParams
// returns no locales and each page renders on its first request, then is served from the cache.
// Staff mutations call revalidatePublicPages() (lib/cache/public.ts) to refresh them at once.
import "@/components/ui/theme.css";
import "@/components/site/site.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteDocument } from "@/components/site/site-document";
import { publicBaseUrl } from "@/lib/env";
import { atomFeedPath } from "@/lib/seo/metadata";
import { isPublicLocale } from "@/lib/i18n/routing";

export function generateStaticParams(): { locale: string }[] {
  return [];
}

// Backstop: revalidatePath only clears the cache of the instance that ran the staff action; other
// instances behind a load balancer converge within this many seconds.
export const revalidate = 300;

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Omit<LayoutProps, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!isPublicLocale(locale)) return {};
  const t = await getTranslations({ locale });
  return {
    // Relative addresses in any page's metadata (images, alternates) resolve against the public URL.
    metadataBase: new URL(publicBaseUrl()),
    title: { template: `%s · ${t("site.shortName")}`, default: t("site.name") },
    description: t("metadata.description"),
    // Pages that return publicMetadata() replace these alternates with their own (which include the feed).
    alternates: { types: { "application/atom+xml": [{ url: atomFeedPath(locale), title: t("site.shortName") }] } },
  };
}

export default async function PublicRootLayout({ children, params }: LayoutProps) {
  const { locale } = await params;
  if (!isPublicLocale(locale)) notFound();
  // Lets next-intl read the locale without request headers, keeping the pages static.
  setRequestLocale(locale);
  return <SiteDocument locale={locale}>{children}</SiteDocument>;
}
