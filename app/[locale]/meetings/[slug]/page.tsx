import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingDetail } from "@/components/meetings/meeting-detail";
import { CalendarLinks } from "@/components/subscribe/calendar-links";
import { resolvePageLocale } from "@/components/site/page-locale";
import { Breadcrumbs } from "@/components/ui";
import { translateText } from "@/lib/i18n/translatable";
import { getPublicMeeting } from "@/lib/meetings/queries";
import { formatMeetingDate } from "@/components/meetings/format";
import { publicMetadata } from "@/lib/seo/metadata";

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
}

// Rendered on first request, then cached (ISR; see app/[locale]/layout.tsx).
export function generateStaticParams(): { slug: string }[] {
  return [];
}
export const dynamicParams = true;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const meeting = await getPublicMeeting((await params).slug);
  if (!meeting) return {};
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: "library" }), getTranslations({ locale, namespace: "common" })]);
  const title = translateText(meeting.title, locale);
  const date = formatMeetingDate(meeting, locale) ?? common("yearOnly", { year: meeting.event.year });
  return publicMetadata({ locale, path: `/meetings/${meeting.slug}`, title, description: t("meta.meetingDescription", { title, date }), type: "article" });
}

export default async function MeetingPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const meeting = await getPublicMeeting(slug);
  if (!meeting) notFound();
  const site = await getTranslations({ locale, namespace: "site" });
  return (
    <>
      <Breadcrumbs
        label={site("breadcrumbsLabel")}
        items={[
          { label: site("nav.home"), href: `/${locale}` },
          { label: site("nav.events"), href: `/${locale}/events` },
          { label: translateText(meeting.event.title, locale), href: `/${locale}/events/${meeting.event.slug}` },
          { label: translateText(meeting.title, locale) },
        ]}
      />
      {/* An undated meeting has nothing to put in a calendar (its .ics address answers 404). */}
      <MeetingDetail
        meeting={meeting}
        locale={locale}
        actions={meeting.startsAt ? <CalendarLinks locale={locale} scope={{ kind: "meeting", slug: meeting.slug }} /> : undefined}
      />
    </>
  );
}
