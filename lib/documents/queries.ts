// Public reads of documents. Only PUBLISHED documents are public, and only the current file of
// each language; a document attached to a draft event or meeting stays hidden with it.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What the public sees of a document, wherever it is listed. */
export const publicDocumentSelect = {
  id: true,
  kind: true,
  symbol: true,
  title: true,
  issuedOn: true,
  /** Languages the document is issued in, each listed with its file or as not yet available. */
  languages: true,
  files: {
    where: { isCurrent: true },
    select: { language: true, contentType: true, sizeBytes: true },
  },
} satisfies Prisma.DocumentSelect;

export type PublicDocument = Prisma.DocumentGetPayload<{ select: typeof publicDocumentSelect }>;

/** Filter for documents visible to the public: published, and not under unpublished parents. */
export const publicDocumentWhere = {
  status: "PUBLISHED",
  AND: [
    { OR: [{ eventId: null }, { event: { status: "PUBLISHED" } }] },
    { OR: [{ meetingId: null }, { meeting: { status: { in: ["PUBLISHED", "CANCELLED"] }, event: { status: "PUBLISHED" } } }] },
  ],
} satisfies Prisma.DocumentWhereInput;

/**
 * The documents a preview shows: those that will be public once their event or meeting is, i.e.
 * the published ones, whatever the parent's status (publicDocumentWhere would hide them all under
 * a draft parent).
 */
export const previewDocuments = {
  where: { status: "PUBLISHED" },
  select: publicDocumentSelect,
  orderBy: [{ position: "asc" }, { id: "asc" }],
} satisfies Prisma.DocumentFindManyArgs;

/** The principal documents (founding resolutions and reports), by UN symbol. */
export const listPrincipalDocuments = cache(async (): Promise<PublicDocument[]> =>
  db.document.findMany({
    where: { ...publicDocumentWhere, isPrincipal: true },
    select: publicDocumentSelect,
    orderBy: [{ symbol: { sort: "asc", nulls: "last" } }, { position: "asc" }, { id: "asc" }],
  }),
);

export interface SourcedDocument extends PublicDocument {
  event: { slug: string; title: Prisma.JsonValue } | null;
  meeting: { slug: string; title: Prisma.JsonValue } | null;
}

/** Every other public document, with the event or meeting it belongs to, for grouping by kind. */
export const listOtherPublicDocuments = cache(async (): Promise<SourcedDocument[]> =>
  db.document.findMany({
    where: { ...publicDocumentWhere, isPrincipal: false },
    select: {
      ...publicDocumentSelect,
      event: { select: { slug: true, title: true } },
      meeting: { select: { slug: true, title: true } },
    },
    orderBy: [{ kind: "asc" }, { issuedOn: { sort: "asc", nulls: "last" } }, { position: "asc" }, { id: "asc" }],
  }),
);
