import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegistrationPage } from "@/components/registration/public/registration-page";
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
  const page = await getRegistrationPage({ meetingSlug: (await params).slug }, locale);
  return { title: page?.title, referrer: "same-origin", robots: { index: false, follow: false } };
}

export default async function MeetingRegisterPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const page = await getRegistrationPage({ meetingSlug: slug }, locale);
  if (!page) notFound();
  return <RegistrationPage page={page} locale={locale} action={submitRegistrationAction} backHref={`/${locale}/meetings/${slug}`} />;
}
