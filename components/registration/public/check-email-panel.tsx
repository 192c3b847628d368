"use client";
// What every successful submit shows, whatever happened on the server (new registration, an
// address or organisation already registered, a bot): the same words, so the page reveals nothing.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

export function CheckEmailPanel({ linkPageHref }: { linkPageHref: string }) {
  const t = useTranslations("registration.done");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="alert alert--success reg-done" tabIndex={-1} role="status" aria-labelledby="check-email-title">
      <h2 id="check-email-title" className="alert__title reg-done__title">
        {t("title")}
      </h2>
      <p>{t("body")}</p>
      <p>
        {t("nothing")} <a href={linkPageHref}>{t("linkPage")}</a>
      </p>
    </div>
  );
}
