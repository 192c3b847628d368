// Reads of documents for the staff console (read-only until issue 4 adds uploads and editing).
// The exported query checks the session (STYLE.md 10); the core takes the client and the actor.
import "server-only";
import { cache } from "react";
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { getSession } from "@/lib/auth/session";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translateText } from "@/lib/i18n/translatable";
import type { DocumentListParams, StaffDocumentRow } from "./list-params";

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
