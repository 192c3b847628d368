// /{locale}/partners: every consenting, approved organisation, grouped by public event (in event
// order). A cancelled event's partners are not listed; the page says the event was cancelled.
import Link from "next/link";
import "@/components/documents/library.css";
import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/site/localized-text";
import { Alert } from "@/components/ui";
import type { PublicEventSummary } from "@/lib/events/queries";
import { localePath } from "@/lib/i18n/paths";
import type { PublicLocale } from "@/lib/i18n/routing";
import { translateText } from "@/lib/i18n/translatable";
import type { PublicPartner } from "@/lib/registrations/partners";
import { PartnerTable } from "./partner-table";

export interface EventPartners {
  event: PublicEventSummary;
  partners: PublicPartner[];
}

export async function PartnerDirectory({ groups, locale }: { groups: readonly EventPartners[]; locale: PublicLocale }) {
  const [t, partnersText, events] = await Promise.all([
    getTranslations({ locale, namespace: "library" }),
    getTranslations({ locale, namespace: "partners" }),
    getTranslations({ locale, namespace: "events" }),
  ]);
  const listed = groups.filter((group) => group.partners.length > 0);
  if (listed.length === 0) return <p>{t("partners.empty")}</p>;
  return (
    <>
      {listed.map(({ event, partners }) => {
        const headingId = `partners-${event.slug}`;
        const title = translateText(event.title, locale);
        return (
          <section key={event.slug} aria-labelledby={headingId} className="partners-event">
            <h2 id={headingId}>
              <LocalizedText value={event.title} locale={locale} />
            </h2>
            {event.status === "CANCELLED" ? (
              <Alert tone="warning" title={events("cancelledTitle")}>
                <p>{t("partners.cancelled")}</p>
              </Alert>
            ) : (
              <>
                <p className="muted">
                  {partnersText("count", { count: partners.length })} · <Link href={localePath(locale, `/events/${event.slug}`)}>{t("partners.eventPage")}</Link>
                </p>
                <PartnerTable partners={partners} locale={locale} caption={`${partnersText("caption")}: ${title}`} />
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
