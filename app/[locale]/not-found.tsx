import { getLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/site/not-found-content";
import { isPublicLocale, routing } from "@/lib/i18n/routing";

/** Unknown event or meeting slugs (notFound() in a page) land here, inside the site's frame. */
export default async function LocaleNotFound() {
  const locale = await getLocale();
  return <NotFoundContent locale={isPublicLocale(locale) ? locale : routing.defaultLocale} />;
}
