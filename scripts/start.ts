// `npm start` (and `npm run dev` with --dev): one command from a fresh clone to a served portal.
//
//   1. PostgreSQL: DATABASE_URL when set (nothing is started), else the embedded server with its
//      data under DATA_DIR/postgres (default ./data).
//   2. Pending migrations, the idempotent seed, the first administrator (scripts/lib/prepare-database.ts).
//   3. The auth secret: AUTH_SECRET, else DATA_DIR/auth-secret (generated once, mode 600).
//   4. Production: `next build` into .next when its stored fingerprint does not match the sources
//      and the database; then `next start`. With --dev: `next dev` (hot reload, no build).
//   5. SIGINT/SIGTERM/SIGHUP, or the death of the parent (`npm run` may not forward signals):
//      the web server stops first, then PostgreSQL; nothing is left running.
//
// Tools may run `node --import tsx scripts/start.ts` directly; that is all `npm start` does.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/database/embedded";
import { env } from "@/lib/env";
import { resolveAuthSecret } from "./lib/auth-secret";
import { ensureBuild } from "./lib/build-cache";
import { onShutdown, spawnNode, type ManagedChild } from "./lib/children";
import { nextStartArgs, resolveNextBin } from "./lib/next-bin";
import { databaseIdentity, prepareDatabase } from "./lib/prepare-database";
import { printBanner, say, waitForHttp } from "./lib/console";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");

class ShutdownRequested extends Error {}

let database: EmbeddedPostgres | undefined;
let web: ManagedChild | undefined;
let building: { kill(signal?: NodeJS.Signals): boolean } | undefined;
let requested: string | undefined;
let running = false;
let tearingDown: Promise<never> | undefined;

function checkpoint(): void {
  if (requested) throw new ShutdownRequested(requested);
}

/** Stops the web server, then PostgreSQL, then exits. Safe to call more than once. */
function teardown(exitCode: number, reason?: string): Promise<never> {
  tearingDown ??= (async () => {
    const started = Date.now();
    if (reason) say(`\nStopping (${reason}): web server first, then the database…`);
    try {
      await web?.stop();
      await database?.stop();
      if (reason) say(`Stopped in ${Date.now() - started} ms.`);
    } catch (error) {
      process.stderr.write(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
      exitCode = exitCode || 1;
    }
    process.exit(exitCode);
  })();
  return tearingDown;
}

onShutdown((reason) => {
  requested = reason;
  building?.kill("SIGTERM");
  if (running) void teardown(0, reason);
});

async function main(): Promise<void> {
  const started = Date.now();
  const config = env();
  const dataDir = path.resolve(config.DATA_DIR ?? "data");
  const host = config.HOST ?? "127.0.0.1";
  const port = config.PORT ?? 3000;
  const displayHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  const publicUrl = (config.PUBLIC_URL ?? `http://${displayHost.includes(":") ? `[${displayHost}]` : displayHost}:${port}`).replace(/\/$/, "");

  let url = config.DATABASE_URL;
  if (url) {
    say("Using the PostgreSQL server at DATABASE_URL.");
  } else {
    say(`Starting the embedded PostgreSQL (data in ${path.join(dataDir, "postgres")})…`);
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres") });
    url = database.url;
  }
  checkpoint();

  const prepared = await prepareDatabase(url, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
  const applied = prepared.migrationsApplied.length;
  say(`Database ready: ${applied ? `${applied} migration(s) applied` : "no pending migrations"}, seed checked (${prepared.ms.seed} ms).`);
  checkpoint();

  const auth = await resolveAuthSecret(config.AUTH_SECRET, dataDir);
  if (auth.source === "generated") say(`Generated the auth secret in ${path.join(dataDir, "auth-secret")} (keep it private).`);

  // Passed through to Next as a whole: Next and its libraries read their own variables.
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: auth.secret,
    NEXTAUTH_SECRET: auth.secret,
    NEXTAUTH_URL: publicUrl,
    // Resolved once here, so uploaded files land beside the database whatever the server's cwd.
    DATA_DIR: dataDir,
    // The background cache watcher calls its own server over loopback (lib/publishing).
    HOST: host,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: dev ? "development" : "production",
  };
  delete childEnv.NEXT_DIST_DIR;

  const nextBin = resolveNextBin(root);
  if (!dev) {
    // Prerendered pages hold data, so a build made against another database is stale too.
    const build = await ensureBuild({
      root,
      distDir: ".next",
      env: childEnv,
      extra: await databaseIdentity(url),
      onChild: (child) => (building = child),
    });
    checkpoint();
    say(build.built ? `Built the production app in ${(build.ms / 1000).toFixed(1)} s.` : "The production build is up to date.");
  }

  const args = dev ? [nextBin, "dev", "-H", host, "-p", String(port)] : nextStartArgs(root, host, port);
  web = spawnNode(args, { cwd: root, env: childEnv });
  running = true;
  void web.exited.then((code) => teardown(code === 0 ? 0 : code, requested ? undefined : `the web server exited with ${code}`));
  if (requested) return void teardown(0, requested);

  await waitForHttp(`http://${displayHost.includes(":") ? `[${displayHost}]` : displayHost}:${port}/api/health`, web.exited);
  printBanner({
    publicUrl,
    mode: dev ? "development (hot reload)" : "production",
    database: database ? `embedded PostgreSQL, data in ${path.join(dataDir, "postgres")}, port ${database.port}` : "DATABASE_URL",
    admin: prepared.admin,
    adminEmail: config.ADMIN_EMAIL,
    passwordFromEnv: Boolean(config.ADMIN_PASSWORD),
    seconds: (Date.now() - started) / 1000,
  });
}

main().catch(async (error: unknown) => {
  // A stop requested mid-start (e.g. during the build, whose child it killed) is not a failure.
  if (error instanceof ShutdownRequested || requested) return teardown(0, requested ?? "stop requested");
  process.stderr.write(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  return teardown(1);
});
