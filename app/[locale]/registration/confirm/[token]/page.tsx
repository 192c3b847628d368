import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmForm } from "@/components/registration/public/confirm-form";
import { RegistrationIntl } from "@/components/registration/public/registration-intl";
import { resolvePageLocale } from "@/components/site/page-locale";
import { confirmRegistrationAction } from "@/lib/registrations/public-actions";
import { secretTokenSchema } from "@/lib/registrations/schemas";
import "@/components/registration/public/registration.css";

interface PageProps {
  params: Promise<{ locale: string; token: string }>;
}

// Opening this page changes nothing: only its button (a POST) uses the token, so the email
// scanners that follow links cannot confirm or use it up.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "registration.confirm" });
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

export default async function ConfirmPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "registration.confirm" });
  const token = secretTokenSchema.safeParse((await params).token);
  const linkPageHref = `/${locale}/registration/link`;
  if (!token.success) {
    return (
      <>
        <header className="page-header">
          <h1>{t("invalidTitle")}</h1>
        </header>
        <p>{t("invalidBody")}</p>
        <p>
          <a href={linkPageHref}>{t("linkPage")}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
      </header>
      <p className="prose">{t("body")}</p>
      <RegistrationIntl locale={locale}>
        <ConfirmForm action={confirmRegistrationAction} token={token.data} linkPageHref={linkPageHref} />
      </RegistrationIntl>
    </>
  );
}
