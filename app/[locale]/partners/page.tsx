// /{locale}/partners: the consenting, approved organisations of every public event, grouped by
// event. ISR like the other public pages: approvals refresh it through revalidatePublicPages.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PartnerDirectory } from "@/components/partners/partner-directory";
import { resolvePageLocale } from "@/components/site/page-locale";
import { listPublicEvents } from "@/lib/events/queries";
import { listPublicPartners } from "@/lib/registrations/partners";
import { publicMetadata } from "@/lib/seo/metadata";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "library" });
  return publicMetadata({ locale, path: "/partners", title: t("partners.title"), description: t("meta.partnersDescription") });
}

export default async function AllPartnersPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const [t, events] = await Promise.all([getTranslations({ locale, namespace: "library" }), listPublicEvents()]);
  // A handful of events: one partners query each (the same cached read the event pages use).
  const groups = await Promise.all(events.map(async (event) => ({ event, partners: (await listPublicPartners(event.slug)) ?? [] })));
  return (
    <>
      <header className="page-header">
        <h1>{t("partners.title")}</h1>
        <p className="lead">{t("partners.intro")}</p>
      </header>
      <PartnerDirectory groups={groups} locale={locale} />
    </>
  );
}
