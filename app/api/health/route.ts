// Liveness: answers while the process can serve requests. Touches nothing else, so a database
// outage does not make an orchestrator restart a healthy web process (that is /api/ready's job).
import { connection } from "next/server";

export async function GET(): Promise<Response> {
  await connection();
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
