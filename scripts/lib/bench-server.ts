// The benchmarks' server (upload and pages), started the way scripts/e2e-server.ts starts the e2e one: a
// throwaway embedded PostgreSQL in a temporary folder, migrated and seeded, and `next start` on
// the production build in .next-e2e (rebuilt only when the sources changed).
//
// Why .next-e2e and not a folder of its own: it is the same production build the e2e server
// serves (same fingerprint, so a fresh e2e build is reused and costs no 3-minute build on two
// cores), its page cache stays in memory (next.config.js), and `next build` into a new dist
// folder would add that folder's types to tsconfig.json. The price: do not run the benchmark
// while an e2e run rebuilds that folder (in the shared work tree, under `flock /tmp/e2e.lock`).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, mkdtemp } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/database/embedded";
import { findFreePort } from "@/lib/platform/process";
import { ensureBuild } from "./build-cache";
import { spawnNode, type ManagedChild } from "./children";
import { say, waitForHttp } from "./console";
import { nextStartArgs } from "./next-bin";
import { prepareDatabase } from "./prepare-database";

export const BENCH_DIST_DIR = ".next-e2e";

export interface BenchServer {
  host: string;
  port: number;
  origin: string;
  databaseUrl: string;
  authSecret: string;
  web: ManagedChild;
  stop(): Promise<void>;
}

export interface StartOptions {
  root: string;
  /** Everything (database, uploaded files, the server's temporary files) goes under it. */
  tempDir: string;
  /** Largest upload the server accepts (default: the portal's own default). */
  uploadMaxBytes?: number;
  /** Storage settings (none: the disk under DATA_DIR). */
  storageEnv?: Record<string, string>;
  onBuildChild: (child: { kill(signal?: NodeJS.Signals): boolean } | undefined) => void;
}

/** Where the server keeps its data (DATA_DIR), known before it starts so the store can be set up first. */
/**
 * A temporary working folder under `parent`, deleted by a detached reaper if this process dies
 * without cleaning up (SIGKILL). Traversable by others: under root the embedded server runs as
 * "postgres", which must reach its data directory inside (mkdtemp makes the folder 700).
 */
export async function benchWorkDir(parent: string, prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(parent, prefix));
  await chmod(dir, 0o711);
  spawn(process.execPath, [fileURLToPath(new URL("./reaper.mjs", import.meta.url)), String(process.pid), dir], {
    detached: true,
    stdio: "ignore",
  }).unref();
  return dir;
}

export function benchDataDir(tempDir: string): string {
  return path.join(tempDir, "data");
}

export async function startBenchServer(options: StartOptions): Promise<BenchServer> {
  const host = "127.0.0.1";
  const port = await findFreePort(host);
  const dataDir = benchDataDir(options.tempDir);
  const serverTmp = path.join(options.tempDir, "tmp");
  await mkdir(dataDir, { recursive: true });
  await mkdir(serverTmp, { recursive: true });

  let database: EmbeddedPostgres | undefined;
  let web: ManagedChild | undefined;
  const stop = async () => {
    await web?.stop();
    await database?.stop();
  };
  try {
    database = await startEmbeddedPostgres({ dataDir: path.join(options.tempDir, "postgres"), database: "hld_bench" });
    // The administrator's password is never used: the benchmark mints its session cookie.
    await prepareDatabase(database.url, { email: "bench-admin@portal.localhost", password: randomBytes(24).toString("base64url") });

    const authSecret = randomBytes(32).toString("base64url");
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret,
      NEXTAUTH_URL: `http://${host}:${port}`,
      HOST: host,
      PORT: String(port),
      DATA_DIR: dataDir,
      // The upload spool (and anything else the server writes to os.tmpdir()) goes with the run.
      TMPDIR: serverTmp,
      ...(options.uploadMaxBytes === undefined ? {} : { UPLOAD_MAX_BYTES: String(options.uploadMaxBytes) }),
      // Text extraction would start on the benchmark's file right after it lands; the benchmark
      // measures the upload alone, so the extraction loop waits out the run.
      TEXT_EXTRACTION_INTERVAL_MS: "600000",
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    };
    delete childEnv.PUBLIC_URL;
    // Only the store the benchmark chose: never a bucket configured in the caller's environment.
    for (const name of Object.keys(childEnv)) if (name.startsWith("STORAGE_S3_")) delete childEnv[name];
    Object.assign(childEnv, options.storageEnv ?? {});

    const build = await ensureBuild({ root: options.root, distDir: BENCH_DIST_DIR, env: childEnv, extra: "e2e", onChild: options.onBuildChild });
    say(build.built ? `bench: built ${BENCH_DIST_DIR} in ${(build.ms / 1000).toFixed(1)} s` : `bench: ${BENCH_DIST_DIR} is up to date`);

    web = spawnNode(nextStartArgs(options.root, host, port), { cwd: options.root, env: childEnv });
    const origin = `http://${host}:${port}`;
    await waitForHttp(`${origin}/api/health`, web.exited);
    return { host, port, origin, databaseUrl: database.url, authSecret, web, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
