// The background jobs of a web instance, started once per process from instrumentation.ts:
// the scheduled-publication job, the public-cache watcher, text extraction and mail delivery. They use their
// own small database pool, so a slow tick never takes connections from requests, and stop on
// SIGTERM/SIGINT (Next's own handlers then close the server and exit).
import { readPublicRevision } from "@/lib/cache/revision";
import { createPrismaClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { mailTransportFromEnv } from "@/lib/mail/transport";
import { deliverDueMail } from "@/lib/mail/worker";
import { createCacheWatcher } from "@/lib/publishing/cache-watcher";
import { requestLocalRevalidation } from "@/lib/publishing/internal-revalidation";
import { startLoop, type Loop } from "@/lib/publishing/loop";
import { publishDueItems } from "@/lib/publishing/scheduler";
import { runRetention } from "@/lib/registrations/retention";
import { syncSearchIndex } from "@/lib/search/sync";
import { fileStore } from "@/lib/storage";
import { extractPendingTexts } from "@/lib/text-extraction/job";

const STARTED = Symbol.for("hld.background-jobs");
type Holder = typeof globalThis & { [STARTED]?: { stop(): Promise<void> } };

export function startBackgroundJobs(): void {
  const holder = globalThis as Holder;
  if (holder[STARTED]) return;
  const config = env();
  if (!config.DATABASE_URL) {
    logger.warn("Background jobs not started: DATABASE_URL is not set");
    return;
  }
  const client = createPrismaClient(config.DATABASE_URL, { max: 2 });

  // The search index follows the public revision like the pages do (changed entries only, see
  // lib/search/sync.ts); a failure of either is retried on the next check.
  const check = createCacheWatcher({
    readRevision: () => readPublicRevision(client),
    revalidate: async () => {
      const outcomes = await Promise.allSettled([syncSearchIndex(client), requestLocalRevalidation()]);
      for (const outcome of outcomes) if (outcome.status === "rejected") throw outcome.reason;
    },
  });
  const watcher: Loop = startLoop("cache-watcher", config.CACHE_POLL_MS, async () => {
    await check();
  });
  const scheduler = startLoop("scheduler", config.SCHEDULER_INTERVAL_MS, async () => {
    const published = await publishDueItems(client);
    if (published.length === 0) return;
    logger.info("Scheduled publication done", { items: published.map(({ entity, id }) => `${entity}:${id}`) });
    // This instance refreshes at once; the others within one cache poll.
    watcher.runNow();
  });

  // Aborting kills a running extraction's child process, so shutdown never waits for a file.
  const extraction = new AbortController();
  const extractor = startLoop("text-extraction", config.TEXT_EXTRACTION_INTERVAL_MS, async () => {
    const files = await extractPendingTexts(client, fileStore(), { signal: extraction.signal });
    if (files.length > 0) logger.info("Text extraction done", { files: files.map(({ id, status }) => `${id}:${status}`) });
    // Extracted text is searchable as soon as it is indexed.
    if (files.some(({ status }) => status === "DONE")) await syncSearchIndex(client);
  });

  // One SMTP transport per process (none without SMTP_URL: messages are then held for the Mail log).
  const transport = mailTransportFromEnv(config);
  const printHeld = config.NODE_ENV === "development" ? (text: string) => process.stdout.write(text) : undefined;
  const mail = startLoop("mail", config.MAIL_INTERVAL_MS, async () => {
    await deliverDueMail(client, transport, { printHeld });
  });

  const retention = startLoop("registration-retention", config.RETENTION_INTERVAL_MS, async () => {
    const { purged, anonymised } = await runRetention(client);
    if (purged > 0 || anonymised.length > 0) logger.info("Registration retention done", { purged, anonymisedPeriods: anonymised.map(({ periodId }) => periodId) });
  });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      extraction.abort();
      await Promise.all([scheduler.stop(), watcher.stop(), extractor.stop(), mail.stop(), retention.stop()]);
      transport?.close();
      await client.$disconnect();
    })());
  holder[STARTED] = { stop };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
  logger.info("Background jobs started", {
    schedulerMs: config.SCHEDULER_INTERVAL_MS,
    cachePollMs: config.CACHE_POLL_MS,
    mailMs: config.MAIL_INTERVAL_MS,
    mail: transport ? "smtp" : "held",
  });
}
