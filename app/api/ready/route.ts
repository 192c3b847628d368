// Readiness: 200 when the database answers and every committed migration is applied; otherwise
// 503 with a short reason. Reasons name migrations at most, never URLs, hosts or error details.
import { connection } from "next/server";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { migrationStatus } from "@/lib/database/migrator";

const TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), TIMEOUT_MS).unref()),
  ]);
}

function answer(status: 200 | 503, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(): Promise<Response> {
  await connection();
  const url = env().DATABASE_URL;
  if (!url) return answer(503, { status: "unavailable", reason: "database not configured" });

  try {
    // Imported here, not at the top, so a broken configuration yields a 503 rather than a crash.
    const { db } = await import("@/lib/db");
    await withTimeout(db.$queryRaw`SELECT 1`, "database ping");
  } catch (error) {
    logger.warn("Readiness: database unreachable", { error });
    return answer(503, { status: "unavailable", reason: "database unreachable" });
  }

  let status: Awaited<ReturnType<typeof migrationStatus>>;
  try {
    status = await withTimeout(migrationStatus(url), "migration status");
  } catch (error) {
    logger.warn("Readiness: migration status unavailable", { error });
    return answer(503, { status: "unavailable", reason: "migration status unavailable" });
  }
  if (status.failed.length > 0) {
    return answer(503, { status: "unavailable", reason: "migrations failed", failed: status.failed });
  }
  if (status.pending.length > 0) {
    return answer(503, { status: "unavailable", reason: "migrations pending", pending: status.pending });
  }
  return answer(200, { status: "ready", migrations: status.applied.length });
}
