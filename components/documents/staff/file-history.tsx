"use client";
// The earlier versions of one language's file, behind a disclosure (<details>: keyboard operable
// and announced as expanded/collapsed without any script). Each can be downloaded, and staff who
// edit can make it current again; a revert is itself recorded, and nothing is deleted.
import { ConfirmButton } from "@/components/admin/dialog";
import { formatFileSize } from "@/components/meetings/format";
import { Table } from "@/components/ui";
import { fileTypeLabel } from "@/lib/uploads/file-types";
import { formatInstant, staffDownloadHref, type StaffFileVersion } from "./types";

export interface FileHistoryProps {
  /** The language's name, for accessible names ("Revert Français to version 1"). */
  languageName: string;
  versions: readonly StaffFileVersion[];
  canEdit: boolean;
  onRevert: (file: StaffFileVersion) => Promise<string | void>;
}

export function FileHistory({ languageName, versions, canEdit, onRevert }: FileHistoryProps) {
  if (versions.length === 0) return null;
  return (
    <details className="staff-files__history">
      <summary>
        History: {versions.length === 1 ? "1 earlier version" : `${versions.length} earlier versions`}
      </summary>
      <Table className="staff-files__history-table" caption={`Earlier versions of the ${languageName} file`} captionHidden>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">File</th>
            <th scope="col">Size</th>
            <th scope="col">Uploaded</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((file) => (
            <tr key={file.id}>
              <td>{file.version}</td>
              <td className="staff-files__name">
                {file.originalName} <span className="muted">({fileTypeLabel(file.contentType)})</span>
              </td>
              <td>{formatFileSize(file.sizeBytes, "en")}</td>
              <td>
                {file.uploadedBy ?? "a former staff member"}, <time dateTime={file.uploadedAt}>{formatInstant(file.uploadedAt)}</time>
              </td>
              <td className="staff-files__history-actions">
                <a href={staffDownloadHref(file.id)} download aria-label={`Download version ${file.version} of the ${languageName} file`}>
                  Download
                </a>
                {canEdit ? (
                  <ConfirmButton
                    size="small"
                    variant="secondary"
                    tone="primary"
                    aria-label={`Revert ${languageName} to version ${file.version}`}
                    title={`Make version ${file.version} the current ${languageName} file?`}
                    description={`${file.originalName} becomes the file the public downloads (once the document is published). The present file stays in this history.`}
                    confirmLabel="Revert to this version"
                    onConfirm={() => onRevert(file)}
                  >
                    Revert to this version
                  </ConfirmButton>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </details>
  );
}
