// Reads of the outbox for the staff Mail log (mail:read: ADMIN and REGISTRAR). Recipients are
// personal data, so this never runs without the permission.
import "server-only";
import { cache } from "react";
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { getSession } from "@/lib/auth/session";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MailListParams, MailLogRow, OutboxStatusValue } from "./list-params";

function orderBy(sort: MailListParams["sort"], dir: "asc" | "desc"): Prisma.OutboxMessageOrderByWithRelationInput[] {
  const tieBreaker = { id: dir };
  switch (sort) {
    case "sentAt":
      return [{ sentAt: { sort: dir, nulls: "last" } }, tieBreaker];
    case "createdAt":
      return [{ createdAt: dir }, tieBreaker];
    default:
      return [{ [sort]: dir }, { createdAt: "desc" }, tieBreaker];
  }
}

function where(params: MailListParams): Prisma.OutboxMessageWhereInput {
  const and: Prisma.OutboxMessageWhereInput[] = [];
  if (params.status) and.push({ status: params.status });
  if (params.template) and.push({ template: params.template });
  if (params.q !== "") and.push({ OR: [{ recipient: { contains: params.q, mode: "insensitive" } }, { subject: { contains: params.q, mode: "insensitive" } }] });
  return { AND: and };
}

export async function findMailLog(client: Db, actor: StaffActor | null, params: MailListParams): Promise<{ rows: MailLogRow[]; total: number }> {
  authorise(actor, "mail:read");
  const filter = where(params);
  const [messages, total] = await Promise.all([
    client.outboxMessage.findMany({
      where: filter,
      orderBy: orderBy(params.sort, params.dir),
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: { id: true, createdAt: true, recipient: true, subject: true, template: true, language: true, status: true, attempts: true, sentAt: true, lastError: true },
    }),
    client.outboxMessage.count({ where: filter }),
  ]);
  return {
    total,
    rows: messages.map((message) => ({
      ...message,
      createdAt: message.createdAt.toISOString(),
      sentAt: message.sentAt?.toISOString() ?? null,
      language: message.language.toLowerCase(),
    })),
  };
}

export interface MailMessageDetail {
  id: string;
  recipient: string;
  subject: string;
  template: string;
  language: string;
  status: OutboxStatusValue;
  attempts: number;
  textBody: string;
  htmlBody: string;
  createdAt: string;
  nextAttemptAt: string;
  sentAt: string | null;
  lastError: string | null;
  registrationId: string | null;
}

export async function findMailMessage(client: Db, actor: StaffActor | null, id: string): Promise<MailMessageDetail | null> {
  authorise(actor, "mail:read");
  const message = await client.outboxMessage.findUnique({
    where: { id },
    select: {
      id: true,
      recipient: true,
      subject: true,
      template: true,
      language: true,
      status: true,
      attempts: true,
      textBody: true,
      htmlBody: true,
      createdAt: true,
      nextAttemptAt: true,
      sentAt: true,
      lastError: true,
      registrationId: true,
    },
  });
  if (!message) return null;
  return {
    ...message,
    language: message.language.toLowerCase(),
    createdAt: message.createdAt.toISOString(),
    nextAttemptAt: message.nextAttemptAt.toISOString(),
    sentAt: message.sentAt?.toISOString() ?? null,
  };
}

async function sessionActor(): Promise<StaffActor | null> {
  return getSession();
}

export const listMailLog = cache(async (params: MailListParams) => findMailLog(db, await sessionActor(), params));
export const getMailMessage = cache(async (id: string) => findMailMessage(db, await sessionActor(), id));
