import "./search.css";
import { getTranslations } from "next-intl/server";
import type { PublicLocale } from "@/lib/i18n/routing";

/**
 * The header's search: a plain GET form to /{locale}/search, so it works without JavaScript and
 * its result pages are ordinary, shareable URLs. `role="search"` makes it a landmark.
 */
export async function SiteSearchBox({ locale }: { locale: PublicLocale }) {
  const t = await getTranslations({ locale, namespace: "search" });
  return (
    <form role="search" aria-label={t("box.label")} method="get" action={`/${locale}/search`} className="site-search">
      <label htmlFor="site-search-q" className="visually-hidden">
        {t("box.label")}
      </label>
      <input
        id="site-search-q"
        className="site-search__input"
        type="search"
        name="q"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={200}
        placeholder={t("box.placeholder")}
      />
      <button type="submit" className="btn btn--secondary btn--small site-search__button">
        {t("box.submit")}
      </button>
    </form>
  );
}
