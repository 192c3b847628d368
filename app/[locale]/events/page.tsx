import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventList } from "@/components/events/event-list";
import { resolvePageLocale } from "@/components/site/page-locale";
import { listPublicEvents } from "@/lib/events/queries";
import { publicMetadata } from "@/lib/seo/metadata";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const [t, library] = await Promise.all([getTranslations({ locale, namespace: "events" }), getTranslations({ locale, namespace: "library" })]);
  return publicMetadata({ locale, path: "/events", title: t("title"), description: library("meta.eventsDescription") });
}

export default async function EventsPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const [t, events] = await Promise.all([getTranslations({ locale, namespace: "events" }), listPublicEvents()]);
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      <EventList events={events} locale={locale} />
    </>
  );
}
