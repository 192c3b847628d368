// Resident memory of the server's process tree on Linux, read from /proc, for
// `npm run bench:upload`. The sampling itself runs in a worker thread (bench-sampler.mjs).
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { Worker } from "node:worker_threads";

export { processTree, rssOf } from "./bench-proc.mjs";

/** Which of `pids` holds the socket listening on `port`: the process that actually serves. */
export function listeningProcess(port: number, pids: readonly number[]): number | undefined {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is "HEXIP:HEXPORT"; state 0A is LISTEN; the inode is field 9.
      const localPort = Number.parseInt(fields[1]?.split(":")[1] ?? "", 16);
      if (localPort === port && fields[3] === "0A" && fields[9]) inodes.add(fields[9]);
    }
  }
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return pid;
      }
    } catch {
      // Exited, or not ours to read.
    }
  }
  return undefined;
}

export interface MemoryWindow {
  samples: number;
  /** Largest gap between two samples, in ms (shows whether the ~50 ms cadence held). */
  maxGapMs: number;
  server: { mean: number; peak: number };
  tree: { mean: number; peak: number };
}

/**
 * Samples the RSS of `server` (the serving process) and of the whole tree under `root` every
 * `intervalMs`, over windows opened with start() and closed with stop().
 */
export class MemorySampler {
  private readonly worker: Worker;

  constructor(options: { root: number; server: number; intervalMs: number }) {
    this.worker = new Worker(new URL("./bench-sampler.mjs", import.meta.url), { workerData: options });
  }

  start(): void {
    this.worker.postMessage("start");
  }

  stop(): Promise<MemoryWindow> {
    return new Promise((resolve) => {
      this.worker.once("message", (window: MemoryWindow) => resolve(window));
      this.worker.postMessage("stop");
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
