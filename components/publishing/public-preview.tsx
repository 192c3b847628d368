// Wraps public-site components rendered inside the staff console (the previews). The public layout
// gives them next-intl's locale through setRequestLocale (LocalizedText and other server
// components read it); the console layout does not, so this does. The public components use no
// next-intl client hooks (their links are plain next/link with the language in the href), so no
// client provider is needed.
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import "@/components/site/site.css";
import type { PublicLocale } from "@/lib/i18n/routing";

export function PublicPreview({ locale, children }: { locale: PublicLocale; children: ReactNode }) {
  setRequestLocale(locale);
  return <div lang={locale}>{children}</div>;
}
