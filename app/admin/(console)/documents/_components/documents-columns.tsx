// Columns of the staff documents list; each title opens the document's page. Sortable column ids
// are exactly the server's whitelist (documentListParams.sortColumns); the others have sorting
// disabled.
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import type { DataTableFeatures } from "@/components/data-table/features";
import { Badge, type BadgeTone, VisuallyHidden } from "@/components/ui";
import { DOCUMENT_KIND_LABELS, type DocumentStatusValue, type StaffDocumentRow } from "@/lib/documents/list-params";

const helper = createColumnHelper<DataTableFeatures, StaffDocumentRow>();

const STATUS: Record<DocumentStatusValue, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: "Draft", tone: "warning" },
  PUBLISHED: { label: "Published", tone: "success" },
  CANCELLED: { label: "Withdrawn", tone: "danger" },
};

export const documentsColumns = helper.columns([
  helper.accessor("title", {
    header: "Title",
    enableSorting: false,
    cell: (info) => <Link href={`/admin/documents/${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  helper.accessor("kind", { header: "Kind", cell: (info) => DOCUMENT_KIND_LABELS[info.getValue()] }),
  helper.accessor("symbol", { header: "Symbol", cell: (info) => info.getValue() ?? "—" }),
  helper.accessor("belongsTo", { header: "Event / meeting", enableSorting: false }),
  helper.accessor("issuedOn", { header: "Issued", cell: (info) => info.getValue() ?? "—" }),
  helper.accessor("languages", {
    header: "Languages",
    enableSorting: false,
    cell: (info) => {
      const languages = info.getValue();
      if (languages.length === 0) return "—";
      return (
        <ul className="document-languages">
          {languages.map((language) => (
            <li key={language.code} className={language.hasFile ? "document-languages__file" : "document-languages__announced"}>
              {language.code.toUpperCase()}
              <VisuallyHidden>{language.hasFile ? " (file)" : " (announced, no file yet)"}</VisuallyHidden>
              <span aria-hidden="true">{language.hasFile ? " ✓" : " …"}</span>
            </li>
          ))}
        </ul>
      );
    },
  }),
  helper.accessor("status", {
    header: "Status",
    cell: (info) => <Badge tone={STATUS[info.getValue()].tone}>{STATUS[info.getValue()].label}</Badge>,
  }),
]);
