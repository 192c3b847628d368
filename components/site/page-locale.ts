import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isPublicLocale, type PublicLocale } from "@/lib/i18n/routing";

/**
 * Every public page starts here: an unknown locale is a 404, a known one is registered with
 * next-intl so that it never reads request headers (which would make the page dynamic).
 */
export async function resolvePageLocale(params: Promise<{ locale: string }>): Promise<PublicLocale> {
  const { locale } = await params;
  if (!isPublicLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
