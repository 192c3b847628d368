// /admin/documents: the documents of the process, its events and meetings; each opens its own
// page (fields, files per language). Filters live in the URL; the server queries one page.
import type { Metadata } from "next";
import { ListFilters } from "@/components/data-table/list-filters";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, documentListParams } from "@/lib/documents/list-params";
import { getDocumentEventOptions, listStaffDocuments } from "@/lib/documents/staff-queries";
import { DocumentsTable } from "./_components/documents-table";

export const metadata: Metadata = { title: "Documents" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const STATUS_OPTIONS = [
  { value: "DRAFT", label: "Draft" },
  { value: "PUBLISHED", label: "Published" },
  { value: "CANCELLED", label: "Withdrawn" },
];

export default async function DocumentsPage({ searchParams }: PageProps) {
  const params = documentListParams.parse(await searchParams);
  const session = await requireStaffPage(`/admin/documents${documentListParams.toQuery(params)}`);
  const header = (
    <PageHeader
      title="Documents"
      description="Agendas, background papers, reports and resolutions, with the languages each is issued in: ✓ a file is online, … announced without a file yet."
    />
  );
  if (!can(session.role, "content:read")) {
    return (
      <>
        {header}
        <NotPermitted what="see documents" />
      </>
    );
  }
  const [{ rows, total }, events] = await Promise.all([listStaffDocuments(params), getDocumentEventOptions()]);
  const filtered = documentListParams.isFiltered(params);
  const { defaults } = documentListParams;

  return (
    <>
      {header}
      <ListFilters
        action="/admin/documents"
        label="Filter documents"
        filtered={filtered}
        search={{ label: "Search documents", value: params.q, hint: "English title or symbol" }}
        selects={[
          { name: "kind", label: "Kind", value: params.kind, options: DOCUMENT_KINDS.map((kind) => ({ value: kind, label: DOCUMENT_KIND_LABELS[kind] })) },
          { name: "status", label: "Status", value: params.status, options: STATUS_OPTIONS },
          { name: "event", label: "Event", value: params.event, options: events },
        ]}
        keep={{
          sort: params.sort === defaults.sort ? undefined : params.sort,
          dir: params.dir === defaults.dir ? undefined : params.dir,
          size: params.size === defaults.size ? undefined : params.size,
        }}
      />
      <DocumentsTable rows={rows} total={total} params={params} filtered={filtered} />
    </>
  );
}
