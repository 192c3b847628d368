// Wraps public-site components rendered inside the staff console (the previews): the public
// layout gives them next-intl's locale (setRequestLocale for server components, the client
// provider for client ones such as next-intl's Link), the console layout does not.
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import "@/components/site/site.css";
import type { PublicLocale } from "@/lib/i18n/routing";

export function PublicPreview({ locale, children }: { locale: PublicLocale; children: ReactNode }) {
  setRequestLocale(locale);
  return (
    // Only the locale is needed on the client: no client messages are sent.
    <NextIntlClientProvider locale={locale} messages={{}}>
      <div lang={locale}>{children}</div>
    </NextIntlClientProvider>
  );
}
