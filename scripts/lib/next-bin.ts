// The `next` command-line entry point, run as `node <bin>` (not through npx or a shell) so that
// signals reach Next itself and no intermediate process is left behind.
import { createRequire } from "node:module";
import path from "node:path";

export function resolveNextBin(root: string): string {
  const require = createRequire(path.join(root, "package.json"));
  return path.join(path.dirname(require.resolve("next/package.json")), "dist", "bin", "next");
}

/**
 * How long the server keeps an idle keep-alive connection. Node's default, 5 s, is shorter than
 * what clients and load balancers keep (an AWS ALB 60 s): a client could send its next request on
 * a connection the server was closing at that very moment and get ECONNRESET (seen in the e2e
 * suite as "socket hang up"). Longer than the balancers', as their guides ask of backends.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** `next start` on host:port, as npm start, the e2e server and the benchmarks all run it. */
export function nextStartArgs(root: string, host: string, port: number): string[] {
  return [resolveNextBin(root), "start", "-H", host, "-p", String(port), "--keepAliveTimeout", String(KEEP_ALIVE_TIMEOUT_MS)];
}
