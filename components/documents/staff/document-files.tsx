"use client";
// The files of one document: a drop zone for several files at once (reviewed before sending), then
// one row per UN language. All uploads share one queue (use-document-uploads); remove and revert
// are server actions, after which the page is refreshed from the server.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/admin/toast";
import { recogniseLanguage } from "@/lib/documents/file-language";
import { removeDocumentFileAction, revertDocumentFileAction } from "@/lib/documents/actions";
import { LANGUAGE_AUTONYMS, type UnLanguage } from "@/lib/i18n/languages";
import { MultiFileDrop } from "./multi-file-drop";
import { LanguageFileRow } from "./language-file-row";
import type { StaffLanguageFiles } from "./types";
import { reviewProblems, type ReviewItem, UploadReview } from "./upload-review";
import { useDocumentUploads } from "./use-document-uploads";
import "./documents-staff.css";

export interface DocumentFilesProps {
  documentId: string;
  rows: readonly StaffLanguageFiles[];
  maxBytes: number;
  canEdit: boolean;
}

let nextReviewKey = 0;

export function DocumentFiles({ documentId, rows, maxBytes, canEdit }: DocumentFilesProps) {
  const router = useRouter();
  const uploads = useDocumentUploads(documentId, maxBytes);
  const [review, setReview] = useState<ReviewItem[]>([]);
  const [focusRow, setFocusRow] = useState<UnLanguage | null>(null);
  const languages = rows.map((row) => row.language);
  const withFile = new Set(rows.filter((row) => row.current).map((row) => row.language));

  const startReview = (files: readonly File[]) => {
    const items = files.map((file): ReviewItem => {
      const language = recogniseLanguage(file.name) ?? "";
      return { key: `review-${nextReviewKey++}`, file, language, recognised: language !== "" };
    });
    setReview((current) => [...current, ...items]);
    // The list appears above the rows; move focus to its heading so keyboard and screen-reader
    // users land on what needs checking.
    requestAnimationFrame(() => document.getElementById("staff-review-heading")?.focus());
  };

  const uploadReviewed = () => {
    const { missing, duplicates } = reviewProblems(review);
    if (missing > 0 || duplicates.size > 0) {
      const first = review.find((item) => item.language === "" || duplicates.has(item.language));
      if (first) document.getElementById(`staff-review-${first.key}`)?.focus();
      return;
    }
    uploads.enqueue(review.map((item) => ({ file: item.file, language: item.language as UnLanguage })));
    setReview([]);
    // The review list (and its button) goes away: the rows now show each file's progress, and
    // focus goes to the first one's Cancel.
    setFocusRow((review[0]?.language as UnLanguage | undefined) ?? null);
  };

  const removeFile = async (language: UnLanguage) => {
    setFocusRow(language);
    const result = await removeDocumentFileAction({ documentId, language });
    if (!result.ok) return result.message;
    toast.success(`${LANGUAGE_AUTONYMS[language]} file removed. It stays in the history.`);
    router.refresh();
  };

  const revertFile = async (language: UnLanguage, fileId: string, version: number) => {
    setFocusRow(language);
    const result = await revertDocumentFileAction({ fileId });
    if (!result.ok) return result.message;
    toast.success(`${LANGUAGE_AUTONYMS[language]}: version ${version} is current again.`);
    router.refresh();
  };

  return (
    <section className="staff-files" aria-labelledby="staff-files-heading">
      <h2 id="staff-files-heading">Files</h2>
      <p className="muted">
        One current file per language; a new upload becomes the next version and the earlier ones stay in the history. Accepted: PDF, Word, Excel,
        PowerPoint and OpenDocument files.
      </p>
      {canEdit ? <MultiFileDrop onFiles={startReview} /> : null}
      {review.length > 0 ? (
        <UploadReview
            items={review}
            languages={languages}
            withFile={withFile}
            onLanguage={(key, language) => setReview((items) => items.map((item) => (item.key === key ? { ...item, language, recognised: false } : item)))}
            onDrop={(key) => setReview((items) => items.filter((item) => item.key !== key))}
            onUpload={uploadReviewed}
            onDiscard={() => setReview([])}
          />
      ) : null}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {uploads.announcement}
      </div>
      <ul className="staff-files__rows" aria-label="Files by language">
        {rows.map((row) => (
          <LanguageFileRow
            key={row.language}
            row={row}
            task={uploads.taskOf(row.language)}
            canEdit={canEdit}
            ownsFocus={focusRow === row.language}
            onFile={(file) => {
              setFocusRow(row.language);
              uploads.enqueue([{ file, language: row.language }]);
            }}
            onSeveral={startReview}
            onCancel={(key) => {
              setFocusRow(row.language);
              uploads.cancel(key);
            }}
            onRemove={() => removeFile(row.language)}
            onRevert={(file) => revertFile(row.language, file.id, file.version)}
          />
        ))}
      </ul>
    </section>
  );
}
