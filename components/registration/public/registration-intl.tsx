// Hands the registration messages to the client components of a registration page (the site
// layout gives client components only the messages they use, not the whole catalogue).
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { PublicLocale } from "@/lib/i18n/routing";

export async function RegistrationIntl({ locale, children }: { locale: PublicLocale; children: ReactNode }) {
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} messages={{ registration: messages.registration }}>
      {children}
    </NextIntlClientProvider>
  );
}
