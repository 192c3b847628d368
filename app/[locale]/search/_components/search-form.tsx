import { getTranslations } from "next-intl/server";
import { LANGUAGE_AUTONYMS, UN_LANGUAGES } from "@/lib/i18n/languages";
import type { PublicLocale } from "@/lib/i18n/routing";
import { SEARCH_QUERY_MAX, type SearchParams } from "@/lib/search/schemas";

export interface EventOption {
  slug: string;
  title: string;
  lang: string;
}

interface SearchFormProps {
  locale: PublicLocale;
  params: SearchParams;
  events: EventOption[];
  years: number[];
}

/** The query and its filters: one plain GET form, so it works without JavaScript and every state is a URL. */
export async function SearchForm({ locale, params, events, years }: SearchFormProps) {
  const t = await getTranslations({ locale, namespace: "search" });
  const types = [
    { value: "MEETING", label: t("types.MEETING") },
    { value: "AGENDA_ITEM", label: t("types.AGENDA_ITEM") },
    { value: "DOCUMENT", label: t("types.DOCUMENT") },
  ];
  const hasFilters = params.type !== null || params.language !== null || params.event !== null || params.year !== null;
  return (
    <form method="get" action={`/${locale}/search`} className="search-form" role="search" aria-label={t("title")}>
      <div className="search-form__query">
        <div className="field">
          <label htmlFor="search-q" className="field__label">
            {t("queryLabel")}
          </label>
          <input id="search-q" type="search" name="q" defaultValue={params.q} maxLength={SEARCH_QUERY_MAX} autoComplete="off" enterKeyHint="search" />
        </div>
        <button type="submit" className="btn btn--primary">
          {t("submit")}
        </button>
      </div>
      <fieldset className="search-form__filters">
        <legend>{t("filters.legend")}</legend>
        <div className="field">
          <label htmlFor="search-type" className="field__label">{t("filters.type")}</label>
          <select id="search-type" name="type" defaultValue={params.type ?? ""}>
            <option value="">{t("filters.any")}</option>
            {types.map((type) => (
              <option key={type.value} value={type.value}>{type.label}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-language" className="field__label">{t("filters.language")}</label>
          <select id="search-language" name="language" defaultValue={params.language ?? ""}>
            <option value="">{t("filters.any")}</option>
            {UN_LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>{LANGUAGE_AUTONYMS[language]}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-event" className="field__label">{t("filters.event")}</label>
          <select id="search-event" name="event" defaultValue={params.event ?? ""}>
            <option value="">{t("filters.any")}</option>
            {events.map((event) => (
              <option key={event.slug} value={event.slug} lang={event.lang}>{event.title}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-year" className="field__label">{t("filters.year")}</label>
          <select id="search-year" name="year" defaultValue={params.year === null ? "" : String(params.year)}>
            <option value="">{t("filters.any")}</option>
            {years.map((year) => (
              <option key={year} value={year}>{year}</option>
            ))}
          </select>
        </div>
        <div className="search-form__actions">
          <button type="submit" className="btn btn--secondary">{t("filters.apply")}</button>
          {hasFilters ? <a href={`/${locale}/search${params.q ? `?${new URLSearchParams({ q: params.q })}` : ""}`}>{t("filters.clear")}</a> : null}
        </div>
      </fieldset>
    </form>
  );
}
