// Client-safe URL state of the staff documents list (/admin/documents) and the rows it shows.
import { defineListParams, enumFilter, idFilter } from "@/lib/validation/list-params";

export const DOCUMENT_KINDS = ["AGENDA", "BACKGROUND_PAPER", "REPORT", "CONCEPT_NOTE", "RESOLUTION", "STATEMENT", "OTHER"] as const;
export type DocumentKindValue = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKindValue, string> = {
  AGENDA: "Agenda",
  BACKGROUND_PAPER: "Background paper",
  REPORT: "Report",
  CONCEPT_NOTE: "Concept note",
  RESOLUTION: "Resolution",
  STATEMENT: "Statement",
  OTHER: "Other",
};

export const DOCUMENT_STATUSES = ["DRAFT", "PUBLISHED", "CANCELLED"] as const;
export type DocumentStatusValue = (typeof DOCUMENT_STATUSES)[number];

export const documentListParams = defineListParams({
  sortColumns: ["issuedOn", "kind", "symbol", "status", "updatedAt"],
  defaultSort: "issuedOn",
  defaultDir: "desc",
  filters: { kind: enumFilter(DOCUMENT_KINDS), status: enumFilter(DOCUMENT_STATUSES), event: idFilter },
});

export type DocumentListParams = ReturnType<typeof documentListParams.parse>;

export interface StaffDocumentRow {
  id: string;
  title: string;
  kind: DocumentKindValue;
  symbol: string | null;
  /** "HLD 2013 › Round table 1", or "Principal document" for the founding texts. */
  belongsTo: string;
  /** Each announced language, with whether a current file exists, English first. */
  languages: Array<{ code: string; hasFile: boolean }>;
  status: DocumentStatusValue;
  issuedOn: string | null;
}
