"use client";
// Several files dropped or picked at once: each file's language is guessed from its name
// ("…_EN.pdf", "…-fr.pdf", "….es.pdf") and shown for staff to confirm or correct before anything
// is sent. Two files for one language, or a file without one, block the upload until fixed, so a
// wrong guess never silently replaces the wrong language.
import { formatFileSize } from "@/components/meetings/format";
import { Alert, Button } from "@/components/ui";
import { LANGUAGE_NAMES } from "@/lib/documents/schemas";
import { LANGUAGE_AUTONYMS, type UnLanguage } from "@/lib/i18n/languages";

export interface ReviewItem {
  key: string;
  file: File;
  /** "" until recognised or chosen. */
  language: UnLanguage | "";
  recognised: boolean;
}

export interface UploadReviewProps {
  items: readonly ReviewItem[];
  languages: readonly UnLanguage[];
  /** Languages that already have a current file (the upload replaces it). */
  withFile: ReadonlySet<UnLanguage>;
  onLanguage: (key: string, language: UnLanguage | "") => void;
  onDrop: (key: string) => void;
  onUpload: () => void;
  onDiscard: () => void;
}

export function reviewProblems(items: readonly ReviewItem[]): { missing: number; duplicates: Set<UnLanguage> } {
  const seen = new Set<UnLanguage>();
  const duplicates = new Set<UnLanguage>();
  let missing = 0;
  for (const item of items) {
    if (item.language === "") missing += 1;
    else if (seen.has(item.language)) duplicates.add(item.language);
    else seen.add(item.language);
  }
  return { missing, duplicates };
}

export function UploadReview({ items, languages, withFile, onLanguage, onDrop, onUpload, onDiscard }: UploadReviewProps) {
  const { missing, duplicates } = reviewProblems(items);
  const blocked = missing > 0 || duplicates.size > 0;
  const options = languages.map((language) => ({ value: language, label: `${LANGUAGE_AUTONYMS[language]}${language === "en" ? "" : ` (${LANGUAGE_NAMES[language]})`}` }));

  return (
    <section className="staff-review" aria-labelledby="staff-review-heading">
      <h3 id="staff-review-heading" tabIndex={-1} className="staff-review__heading">
        Check the languages of {items.length === 1 ? "1 file" : `${items.length} files`}
      </h3>
      <p className="muted">The language was recognised from each file name where possible. Correct it if needed, then upload.</p>
      <ul className="staff-review__list" aria-label="Files to upload">
        {items.map((item) => {
          const selectId = `staff-review-${item.key}`;
          const warningId = `${selectId}-warning`;
          const duplicate = item.language !== "" && duplicates.has(item.language);
          const warning =
            item.language === ""
              ? "Choose the language of this file."
              : duplicate
                ? `Another file is also set to ${LANGUAGE_AUTONYMS[item.language]}.`
                : null;
          return (
            <li key={item.key} className="staff-review__item">
              <span className="staff-review__name">{item.file.name}</span>
              <span className="muted staff-review__size">{formatFileSize(item.file.size, "en")}</span>
              <span className="staff-review__language">
                <label htmlFor={selectId}>
                  Language<span className="visually-hidden"> of {item.file.name}</span>
                </label>
                <select
                  id={selectId}
                  className="field__control"
                  value={item.language}
                  aria-invalid={warning ? true : undefined}
                  aria-describedby={warning ? warningId : undefined}
                  onChange={(event) => onLanguage(item.key, event.currentTarget.value as UnLanguage | "")}
                >
                  <option value="">Choose…</option>
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </span>
              <span className="staff-review__note">
                {warning ? (
                  <span id={warningId} className="field__error">
                    {warning}
                  </span>
                ) : (
                  <span className="muted">
                    {item.recognised ? "Recognised from the name" : "Chosen"}
                    {item.language !== "" && withFile.has(item.language) ? "; replaces the current file" : ""}
                  </span>
                )}
              </span>
              <Button size="small" variant="secondary" aria-label={`Leave out ${item.file.name}`} onClick={() => onDrop(item.key)}>
                Leave out
              </Button>
            </li>
          );
        })}
      </ul>
      <div aria-live="polite">
        {blocked ? (
          <Alert tone="warning">
            {missing > 0 ? `${missing === 1 ? "One file has" : `${missing} files have`} no language yet. ` : ""}
            {duplicates.size > 0 ? "Each language can take only one file. " : ""}
            Fix this to upload.
          </Alert>
        ) : null}
      </div>
      <div className="form-actions">
        <Button onClick={onUpload} aria-disabled={blocked ? true : undefined} disabled={items.length === 0}>
          Upload {items.length === 1 ? "1 file" : `${items.length} files`}
        </Button>
        <Button variant="secondary" onClick={onDiscard}>
          Discard
        </Button>
      </div>
    </section>
  );
}
