"use client";
// The list of what needs correcting, at the top of a form: each entry links to its field. It takes
// focus after a failed submit (the parent passes a changing `focusKey`), so keyboard and screen
// reader users land on it; without JavaScript the server renders it in the same place.
import { useTranslations } from "next-intl";
import { type MouseEvent, useEffect, useRef } from "react";
import { fieldId, type FlatError } from "./form-state";

export const ERROR_SUMMARY_ID = "error-summary";

export function ErrorSummary({ errors, focusKey, targets = {} }: { errors: FlatError[]; focusKey: number; targets?: Record<string, string> }) {
  const t = useTranslations("registration.form");
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  if (errors.length === 0) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  }

  return (
    <div ref={ref} id={ERROR_SUMMARY_ID} className="alert alert--error error-summary" tabIndex={-1} aria-labelledby="error-summary-title" role="group">
      <h2 id="error-summary-title" className="alert__title error-summary__title">
        {t("errorSummaryTitle", { count: errors.length })}
      </h2>
      <p>{t("errorSummaryIntro")}</p>
      <ul className="error-summary__list">
        {errors.map((error) => {
          const id = targets[error.path] ?? fieldId(error.path);
          return (
            <li key={`${error.path}:${error.message}`}>
              <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                {error.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
