// Readiness of the portal: the database answers and every committed migration is applied.
// Reasons are short and safe to publish: they name migrations at most, never URLs, hosts or
// driver error messages (those go to the log). No "server-only": integration tests call it.
import { migrationStatus } from "@/lib/database/migrator";
import { logger } from "@/lib/logger";

const TIMEOUT_MS = 3_000;

export type Readiness =
  | { ready: true; body: { status: "ready"; migrations: number } }
  | { ready: false; body: { status: "unavailable"; reason: string; pending?: string[]; failed?: string[] } };

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const unavailable = (reason: string, extra: { pending?: string[]; failed?: string[] } = {}): Readiness => ({
  ready: false,
  body: { status: "unavailable", reason, ...extra },
});

/** `ping` runs a trivial query on the app's own connection pool. */
export async function checkReadiness(url: string | undefined, ping: () => Promise<unknown>): Promise<Readiness> {
  if (!url) return unavailable("database not configured");
  try {
    await withTimeout(ping(), "database ping");
  } catch (error) {
    logger.warn("Readiness: database unreachable", { error });
    return unavailable("database unreachable");
  }
  let status: Awaited<ReturnType<typeof migrationStatus>>;
  try {
    status = await withTimeout(migrationStatus(url), "migration status");
  } catch (error) {
    logger.warn("Readiness: migration status unavailable", { error });
    return unavailable("migration status unavailable");
  }
  if (status.failed.length > 0) return unavailable("migrations failed", { failed: status.failed });
  if (status.pending.length > 0) return unavailable("migrations pending", { pending: status.pending });
  return { ready: true, body: { status: "ready", migrations: status.applied.length } };
}
