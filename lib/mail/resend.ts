// "Send again" from the Mail log: a HELD message (no mail server then) or a FAILED one goes back
// to the queue with a fresh attempt count. Never a SENT or SENDING one: those were (or may be
// being) delivered. Audited without the body or the recipient (personal data).
import { z } from "zod";
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/database/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";

export const resendMailSchema = z.object({ id: z.string().trim().min(1).max(40) });

export const ANONYMISED_MESSAGE = "This email's recipient and text were removed after the retention period; it cannot be sent again.";

export const NOT_RESENDABLE_MESSAGE = "Only held or failed messages can be sent again; this one was sent or is being sent.";

export async function resendMail(client: Db, actor: StaffActor | null, input: unknown): Promise<{ id: string }> {
  const staff = authorise(actor, "mail:resend");
  const { id } = parseInput(resendMailSchema, input);
  return client.$transaction(async (tx) => {
    const [message] = await tx.$queryRaw<{ status: string; attempts: number; template: string; recipient: string }[]>`
      SELECT status::text AS status, attempts, template, recipient FROM outbox_messages WHERE id = ${id} FOR UPDATE`;
    if (!message) throw new NotFoundError("This message no longer exists.");
    if (message.recipient === "") throw new ConflictError(ANONYMISED_MESSAGE);
    if (message.status !== "HELD" && message.status !== "FAILED") throw new ConflictError(NOT_RESENDABLE_MESSAGE);
    await tx.outboxMessage.update({
      where: { id },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), claimedAt: null, lastError: null },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { kind: "staff", id: staff.userId, email: staff.email },
      action: "mail.resend",
      entityType: "OutboxMessage",
      entityId: id,
      before: { status: message.status, attempts: message.attempts, template: message.template },
      after: { status: "PENDING", attempts: 0, template: message.template },
    });
    return { id };
  });
}
