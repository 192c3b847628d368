// The documents library's filter form: a plain GET form to /{locale}/documents, so it works
// without JavaScript; proxy.ts turns the query into the cached canonical page.
import { getTranslations } from "next-intl/server";
import { translateText } from "@/lib/i18n/translatable";
import { LANGUAGE_AUTONYMS, UN_LANGUAGES, textDirection } from "@/lib/i18n/languages";
import type { PublicLocale } from "@/lib/i18n/routing";
import type { LibraryChoices } from "@/lib/documents/public-library";
import { DOCUMENT_KINDS } from "@/lib/documents/list-params";
import { NO_FILTERS, libraryHref, type LibraryFilters } from "@/lib/documents/public-filters";
import { formatYear } from "@/components/meetings/format";

interface FilterSelectProps {
  name: keyof LibraryFilters;
  label: string;
  anyLabel: string;
  value: string;
  options: { value: string; label: string; lang?: string }[];
}

function FilterSelect({ name, label, anyLabel, value, options }: FilterSelectProps) {
  const id = `library-${name}`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className="field__control" defaultValue={value}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang} dir={option.lang ? textDirection(option.lang as PublicLocale) : undefined}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export async function LibraryFilterForm({ locale, filters, choices }: { locale: PublicLocale; filters: LibraryFilters; choices: LibraryChoices }) {
  const [t, documents] = await Promise.all([getTranslations({ locale, namespace: "library" }), getTranslations({ locale, namespace: "documents" })]);
  const filtered = libraryHref({ ...filters, page: 1 }) !== libraryHref(NO_FILTERS);
  return (
    <form method="get" action={`/${locale}/documents`} className="library-filters" aria-labelledby="library-filters-heading">
      <h2 id="library-filters-heading" className="library-filters__heading">
        {t("filters.heading")}
      </h2>
      <div className="library-filters__fields">
        <FilterSelect
          name="kind"
          label={t("filters.kind")}
          anyLabel={t("filters.anyKind")}
          value={filters.kind ?? ""}
          options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: documents(`kindPlural.${kind}`) }))}
        />
        <FilterSelect
          name="language"
          label={t("filters.language")}
          anyLabel={t("filters.anyLanguage")}
          value={filters.language ?? ""}
          options={UN_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_AUTONYMS[language], lang: language }))}
        />
        <FilterSelect
          name="event"
          label={t("filters.event")}
          anyLabel={t("filters.anyEvent")}
          value={filters.event ?? ""}
          options={choices.events.map((event) => ({ value: event.slug, label: translateText(event.title, locale) }))}
        />
        <FilterSelect
          name="year"
          label={t("filters.year")}
          anyLabel={t("filters.anyYear")}
          value={filters.year === null ? "" : String(filters.year)}
          options={choices.years.map((year) => ({ value: String(year), label: formatYear(year, locale) }))}
        />
      </div>
      <div className="library-filters__actions">
        <button type="submit" className="btn btn--primary">
          {t("filters.apply")}
        </button>
        {filtered ? <a href={`/${locale}/documents`}>{t("filters.clear")}</a> : null}
      </div>
    </form>
  );
}
