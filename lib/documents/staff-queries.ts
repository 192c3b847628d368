// Reads of documents for the staff console: the documents list, one document with its files in
// every language, and the documents of a meeting or event.
// The exported query checks the session (STYLE.md 10); the core takes the client and the actor.
import "server-only";
import { cache } from "react";
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { getSession } from "@/lib/auth/session";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UN_LANGUAGES, type UnLanguage } from "@/lib/i18n/languages";
import { asTranslatable, translateText } from "@/lib/i18n/translatable";
import { translatableFormValue } from "@/lib/validation/common";
import type { DocumentListParams, StaffDocumentRow } from "./list-params";
import { type DocumentFormInput, type DocumentParent, fromStoredLanguage } from "./schemas";

/** English first, then the UN order (the stored enum names are upper case). */
const LANGUAGE_ORDER = ["EN", "AR", "ZH", "FR", "RU", "ES"];

function orderBy(sort: DocumentListParams["sort"], dir: "asc" | "desc"): Prisma.DocumentOrderByWithRelationInput[] {
  const tieBreaker = { id: "asc" as const };
  switch (sort) {
    case "issuedOn":
      return [{ issuedOn: { sort: dir, nulls: "last" } }, { position: "asc" }, tieBreaker];
    case "symbol":
      return [{ symbol: { sort: dir, nulls: "last" } }, tieBreaker];
    case "kind":
      return [{ kind: dir }, tieBreaker];
    case "status":
      return [{ status: dir }, tieBreaker];
    case "updatedAt":
      return [{ updatedAt: dir }, tieBreaker];
  }
}

function where(params: DocumentListParams): Prisma.DocumentWhereInput {
  const and: Prisma.DocumentWhereInput[] = [];
  if (params.kind) and.push({ kind: params.kind });
  if (params.status) and.push({ status: params.status });
  if (params.event) and.push({ OR: [{ eventId: params.event }, { meeting: { eventId: params.event } }] });
  if (params.q !== "") {
    and.push({
      OR: [
        { title: { path: ["en"], string_contains: params.q, mode: "insensitive" } },
        { symbol: { contains: params.q, mode: "insensitive" } },
      ],
    });
  }
  return { AND: and };
}

export async function findStaffDocuments(client: Db, actor: StaffActor | null, params: DocumentListParams): Promise<{ rows: StaffDocumentRow[]; total: number }> {
  authorise(actor, "content:read");
  const filter = where(params);
  const [documents, total] = await Promise.all([
    client.document.findMany({
      where: filter,
      orderBy: orderBy(params.sort, params.dir),
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        title: true,
        kind: true,
        symbol: true,
        isPrincipal: true,
        languages: true,
        status: true,
        issuedOn: true,
        event: { select: { title: true } },
        meeting: { select: { title: true, event: { select: { title: true } } } },
        files: { where: { isCurrent: true }, select: { language: true } },
      },
    }),
    client.document.count({ where: filter }),
  ]);
  return {
    total,
    rows: documents.map((document) => {
      const withFile = new Set<string>(document.files.map((file) => file.language));
      const announced = [...new Set<string>([...document.languages, ...withFile])].sort((a, b) => LANGUAGE_ORDER.indexOf(a) - LANGUAGE_ORDER.indexOf(b));
      const eventTitle = translateText(document.meeting?.event.title ?? document.event?.title, "en");
      const meetingTitle = document.meeting ? translateText(document.meeting.title, "en") : "";
      const belongsTo = [eventTitle, meetingTitle].filter((part) => part !== "").join(" › ") || (document.isPrincipal ? "Principal document" : "—");
      return {
        id: document.id,
        title: translateText(document.title, "en") || "(untitled)",
        kind: document.kind,
        symbol: document.symbol,
        belongsTo,
        languages: announced.map((code) => ({ code, hasFile: withFile.has(code) })),
        status: document.status,
        issuedOn: document.issuedOn?.toISOString().slice(0, 10) ?? null,
      };
    }),
  };
}

/** Events to filter the list by, newest first. */
export async function findDocumentEventOptions(client: Db, actor: StaffActor | null): Promise<Array<{ value: string; label: string }>> {
  authorise(actor, "content:read");
  const events = await client.event.findMany({ orderBy: [{ year: "desc" }, { slug: "asc" }], select: { id: true, title: true, slug: true } });
  return events.map((event) => ({ value: event.id, label: translateText(event.title, "en") || event.slug }));
}

async function sessionOrThrow() {
  const session = await getSession();
  if (!session) throw new UnauthorizedError();
  return session;
}

export const listStaffDocuments = cache(async (params: DocumentListParams) => findStaffDocuments(db, await sessionOrThrow(), params));

export const getDocumentEventOptions = cache(async () => findDocumentEventOptions(db, await sessionOrThrow()));

export interface StaffFileVersion {
  id: string;
  version: number;
  isCurrent: boolean;
  originalName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  /** The uploader's name, or null when the account was deleted. */
  uploadedBy: string | null;
  /** When it was uploaded (ISO instant). */
  uploadedAt: string;
  textStatus: "PENDING" | "DONE" | "FAILED" | "SKIPPED";
}

export interface StaffLanguageFiles {
  language: UnLanguage;
  /** Listed in the document's languages issued. */
  issued: boolean;
  current: StaffFileVersion | null;
  /** Every version of the language, the current one included, newest first. */
  history: StaffFileVersion[];
}

export interface StaffDocumentDetail {
  id: string;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  publishedAt: string | null;
  parent: { kind: "meeting" | "event"; id: string; title: string; href: string } | null;
  /** The edit form's values (documentFormSchema). */
  form: DocumentFormInput & { languages: UnLanguage[] };
  /** The six languages, English first. */
  files: StaffLanguageFiles[];
}

const STAFF_ORDER: readonly UnLanguage[] = ["en", ...UN_LANGUAGES.filter((language) => language !== "en")];

export async function findStaffDocument(client: Db, actor: StaffActor | null, id: string): Promise<StaffDocumentDetail | null> {
  authorise(actor, "content:read");
  const document = await client.document.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      symbol: true,
      title: true,
      languages: true,
      issuedOn: true,
      isPrincipal: true,
      status: true,
      publishedAt: true,
      version: true,
      event: { select: { id: true, title: true } },
      meeting: { select: { id: true, title: true } },
      files: {
        orderBy: [{ version: "desc" }],
        select: {
          id: true,
          language: true,
          version: true,
          isCurrent: true,
          originalName: true,
          contentType: true,
          sizeBytes: true,
          sha256: true,
          createdAt: true,
          textStatus: true,
          uploadedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!document) return null;
  const issued = document.languages.map(fromStoredLanguage);
  const versionOf = (file: (typeof document.files)[number]): StaffFileVersion => ({
    id: file.id,
    version: file.version,
    isCurrent: file.isCurrent === true,
    originalName: file.originalName,
    contentType: file.contentType,
    sizeBytes: Number(file.sizeBytes),
    sha256: file.sha256,
    uploadedBy: file.uploadedBy?.name ?? null,
    uploadedAt: file.createdAt.toISOString(),
    textStatus: file.textStatus,
  });
  const parent = document.meeting
    ? { kind: "meeting" as const, id: document.meeting.id, title: translateText(document.meeting.title, "en"), href: `/admin/meetings/${document.meeting.id}` }
    : document.event
      ? { kind: "event" as const, id: document.event.id, title: translateText(document.event.title, "en"), href: `/admin/events/${document.event.id}` }
      : null;
  return {
    id: document.id,
    status: document.status,
    publishedAt: document.publishedAt?.toISOString() ?? null,
    parent,
    form: {
      id: document.id,
      version: document.version,
      kind: document.kind,
      symbol: document.symbol ?? "",
      title: translatableFormValue(asTranslatable(document.title)),
      languages: issued,
      issuedOn: document.issuedOn?.toISOString().slice(0, 10) ?? "",
      isPrincipal: document.isPrincipal,
    },
    files: STAFF_ORDER.map((language) => {
      const history = document.files.filter((file) => fromStoredLanguage(file.language) === language).map(versionOf);
      return { language, issued: issued.includes(language), current: history.find((file) => file.isCurrent) ?? null, history };
    }),
  };
}

export interface ParentDocumentRow {
  id: string;
  title: string;
  kind: StaffDocumentRow["kind"];
  symbol: string | null;
  status: StaffDocumentRow["status"];
  position: number;
  version: number;
  /** The languages issued or with a current file, English first, each with whether a file exists. */
  languages: Array<{ language: UnLanguage; hasFile: boolean }>;
}

export async function findDocumentsOf(client: Db, actor: StaffActor | null, parent: DocumentParent): Promise<ParentDocumentRow[]> {
  authorise(actor, "content:read");
  const documents = await client.document.findMany({
    where: "meetingId" in parent ? { meetingId: parent.meetingId } : { eventId: parent.eventId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, title: true, kind: true, symbol: true, status: true, position: true, version: true, languages: true, files: { where: { isCurrent: true }, select: { language: true } } },
  });
  return documents.map((document) => {
    const withFile = new Set(document.files.map((file) => fromStoredLanguage(file.language)));
    const issued = new Set(document.languages.map(fromStoredLanguage));
    return {
      id: document.id,
      title: translateText(document.title, "en") || "(untitled)",
      kind: document.kind,
      symbol: document.symbol,
      status: document.status,
      position: document.position,
      version: document.version,
      languages: STAFF_ORDER.filter((language) => issued.has(language) || withFile.has(language)).map((language) => ({ language, hasFile: withFile.has(language) })),
    };
  });
}

/** One document with its files in every language, for its staff page. */
export const getStaffDocument = cache(async (id: string) => findStaffDocument(db, await sessionOrThrow(), id));

/** The documents of a meeting or event, in their order, for its edit page. */
export const listDocumentsOf = cache(async (parent: DocumentParent) => findDocumentsOf(db, await sessionOrThrow(), parent));
