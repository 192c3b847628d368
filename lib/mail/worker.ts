// Delivers the outbox (issue 5, point 7). Every web instance runs this now and then; a message is
// claimed by exactly one of them (one UPDATE over a FOR UPDATE SKIP LOCKED sub-select), sent, and
// marked SENT with its secret links redacted. A transient failure (no connection, a 4xx reply) is
// retried with exponential back-off; a 5xx reply, or the last attempt, marks it FAILED for staff.
// A message left SENDING by a crash may or may not have gone out: it becomes FAILED and is never
// resent automatically, because sending one message twice is worse than asking staff to look.
// Without a transport (no SMTP_URL) messages are HELD: readable in the Mail log, and printed to the
// server log in development.
import type { Db } from "@/lib/database/client";
import { logger as defaultLogger } from "@/lib/logger";
import { redactSecretLinks } from "./redact";
import { describeSendFailure, type MailTransport } from "./transport";

export const MAX_ATTEMPTS = 8;
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 60 * 60_000;
/** A message SENDING for longer than this was interrupted (no send takes 10 minutes: see transport timeouts). */
export const STALE_SENDING_MS = 10 * 60_000;
export const INTERRUPTED_MESSAGE = "Delivery was interrupted; it may or may not have been sent. Send it again from the Mail log if needed.";
const DEFAULT_BATCH = 20;
/** Messages of one batch sent at the same time, each on its own connection. */
const SEND_CONCURRENCY = 4;

/** Delay before attempt `attempts + 1`: 30 s × 2^(attempts − 1), capped at 1 h, minus up to 20 % jitter. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const exact = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  // Jitter spreads retries of many messages failed by one outage; it only ever shortens the wait,
  // so the cap stays a cap.
  return Math.round(exact * (1 - 0.2 * random()));
}

type Log = Pick<typeof defaultLogger, "info" | "warn">;

export interface DeliverOptions {
  now?: Date;
  batch?: number;
  logger?: Log;
  /** Development only: where held messages are printed (issue 5: "in the server log in development"). */
  printHeld?: (message: string) => void;
  random?: () => number;
}

export interface DeliveryReport {
  sent: string[];
  retrying: string[];
  failed: string[];
  held: string[];
  interrupted: string[];
}

interface ClaimedRow {
  id: string;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  attempts: number;
  nextAttemptAt: Date;
  createdAt: Date;
}

export async function deliverDueMail(client: Db, transport: MailTransport | null, options: DeliverOptions = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const batch = Math.max(1, Math.min(500, options.batch ?? DEFAULT_BATCH));
  const log = options.logger ?? defaultLogger;
  const report: DeliveryReport = { sent: [], retrying: [], failed: [], held: [], interrupted: [] };

  const staleBefore = new Date(now.getTime() - STALE_SENDING_MS);
  const interrupted = await client.$queryRaw<{ id: string }[]>`
    UPDATE outbox_messages
       SET status = 'FAILED', last_error = ${INTERRUPTED_MESSAGE}, claimed_at = NULL, updated_at = ${now}
     WHERE status = 'SENDING' AND claimed_at < ${staleBefore}
    RETURNING id`;
  report.interrupted = interrupted.map((row) => row.id);
  if (report.interrupted.length > 0) log.warn("Mail delivery was interrupted; marked failed for staff", { ids: report.interrupted });

  if (!transport) {
    const held = await client.$queryRaw<ClaimedRow[]>`
      UPDATE outbox_messages
         SET status = 'HELD', updated_at = ${now}
       WHERE id IN (
         SELECT id FROM outbox_messages
          WHERE status = 'PENDING' AND next_attempt_at <= ${now}
          ORDER BY next_attempt_at, created_at
          FOR UPDATE SKIP LOCKED
          LIMIT ${batch})
      RETURNING id, recipient, subject, text_body AS "textBody", html_body AS "htmlBody", attempts,
                next_attempt_at AS "nextAttemptAt", created_at AS "createdAt"`;
    held.sort(byQueueOrder);
    report.held = held.map((row) => row.id);
    if (held.length > 0) log.info("Mail held: no SMTP_URL is set; read it in the Mail log", { ids: report.held });
    for (const row of held) options.printHeld?.(`--- Mail held (no SMTP_URL) ${row.id}\nTo: ${row.recipient}\nSubject: ${row.subject}\n\n${row.textBody}---\n`);
    return report;
  }

  const claimed = await client.$queryRaw<ClaimedRow[]>`
    UPDATE outbox_messages
       SET status = 'SENDING', claimed_at = ${now}, attempts = attempts + 1, updated_at = ${now}
     WHERE id IN (
       SELECT id FROM outbox_messages
        WHERE status = 'PENDING' AND next_attempt_at <= ${now}
        ORDER BY next_attempt_at, created_at
        FOR UPDATE SKIP LOCKED
        LIMIT ${batch})
    RETURNING id, recipient, subject, text_body AS "textBody", html_body AS "htmlBody", attempts,
              next_attempt_at AS "nextAttemptAt", created_at AS "createdAt"`;
  claimed.sort(byQueueOrder);

  // A few connections at once: each message opens its own, and most of a send is waiting on
  // round trips. Every row is settled on its own, so one failure never touches another.
  let next = 0;
  const lane = async () => {
    while (next < claimed.length) {
      const row = claimed[next++]!;
      await deliverOne(client, transport, row, now, options.random, report, log);
    }
  };
  // Settle every lane before returning (a failed status update must not leave sends running
  // behind the loop's back); such a row stays SENDING and is failed as interrupted later.
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(SEND_CONCURRENCY, claimed.length) }, lane));
  const broken = lanes.find((outcome) => outcome.status === "rejected");
  if (broken) throw broken.reason;
  if (report.sent.length > 0) log.info("Mail delivered", { ids: report.sent });
  return report;
}

async function deliverOne(client: Db, transport: MailTransport, row: ClaimedRow, now: Date, random: (() => number) | undefined, report: DeliveryReport, log: Log): Promise<void> {
  try {
    await transport.send({ id: row.id, to: row.recipient, subject: row.subject, text: row.textBody, html: row.htmlBody });
  } catch (error) {
    const failure = describeSendFailure(error);
    const final = failure.permanent || row.attempts >= MAX_ATTEMPTS;
    const nextAttemptAt = new Date(now.getTime() + backoffMs(row.attempts, random));
    await client.outboxMessage.updateMany({
      where: { id: row.id, status: "SENDING" },
      data: final
        ? { status: "FAILED", claimedAt: null, lastError: failure.message }
        : { status: "PENDING", claimedAt: null, lastError: failure.message, nextAttemptAt },
    });
    (final ? report.failed : report.retrying).push(row.id);
    log.warn(final ? "Mail delivery failed" : "Mail delivery will be retried", { id: row.id, attempts: row.attempts, reason: failure.message });
    return;
  }
  // Sent: from here on, a failure to record it must not lead to a second send. If this update
  // fails the row stays SENDING and becomes FAILED ("may have been sent") after STALE_SENDING_MS.
  // The bodies are redacted only if still the ones sent: the retention job may have scrubbed the
  // row meanwhile, and writing the old bodies back would restore personal data.
  await client.$transaction([
    client.outboxMessage.updateMany({ where: { id: row.id, status: "SENDING" }, data: { status: "SENT", sentAt: new Date(), claimedAt: null, lastError: null } }),
    client.outboxMessage.updateMany({
      where: { id: row.id, textBody: row.textBody, htmlBody: row.htmlBody },
      data: { textBody: redactSecretLinks(row.textBody), htmlBody: redactSecretLinks(row.htmlBody) },
    }),
  ]);
  report.sent.push(row.id);
}

function byQueueOrder(a: ClaimedRow, b: ClaimedRow): number {
  return a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime();
}
