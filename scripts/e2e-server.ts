// The web server of the end-to-end tests (playwright.config.ts `webServer`): a throwaway
// embedded PostgreSQL in a temporary folder on a free port, migrated and seeded, with the
// administrator of e2e/fixtures/credentials.ts; the production build in .next-e2e (rebuilt only
// when the sources changed, see scripts/lib/build-cache.ts); `next start` on HOST/PORT.
// On SIGTERM/SIGINT: Next stops, then PostgreSQL, and the temporary folder is deleted; if this
// process is SIGKILLed instead, a detached reaper does the last two.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/database/embedded";
import { env } from "@/lib/env";
import { E2E_ADMIN } from "@/e2e/fixtures/credentials";
import { ensureBuild } from "./lib/build-cache";
import { onShutdown, spawnNode, type ManagedChild } from "./lib/children";
import { say } from "./lib/console";
import { nextStartArgs } from "./lib/next-bin";
import { prepareDatabase } from "./lib/prepare-database";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST_DIR = ".next-e2e";

const tempDir = await mkdtemp(path.join(tmpdir(), "hld-e2e-"));
// mkdtemp makes it 700; under root the embedded server runs as "postgres", which must traverse it.
await chmod(tempDir, 0o711);
spawn(process.execPath, [fileURLToPath(new URL("./lib/reaper.mjs", import.meta.url)), String(process.pid), tempDir], {
  detached: true,
  stdio: "ignore",
}).unref();

let database: EmbeddedPostgres | undefined;
let web: ManagedChild | undefined;
let building: { kill(signal?: NodeJS.Signals): boolean } | undefined;
let stopping: Promise<never> | undefined;

function teardown(code: number): Promise<never> {
  stopping ??= (async () => {
    building?.kill("SIGTERM");
    try {
      await web?.stop();
      await database?.stop();
    } finally {
      await rm(tempDir, { recursive: true, force: true });
    }
    process.exit(code);
  })();
  return stopping;
}

onShutdown(() => void teardown(0));

try {
  const config = env();
  const host = config.HOST ?? "127.0.0.1";
  const port = config.PORT ?? 3100;
  const started = Date.now();

  database = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "postgres"), database: "hld_e2e" });
  await prepareDatabase(database.url, { email: E2E_ADMIN.email, password: E2E_ADMIN.password });
  say(`e2e: database ready in ${Date.now() - started} ms`);

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://${host}:${port}`,
    // The background cache watcher calls its own server over loopback (lib/publishing); short
    // intervals so that scheduled publication is seen within a test's patience.
    HOST: host,
    PORT: String(port),
    // Uploaded files live with the run's database and go with it.
    DATA_DIR: tempDir,
    SCHEDULER_INTERVAL_MS: "2000",
    CACHE_POLL_MS: "1000",
    // No SMTP in e2e: messages are held and read in the staff Mail log, promptly.
    MAIL_INTERVAL_MS: "500",
    // Every spec registers from 127.0.0.1; the limits themselves are tested in integration tests.
    REGISTRATION_ADDRESS_LIMIT: "1000",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  delete childEnv.PUBLIC_URL;
  // Every run has a fresh database seeded alike, and next.config.js keeps this build's page
  // cache in memory only, so the build depends on the sources alone.
  const build = await ensureBuild({ root, distDir: DIST_DIR, env: childEnv, extra: "e2e", onChild: (child) => (building = child) });
  say(build.built ? `e2e: built in ${(build.ms / 1000).toFixed(1)} s` : "e2e: build up to date");

  web = spawnNode(nextStartArgs(root, host, port), { cwd: root, env: childEnv });
  void web.exited.then((code) => teardown(code === 0 ? 0 : code));
} catch (error) {
  process.stderr.write(`e2e server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await teardown(1);
}
