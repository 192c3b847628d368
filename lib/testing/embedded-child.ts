// Test fixture: starts an embedded PostgreSQL on the folder given as argument, prints its URL as
// one JSON line, then idles until killed. The integration test SIGKILLs it to leave an orphan.
import { startEmbeddedPostgres } from "@/lib/database/embedded";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: embedded-child.ts <dataDir>");
const server = await startEmbeddedPostgres({ dataDir });
process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
setInterval(() => undefined, 60_000);
