// The transactional outbox (issue 5, point 7): a change that sends an email writes the rendered
// message in the same transaction, so the email exists exactly when the change commits. The worker
// (worker.ts) delivers it later. Rendering at once means the Mail log shows exactly what is sent.
import type { Db } from "@/lib/database/client";
import type { InputJsonObject } from "@/lib/generated/prisma/internal/prismaNamespace";
import type { UnLanguage } from "@/lib/i18n/languages";
import { type EmailParams, type EmailTemplate, renderEmail } from "./templates";

/** The client or a transaction client: anything that can create outbox rows. */
export type OutboxWriter = { outboxMessage: Pick<Db["outboxMessage"], "create"> };

export interface EnqueueEmailInput<T extends EmailTemplate> {
  to: string;
  template: T;
  language: UnLanguage;
  params: EmailParams[T];
  registrationId?: string;
  /** Facts for filtering and history (e.g. `{ status: "APPROVED" }`): never secrets or personal data. */
  data?: InputJsonObject;
}

// A recipient is one address: no display name, no list, no control characters.
const SINGLE_ADDRESS = /^[^\s@<>(),;:"\\]+@[^\s@<>(),;:"\\]+$/u;

export async function enqueueEmail<T extends EmailTemplate>(tx: OutboxWriter, input: EnqueueEmailInput<T>): Promise<{ id: string }> {
  const to = input.to.trim();
  if (!SINGLE_ADDRESS.test(to)) throw new Error("enqueueEmail: the recipient must be a single email address");
  const rendered = renderEmail(input.template, input.language, input.params);
  return tx.outboxMessage.create({
    data: {
      recipient: to,
      template: input.template,
      // Stored as the language the registrant chose, even when the copy fell back to English.
      language: input.language.toUpperCase() as Uppercase<UnLanguage>,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      data: input.data ?? {},
      registrationId: input.registrationId ?? null,
      status: "PENDING",
    },
    select: { id: true },
  });
}
