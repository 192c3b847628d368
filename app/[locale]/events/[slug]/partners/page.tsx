// /{locale}/events/{slug}/partners: the organisations approved for the event's hearings that
// agreed to be listed (name, type, country). ISR like the event page: approvals refresh it
// through revalidatePublicPages.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolvePageLocale } from "@/components/site/page-locale";
import { PartnerTable } from "@/components/partners/partner-table";
import { Alert, Breadcrumbs } from "@/components/ui";
import { getPublicEvent } from "@/lib/events/queries";
import { translateText } from "@/lib/i18n/translatable";
import { listPublicPartners } from "@/lib/registrations/partners";
import { publicMetadata } from "@/lib/seo/metadata";

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
}

// Slugs are not known at build time: each page renders on its first request, then is cached.
export function generateStaticParams(): { slug: string }[] {
  return [];
}
export const dynamicParams = true;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const event = await getPublicEvent((await params).slug);
  if (!event) return {};
  const [t, library] = await Promise.all([getTranslations({ locale, namespace: "partners" }), getTranslations({ locale, namespace: "library" })]);
  return publicMetadata({
    locale,
    path: `/events/${event.slug}/partners`,
    title: t("metaTitle", { event: translateText(event.title, locale) }),
    description: library("meta.partnersDescription"),
  });
}

export default async function PartnersPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const [event, partners] = await Promise.all([getPublicEvent(slug), listPublicPartners(slug)]);
  if (!event || !partners) notFound();
  const [site, t, library, events] = await Promise.all([
    getTranslations({ locale, namespace: "site" }),
    getTranslations({ locale, namespace: "partners" }),
    getTranslations({ locale, namespace: "library" }),
    getTranslations({ locale, namespace: "events" }),
  ]);
  const eventTitle = translateText(event.title, locale);
  return (
    <>
      <Breadcrumbs
        label={site("breadcrumbsLabel")}
        items={[
          { label: site("nav.home"), href: `/${locale}` },
          { label: site("nav.events"), href: `/${locale}/events` },
          { label: eventTitle, href: `/${locale}/events/${event.slug}` },
          { label: t("title") },
        ]}
      />
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p className="lead">{eventTitle}</p>
      </header>
      {event.status === "CANCELLED" ? (
        <Alert tone="warning" title={events("cancelledTitle")}>
          <p>{library("partners.cancelled")}</p>
        </Alert>
      ) : partners.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <p className="muted">{t("count", { count: partners.length })}</p>
          <PartnerTable partners={partners} locale={locale} caption={t("caption")} />
        </>
      )}
    </>
  );
}
