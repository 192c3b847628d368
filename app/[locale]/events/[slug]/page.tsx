import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventDetail } from "@/components/events/event-detail";
import { CalendarLinks } from "@/components/subscribe/calendar-links";
import { resolvePageLocale } from "@/components/site/page-locale";
import { Breadcrumbs } from "@/components/ui";
import { getPublicEvent } from "@/lib/events/queries";
import { translateText } from "@/lib/i18n/translatable";
import { publicMetadata } from "@/lib/seo/metadata";

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
}

// Slugs are not known at build time (no database then): each event page renders on its first
// request and is cached from then on (ISR; see app/[locale]/layout.tsx).
export function generateStaticParams(): { slug: string }[] {
  return [];
}
export const dynamicParams = true;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const event = await getPublicEvent((await params).slug);
  if (!event) return {};
  const t = await getTranslations({ locale, namespace: "library" });
  const title = translateText(event.title, locale);
  return publicMetadata({ locale, path: `/events/${event.slug}`, title, description: t("meta.eventDescription", { title }), type: "article" });
}

export default async function EventPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  const site = await getTranslations({ locale, namespace: "site" });
  const title = translateText(event.title, locale);
  return (
    <>
      <Breadcrumbs
        label={site("breadcrumbsLabel")}
        items={[
          { label: site("nav.home"), href: `/${locale}` },
          { label: site("nav.events"), href: `/${locale}/events` },
          { label: title },
        ]}
      />
      <EventDetail event={event} locale={locale} actions={<CalendarLinks locale={locale} scope={{ kind: "event", slug: event.slug }} />} />
    </>
  );
}
