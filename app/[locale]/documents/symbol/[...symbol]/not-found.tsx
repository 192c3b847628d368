import { getLocale, getTranslations } from "next-intl/server";
import { isPublicLocale, routing } from "@/lib/i18n/routing";

/** No public document has the requested symbol: say so, and point to the library. */
export default async function SymbolNotFound() {
  const requested = await getLocale();
  const locale = isPublicLocale(requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "library" });
  return (
    <div className="prose">
      <h1>{t("symbol.notFoundTitle")}</h1>
      <p className="lead">{t("symbol.notFoundBody")}</p>
      <p>
        <a href={`/${locale}/documents`}>{t("symbol.notFoundLink")}</a>
      </p>
    </div>
  );
}
