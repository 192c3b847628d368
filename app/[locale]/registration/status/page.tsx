import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrantEditForm } from "@/components/registration/public/registrant-edit-form";
import { RegistrationIntl } from "@/components/registration/public/registration-intl";
import { RegistrationStatus } from "@/components/registration/public/registration-status";
import { WithdrawForm } from "@/components/registration/public/withdraw-form";
import { resolvePageLocale } from "@/components/site/page-locale";
import { Alert, Button } from "@/components/ui";
import { updateOwnRegistrationAction, withdrawOwnRegistrationAction } from "@/lib/registrations/public-actions";
import { getRegistrantView } from "@/lib/registrations/public-queries";
import { readStatusCookie } from "@/lib/registrations/status-cookie";
import "@/components/registration/public/registration.css";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// Reads the status cookie: rendered per request for its holder only, never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "registration.status" });
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

export default async function RegistrationStatusPage({ params, searchParams }: PageProps) {
  const locale = await resolvePageLocale(params);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "registration.status" });
  const token = await readStatusCookie();
  const registration = token ? await getRegistrantView(token, locale) : null;
  const linkPage = `/${locale}/registration/link`;

  if (!registration) {
    return (
      <>
        <header className="page-header">
          <h1>{t("noAccessTitle")}</h1>
        </header>
        {query.link === "invalid" ? <Alert tone="error">{t("linkInvalid")}</Alert> : null}
        {query.forgotten === "1" ? <Alert tone="success">{t("forgotten")}</Alert> : null}
        <p className="prose">{t("noAccessBody")}</p>
        <p>
          <a href={linkPage}>{t("noAccessAction")}</a>
        </p>
      </>
    );
  }

  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p className="lead">{registration.target.meetingSlug ? `${registration.target.eventTitle} — ${registration.target.title}` : registration.target.title}</p>
      </header>
      <RegistrationStatus
        locale={locale}
        data={{
          status: registration.status,
          nonObjectionPending: registration.nonObjectionStatus === "PENDING",
          eventTitle: registration.target.eventTitle,
          meetingTitle: registration.target.meetingSlug ? registration.target.title : null,
          organisation: registration.organisation,
          contact: registration.contact,
          representatives: registration.representatives,
          declineMessage: registration.declineMessage,
          decisionReason: registration.decisionReason,
        }}
      />
      <RegistrationIntl locale={locale}>
        {registration.canEdit ? (
          <section aria-labelledby="edit-heading" className="reg-section reg-status">
            <h2 id="edit-heading">{t("editHeading")}</h2>
            <p className="muted">{t("editIntro")}</p>
            <RegistrantEditForm
              action={updateOwnRegistrationAction}
              maxRepresentatives={registration.period.maxRepresentatives}
              current={{
                contact: { name: registration.contact.name, function: registration.contact.function ?? "", phone: registration.contact.phone ?? "" },
                contactEmail: registration.contact.email,
                representatives: registration.representatives.map((person) => ({ name: person.name, function: person.function ?? "", email: person.email })),
                organisation: { website: registration.organisation.website ?? "", description: registration.organisation.description ?? "" },
                publicListingConsent: registration.publicListingConsent,
                version: registration.version,
              }}
            />
          </section>
        ) : null}
        {registration.canWithdraw ? (
          <section aria-labelledby="withdraw-heading" className="reg-section reg-status">
            <h2 id="withdraw-heading">{t("withdrawHeading")}</h2>
            <p>{t("withdrawIntro")}</p>
            <WithdrawForm action={withdrawOwnRegistrationAction} />
          </section>
        ) : null}
      </RegistrationIntl>
      <section aria-labelledby="forget-heading" className="reg-section reg-status">
        <h2 id="forget-heading">{t("forgetHeading")}</h2>
        <p>{t("forgetIntro")}</p>
        <form method="post" action={`/${locale}/registration/forget`}>
          <Button type="submit" variant="secondary">
            {t("forget")}
          </Button>
        </form>
      </section>
    </>
  );
}
