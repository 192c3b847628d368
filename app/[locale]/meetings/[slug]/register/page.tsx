import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegistrationPage } from "@/components/registration/public/registration-page";
import { publicMetadata } from "@/lib/seo/metadata";
import { resolvePageLocale } from "@/components/site/page-locale";
import { submitRegistrationAction } from "@/lib/registrations/public-actions";
import { getRegistrationPage } from "@/lib/registrations/public-queries";

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
}

// Per request: the form carries a fresh fill-time token, and the window is decided now.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const page = await getRegistrationPage({ meetingSlug: slug }, locale);
  if (!page) return { referrer: "same-origin", robots: { index: false, follow: false } };
  const t = await getTranslations({ locale, namespace: "registration.page" });
  // Language alternates and a description, but never indexed: a form, not content.
  const metadata = publicMetadata({ locale, path: `/meetings/${encodeURIComponent(slug)}/register`, title: page.title, description: t("intro") });
  return { ...metadata, referrer: "same-origin", robots: { index: false, follow: false } };
}

export default async function MeetingRegisterPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const page = await getRegistrationPage({ meetingSlug: slug }, locale);
  if (!page) notFound();
  return <RegistrationPage page={page} locale={locale} action={submitRegistrationAction} backHref={`/${locale}/meetings/${slug}`} />;
}
