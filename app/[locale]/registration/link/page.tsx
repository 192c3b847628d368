import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkRequestForm } from "@/components/registration/public/link-request-form";
import { RegistrationIntl } from "@/components/registration/public/registration-intl";
import { publicMetadata } from "@/lib/seo/metadata";
import { resolvePageLocale } from "@/components/site/page-locale";
import { requestLinkAgainAction } from "@/lib/registrations/public-actions";
import "@/components/registration/public/registration.css";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "registration.link" });
  const metadata = publicMetadata({ locale, path: "/registration/link", title: t("title"), description: t("intro") });
  return { ...metadata, referrer: "same-origin", robots: { index: false, follow: false } };
}

export default async function RegistrationLinkPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "registration.link" });
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      <RegistrationIntl locale={locale}>
        <LinkRequestForm action={requestLinkAgainAction} />
      </RegistrationIntl>
    </>
  );
}
