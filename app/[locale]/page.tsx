import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventList } from "@/components/events/event-list";
import { ProfileFacts, ProfileMain } from "@/components/profile/profile-overview";
import { LocalizedText } from "@/components/site/localized-text";
import { resolvePageLocale } from "@/components/site/page-locale";
import { listPublicEvents } from "@/lib/events/queries";
import { localePath } from "@/lib/i18n/paths";
import { getProcessProfile } from "@/lib/profile/queries";
import { publicMetadata } from "@/lib/seo/metadata";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const [site, t] = await Promise.all([getTranslations({ locale, namespace: "site" }), getTranslations({ locale, namespace: "library" })]);
  // The home page's title is the site's name alone (no " · HLD Portal" suffix from the layout).
  return { ...publicMetadata({ locale, path: "/", title: site("name"), description: t("meta.homeDescription") }), title: { absolute: site("name") } };
}

export default async function HomePage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const [t, library, site, profile, events] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "library" }),
    getTranslations({ locale, namespace: "site" }),
    getProcessProfile(),
    listPublicEvents(),
  ]);
  return (
    <>
      <header className="page-header">
        {profile ? <LocalizedText value={profile.name} locale={locale} as="h1" /> : <h1>{site("name")}</h1>}
        {profile ? <p className="lead">{profile.acronym}</p> : null}
      </header>
      {profile ? (
        <div className="home-grid">
          <ProfileMain profile={profile} locale={locale} />
          <ProfileFacts profile={profile} locale={locale} />
        </div>
      ) : null}
      <section aria-labelledby="events-heading" className="section">
        <h2 id="events-heading">{t("eventsHeading")}</h2>
        <p>{t("eventsIntro")}</p>
        <EventList events={events} locale={locale} headingLevel="h3" />
        <p>
          <Link href={localePath(locale, "/events")}>{t("allEvents")}</Link>
        </p>
      </section>
      <section aria-labelledby="explore-heading" className="section">
        <h2 id="explore-heading">{t("quickLinksHeading")}</h2>
        <ul className="link-list">
          <li>
            <Link href={localePath(locale, "/states")}>{t("statesLink")}</Link>
          </li>
          <li>
            <Link href={localePath(locale, "/documents")}>{t("documentsLink")}</Link>
          </li>
          <li>
            <Link href={localePath(locale, "/partners")}>{library("partners.title")}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
