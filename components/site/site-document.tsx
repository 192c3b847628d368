import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SkipLink } from "@/components/ui";
import { textDirection } from "@/lib/i18n/languages";
import type { PublicLocale } from "@/lib/i18n/routing";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * The public site's whole document: <html lang dir>, skip link, banner, main landmark, footer.
 * Shared by the locale root layout and the global 404 (which has no layout of its own).
 */
export async function SiteDocument({
  locale,
  children,
  keepPageOnSwitch = true,
}: {
  locale: PublicLocale;
  children: ReactNode;
  /** False on the global 404, whose address names no page to show in another language. */
  keepPageOnSwitch?: boolean;
}) {
  // Also set here for the global 404, which has no locale segment; without it next-intl would read
  // request headers and make the pages dynamic.
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body>
        <SkipLink>{t("skipToContent")}</SkipLink>
        <SiteHeader locale={locale} keepPageOnSwitch={keepPageOnSwitch} />
        {/* tabIndex lets the skip link move focus into main in every browser. */}
        <main id="main" className="main" tabIndex={-1}>
          <div className="container">{children}</div>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
