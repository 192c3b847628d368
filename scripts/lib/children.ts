// Long-running child processes (the Next server) in their own process group, so that a Ctrl-C
// in the terminal reaches only the supervising script, which then stops things in order: the
// web server first, then PostgreSQL. Stopping signals the whole group, so workers Next spawns
// go too.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const EXIT_WITH_PARENT = fileURLToPath(new URL("./exit-with-parent.mjs", import.meta.url));
/** Appends the socket address to X-Forwarded-For (lib/http/client-address.ts explains why). */
const FORWARDED_FOR = fileURLToPath(new URL("./forwarded-for.mjs", import.meta.url));
/** Restores Content-Length on file downloads, which Next strips (body-length.mjs explains). */
const BODY_LENGTH = fileURLToPath(new URL("./body-length.mjs", import.meta.url));

export interface ManagedChild {
  child: ChildProcess;
  exited: Promise<number>;
  stop(graceMs?: number): Promise<void>;
}

/** Spawns `node [--import exit-with-parent --import forwarded-for --import body-length] <args>` as the leader of a new process group. */
export function spawnNode(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): ManagedChild {
  const child = spawn(process.execPath, ["--import", EXIT_WITH_PARENT, "--import", FORWARDED_FOR, "--import", BODY_LENGTH, ...args], {
    cwd: options.cwd,
    env: { ...options.env, HLD_SUPERVISOR_PID: String(process.pid) },
    stdio: "inherit",
    detached: process.platform !== "win32",
  });
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    child.once("error", () => resolve(1));
  });
  let stopping: Promise<void> | undefined;
  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(process.platform === "win32" ? child.pid : -child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    child,
    exited,
    stop(graceMs = 8_000) {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        signalGroup("SIGTERM");
        const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), graceMs).unref());
        if ((await Promise.race([exited, timer])) === "timeout") {
          signalGroup("SIGKILL");
          await exited;
        }
        // Anything left in the group (a worker that outlived the server) goes too.
        signalGroup("SIGKILL");
      })();
      return stopping;
    },
  };
}

/**
 * Runs `onStop` once on SIGINT, SIGTERM or SIGHUP, or when this process is orphaned (its parent,
 * e.g. `npm run`, died without forwarding a signal). Returns a function that removes the hooks.
 */
export function onShutdown(onStop: (reason: string) => void): () => void {
  let fired = false;
  const fire = (reason: string) => {
    if (fired) return;
    fired = true;
    onStop(reason);
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const handlers = signals.map((signal) => {
    const handler = () => fire(signal);
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  const lineage = watchedLineage();
  const watch = setInterval(() => {
    if (lineage.some(({ pid, parent }) => parentOf(pid) !== parent)) fire("parent exited");
  }, 500);
  watch.unref();
  return () => {
    clearInterval(watch);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

function parentOf(pid: number): number | undefined {
  if (pid === process.pid) return process.ppid;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may contain spaces or ")", so parse after the last ")".
    const ppid = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
    return ppid === undefined ? undefined : Number(ppid);
  } catch {
    return undefined;
  }
}

/**
 * The processes whose reparenting means we were abandoned: this one and, when `npm run` started
 * us through `sh -c` (which stays alive as our parent when npm dies), that shell too.
 */
function watchedLineage(): Array<{ pid: number; parent: number | undefined }> {
  const lineage: Array<{ pid: number; parent: number | undefined }> = [{ pid: process.pid, parent: process.ppid }];
  if (process.platform !== "linux") return lineage;
  let comm = "";
  try {
    comm = readFileSync(`/proc/${process.ppid}/comm`, "utf8").trim();
  } catch {
    return lineage;
  }
  if (["sh", "dash", "bash"].includes(comm)) lineage.push({ pid: process.ppid, parent: parentOf(process.ppid) });
  return lineage;
}
