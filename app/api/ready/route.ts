// Readiness: 200 when the database answers and every committed migration is applied; otherwise
// 503 with a short reason (lib/health/readiness.ts). Never cached.
import { connection } from "next/server";
import { env } from "@/lib/env";
import { checkReadiness } from "@/lib/health/readiness";

export async function GET(): Promise<Response> {
  await connection();
  const readiness = await checkReadiness(env().DATABASE_URL, async () => {
    // Imported here, not at the top, so a broken configuration yields a 503 rather than a crash.
    const { db } = await import("@/lib/db");
    return db.$queryRaw`SELECT 1`;
  });
  return Response.json(readiness.body, { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
