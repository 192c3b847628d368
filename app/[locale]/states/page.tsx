import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { resolvePageLocale } from "@/components/site/page-locale";
import { StateFilter } from "@/components/states/state-filter";
import { listStateNames } from "@/lib/states/list";
import { listParticipatingStates } from "@/lib/states/queries";
import { intlLocale } from "@/components/meetings/format";
import { publicMetadata } from "@/lib/seo/metadata";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const [t, library] = await Promise.all([getTranslations({ locale, namespace: "states" }), getTranslations({ locale, namespace: "library" })]);
  return publicMetadata({ locale, path: "/states", title: t("title"), description: library("meta.statesDescription") });
}

export default async function StatesPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const [t, stored, messages] = await Promise.all([getTranslations({ locale, namespace: "states" }), listParticipatingStates(), getMessages({ locale })]);
  // The filter is the public site's one client component with translated text: it alone gets a
  // provider, with only the messages it shows, so no other page carries them or next-intl's client.
  const { filterLabel, filterHint, filterResult, listLabel } = messages.states;
  // Names come from the ISO code in the page's language, sorted with that language's collator.
  const states = listStateNames(stored, locale).map((state) => ({
    isoCode: state.isoCode,
    name: state.name,
    observer: state.status === "OBSERVER_STATE",
  }));
  const observers = states.filter((state) => state.observer);
  const listFormat = new Intl.ListFormat(intlLocale(locale), { type: "conjunction" });
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      <p>
        <strong>{t("count", { count: states.length })}</strong>
      </p>
      {observers.length > 0 ? (
        <p>{t("observersNote", { count: observers.length, names: listFormat.format(observers.map((state) => state.name)) })}</p>
      ) : null}
      <NextIntlClientProvider locale={locale} messages={{ states: { filterLabel, filterHint, filterResult, listLabel } }}>
        <StateFilter states={states} locale={locale} observerLabel={t("observerBadge")} />
      </NextIntlClientProvider>
    </>
  );
}
