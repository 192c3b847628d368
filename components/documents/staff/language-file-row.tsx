"use client";
// One language of a document: its current file (or "No file yet"), Upload/Replace by picker or by
// dropping a file on the row, the upload's progress with Cancel, Remove, and the earlier versions.
// The status line has a fixed height so progress, errors and outcomes never shift the rows below.
import { type DragEvent, type RefObject, useEffect, useRef, useState } from "react";
import { ConfirmButton } from "@/components/admin/dialog";
import { formatFileSize } from "@/components/meetings/format";
import { Badge, Button } from "@/components/ui";
import { LANGUAGE_NAMES } from "@/lib/documents/schemas";
import { LANGUAGE_AUTONYMS, textDirection } from "@/lib/i18n/languages";
import { ACCEPT_ATTRIBUTE, fileTypeLabel } from "@/lib/uploads/file-types";
import { FileHistory } from "./file-history";
import { formatInstant, staffDownloadHref, type StaffFileVersion, type StaffLanguageFiles } from "./types";
import { percentOf, type UploadTask } from "./use-document-uploads";

export interface LanguageFileRowProps {
  row: StaffLanguageFiles;
  task: UploadTask | undefined;
  canEdit: boolean;
  /** The row staff last acted on, which keeps the focus when its controls change. */
  ownsFocus: boolean;
  onFile: (file: File) => void;
  onSeveral: (files: File[]) => void;
  onCancel: (key: string) => void;
  onRemove: () => Promise<string | void>;
  onRevert: (file: StaffFileVersion) => Promise<string | void>;
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes("Files");
}

export function LanguageFileRow({ row, task, canEdit, ownsFocus, onFile, onSeveral, onCancel, onRemove, onRevert }: LanguageFileRowProps) {
  const { language, current } = row;
  const name = LANGUAGE_AUTONYMS[language];
  const input = useRef<HTMLInputElement>(null);
  const uploadButton = useRef<HTMLButtonElement>(null);
  const [dragging, setDragging] = useState(false);
  const active = task?.state === "uploading" || task?.state === "queued";
  const headingId = `doc-file-${language}-heading`;
  const statusId = `doc-file-${language}-status`;

  // When the focused control goes away (Upload is disabled once the upload starts, Cancel vanishes
  // when it ends, Remove when the file is gone), focus would fall back to the page's start: keep
  // it in the row that staff acted on — on Cancel while uploading, else on Upload/Replace.
  const cancelButton = useRef<HTMLButtonElement>(null);
  const outcome = `${task?.key ?? ""}:${task?.state ?? ""}:${current?.id ?? ""}`;
  const firstOutcome = useRef(outcome);
  useEffect(() => {
    if (!ownsFocus || outcome === firstOutcome.current) return;
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    (active ? cancelButton.current : uploadButton.current)?.focus();
  }, [outcome, ownsFocus, active]);

  const drop = (event: DragEvent<HTMLLIElement>) => {
    if (!canEdit || !hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    // Several files dropped on one row go to the review list like a drop on the zone above.
    if (files.length > 1) onSeveral(files);
    else if (files[0]) onFile(files[0]);
  };

  return (
    <li
      className={`staff-files__row${dragging ? " staff-files__row--target" : ""}`}
      aria-labelledby={headingId}
      data-language={language}
      onDragOver={(event) => {
        if (!canEdit || !hasFiles(event) || active) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={drop}
    >
      <div className="staff-files__language">
        <h3 id={headingId} className="staff-files__heading">
          <span lang={language} dir={textDirection(language)}>
            {name}
          </span>
          {language !== "en" ? <span className="visually-hidden"> ({LANGUAGE_NAMES[language]})</span> : null}
        </h3>
        {row.issued ? <Badge tone="info">Issued</Badge> : <Badge>Not listed as issued</Badge>}
      </div>

      <div className="staff-files__current">
        {current ? (
          <>
            <p className="staff-files__name">
              <a href={staffDownloadHref(current.id)} download aria-label={`Download the current ${name} file, ${current.originalName}`}>
                {current.originalName}
              </a>
            </p>
            <p className="muted staff-files__meta">
              {fileTypeLabel(current.contentType)} · {formatFileSize(current.sizeBytes, "en")} · version {current.version} · uploaded by{" "}
              {current.uploadedBy ?? "a former staff member"}, <time dateTime={current.uploadedAt}>{formatInstant(current.uploadedAt)}</time>
            </p>
          </>
        ) : (
          <p className="muted staff-files__empty">No file yet</p>
        )}
      </div>

      {canEdit ? (
        <div className="staff-files__actions">
          <input
            ref={input}
            type="file"
            hidden
            accept={ACCEPT_ATTRIBUTE}
            aria-label={`Choose the ${name} file`}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              // Cleared so that choosing the same file again (after a refusal) fires again.
              event.currentTarget.value = "";
              if (file) onFile(file);
            }}
          />
          <Button ref={uploadButton} size="small" variant={current ? "secondary" : "primary"} disabled={active} aria-describedby={statusId} onClick={() => input.current?.click()}>
            {current ? "Replace" : "Upload"}
            <span className="visually-hidden"> the {name} file</span>
          </Button>
          {current ? (
            <ConfirmButton
              size="small"
              variant="secondary"
              disabled={active}
              aria-label={`Remove the ${name} file`}
              title={`Remove the ${name} file?`}
              description="The public no longer gets a file in this language (it shows as not available). The file stays in the history, from where it can be restored."
              confirmLabel="Remove file"
              onConfirm={onRemove}
            >
              Remove
            </ConfirmButton>
          ) : null}
          <span className="muted staff-files__drop-hint" aria-hidden="true">
            or drop a file on this row
          </span>
        </div>
      ) : null}

      <div id={statusId} className="staff-files__status">
        <UploadStatus task={task} currentId={current?.id} languageName={name} onCancel={onCancel} cancelRef={cancelButton} />
      </div>

      <FileHistory languageName={name} versions={row.history} canEdit={canEdit} onRevert={onRevert} />
    </li>
  );
}

interface UploadStatusProps {
  task: UploadTask | undefined;
  currentId: string | undefined;
  languageName: string;
  onCancel: (key: string) => void;
  cancelRef: RefObject<HTMLButtonElement | null>;
}

function UploadStatus({ task, currentId, languageName, onCancel, cancelRef }: UploadStatusProps) {
  if (!task) return null;
  if (task.state === "failed") return <p className="field__error staff-files__error">{task.error}</p>;
  if (task.state === "cancelled") return <p className="muted">Upload of {task.fileName} cancelled.</p>;
  // Once another version is current (a revert, a later upload, a removal), "Uploaded" would mislead.
  if (task.state === "done") return task.fileId === currentId ? <p className="staff-files__done">Uploaded {task.fileName}.</p> : null;
  const percent = percentOf(task);
  return (
    <div className="staff-files__progress">
      <progress max={100} value={task.state === "queued" ? undefined : percent} aria-label={`Uploading ${task.fileName} (${languageName})`} />
      <span className="staff-files__percent" aria-hidden="true">
        {task.state === "queued" ? "Waiting…" : `${percent}%`}
      </span>
      <span className="muted staff-files__progress-size">
        {formatFileSize(task.loaded, "en")} of {formatFileSize(task.size, "en")}
      </span>
      <Button ref={cancelRef} size="small" variant="secondary" aria-label={`Cancel the upload of ${task.fileName}`} onClick={() => onCancel(task.key)}>
        Cancel
      </Button>
    </div>
  );
}
