import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventList } from "@/components/events/event-list";
import { resolvePageLocale } from "@/components/site/page-locale";
import { listPublicEvents } from "@/lib/events/queries";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "events" });
  return { title: t("title") };
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
