import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { LocalizedParagraphs, LocalizedText } from "@/components/site/localized-text";
import type { PublicLocale } from "@/lib/i18n/routing";
import type { PublicProfile } from "@/lib/profile/queries";

/** The objectives and current focus: the main column of the home page. */
export async function ProfileMain({ profile, locale }: { profile: PublicProfile; locale: PublicLocale }) {
  const t = await getTranslations({ locale, namespace: "home" });
  return (
    <div>
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">{t("objectives")}</h2>
        <LocalizedParagraphs value={profile.objectives} locale={locale} className="prose" />
      </section>
      <section aria-labelledby="focus-heading" className="section">
        <h2 id="focus-heading">{t("currentFocus")}</h2>
        <ol className="numbered-list">
          {profile.focusThemes.map((theme) => (
            <li key={theme.id}>
              <LocalizedText value={theme.title} locale={locale} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** Key facts, partners and observers: the side panel of the home page. */
export async function ProfileFacts({ profile, locale }: { profile: PublicProfile; locale: PublicLocale }) {
  const t = await getTranslations({ locale, namespace: "home" });
  const common = await getTranslations({ locale, namespace: "common" });
  return (
    <Card title={t("profileHeading")} id="profile-facts">
      <dl className="facts">
        <dt>{t("acronym")}</dt>
        <dd>{profile.acronym}</dd>
        <dt>{t("established")}</dt>
        <dd>{profile.yearEstablished}</dd>
        <dt>{t("secretariat")}</dt>
        <dd>
          <LocalizedText value={profile.secretariat} locale={locale} />
        </dd>
        {profile.websiteUrl ? (
          <>
            <dt>{t("website")}</dt>
            <dd>
              <a href={profile.websiteUrl} rel="external">
                {profile.websiteUrl.replace(/^https?:\/\//u, "")}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <h3>{t("partnerCategories")}</h3>
      {profile.partnerCategories.length > 0 ? (
        <ul>
          {profile.partnerCategories.map((category) => (
            <li key={category.id}>
              <LocalizedText value={category.name} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{common("noneListed")}</p>
      )}
      <h3>{t("observers")}</h3>
      {profile.observers.length > 0 ? (
        <ul>
          {profile.observers.map((observer) => (
            <li key={observer.id}>
              <LocalizedText value={observer.name} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{common("noneListed")}</p>
      )}
    </Card>
  );
}
