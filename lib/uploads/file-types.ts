// The document formats staff may upload. Client-safe (no Node modules): the upload form uses
// ACCEPT_ATTRIBUTE and the labels; the server (lib/uploads/inspect.ts) decides from the bytes.

export type AcceptedFileType = {
  /** The type the file is stored and served with. */
  mime: string;
  /** Lower-case, without the dot. */
  extension: string;
  /** Short name shown beside a file ("PDF", "DOCX"). */
  label: string;
  /** The application family staff know the format by ("Word"); formats of one family are named together. */
  family: string;
};

export const ACCEPTED_FILE_TYPES: readonly AcceptedFileType[] = [
  { mime: "application/pdf", extension: "pdf", label: "PDF", family: "PDF" },
  {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    label: "DOCX",
    family: "Word",
  },
  {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
    label: "XLSX",
    family: "Excel",
  },
  {
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    extension: "pptx",
    label: "PPTX",
    family: "PowerPoint",
  },
  { mime: "application/vnd.oasis.opendocument.text", extension: "odt", label: "ODT", family: "OpenDocument" },
  {
    mime: "application/vnd.oasis.opendocument.spreadsheet",
    extension: "ods",
    label: "ODS",
    family: "OpenDocument",
  },
  {
    mime: "application/vnd.oasis.opendocument.presentation",
    extension: "odp",
    label: "ODP",
    family: "OpenDocument",
  },
];

/** For `<input type="file" accept=…>`: extensions and MIME types, since browsers match either. */
export const ACCEPT_ATTRIBUTE = [
  ...ACCEPTED_FILE_TYPES.map((type) => `.${type.extension}`),
  ...ACCEPTED_FILE_TYPES.map((type) => type.mime),
].join(",");

export function acceptedTypeByMime(contentType: string): AcceptedFileType | undefined {
  // Stored types never carry parameters, but a header might ("application/pdf; charset=…").
  const mime = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return ACCEPTED_FILE_TYPES.find((type) => type.mime === mime);
}

export function acceptedTypeByExtension(extension: string): AcceptedFileType | undefined {
  const normalised = extension.replace(/^\./, "").toLowerCase();
  return ACCEPTED_FILE_TYPES.find((type) => type.extension === normalised);
}

/** "PDF", "DOCX", …; an unknown type shows as "File" rather than a raw MIME string. */
export function fileTypeLabel(contentType: string): string {
  return acceptedTypeByMime(contentType)?.label ?? "File";
}

/** "PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) or OpenDocument (ODT, ODS, ODP)" for messages. */
export function describeAcceptedTypes(): string {
  const labelsByFamily = new Map<string, string[]>();
  for (const type of ACCEPTED_FILE_TYPES) {
    labelsByFamily.set(type.family, [...(labelsByFamily.get(type.family) ?? []), type.label]);
  }
  const names = [...labelsByFamily].map(([family, labels]) =>
    labels.length === 1 && labels[0] === family ? family : `${family} (${labels.join(", ")})`,
  );
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}
