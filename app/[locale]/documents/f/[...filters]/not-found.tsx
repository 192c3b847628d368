import { getLocale, getTranslations } from "next-intl/server";
import { isPublicLocale, routing } from "@/lib/i18n/routing";

/** Filters the library does not have (a mistyped type, an unknown event, a page past the end). */
export default async function InvalidFiltersNotFound() {
  const requested = await getLocale();
  const locale = isPublicLocale(requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "library" });
  return (
    <div className="prose">
      <h1>{t("invalid.title")}</h1>
      <p className="lead">{t("invalid.body")}</p>
      <p>
        <a href={`/${locale}/documents`}>{t("invalid.link")}</a>
      </p>
    </div>
  );
}
