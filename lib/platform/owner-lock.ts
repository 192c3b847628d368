// Which live process is using a folder: the embedded PostgreSQL of one `npm start` must not be
// taken for an orphan and stopped by a second `npm start` on the same DATA_DIR. The lock file
// holds the owner's pid and, on Linux, its start time, so a recycled pid is not mistaken for it.
import { readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { isProcessAlive } from "@/lib/platform/process";

interface Owner {
  pid: number;
  started?: string;
}

function startTimeOf(pid: number): string | undefined {
  if (process.platform !== "linux") return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime); the fields after "(comm)" start at field 3.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** The pid of another live process holding the lock at `file`, if any. */
export async function liveOwner(file: string): Promise<number | undefined> {
  let owner: Owner;
  try {
    owner = JSON.parse(await readFile(file, "utf8")) as Owner;
  } catch {
    return undefined;
  }
  if (typeof owner.pid !== "number" || owner.pid === process.pid || !isProcessAlive(owner.pid)) return undefined;
  if (owner.started !== undefined && startTimeOf(owner.pid) !== owner.started) return undefined;
  return owner.pid;
}

export async function claimOwnership(file: string): Promise<void> {
  const owner: Owner = { pid: process.pid, started: startTimeOf(process.pid) };
  await writeFile(file, `${JSON.stringify(owner)}\n`, { mode: 0o600 });
}

/** Removes the lock only if it is still ours. */
export async function releaseOwnership(file: string): Promise<void> {
  try {
    const owner = JSON.parse(await readFile(file, "utf8")) as Owner;
    if (owner.pid === process.pid) await rm(file, { force: true });
  } catch {
    // No lock, or not readable as ours: nothing to release.
  }
}
