// The child's whole memory, not only its V8 heap: --max-old-space-size leaves ArrayBuffers out,
// and pdf.js decodes a compressed stream into one growing typed array, so a 1.5 MB PDF holding a
// "deflate bomb" reached 3 GB of resident memory in 20 s with a 256 MB heap cap. The OS limit
// (RLIMIT_AS) is no way out: V8 reserves address space up front (its code range; gigabytes for
// any WebAssembly instance, and Node creates some itself), so a limit tight enough to matter
// makes Node abort at random, as tried here. So the parent polls the child's resident set size
// in /proc and kills it above the cap. The array grows by doubling, so the peak can overshoot the
// cap by up to about its own size before the next poll; elsewhere than Linux only the heap cap holds.
import { readFile } from "node:fs/promises";

const VM_RSS = /^VmRSS:\s+(\d+)\s+kB$/m;

/** Resident set size of a process in bytes, or null where /proc is missing or the process is gone. */
export async function residentBytes(pid: number): Promise<number | null> {
  try {
    const match = VM_RSS.exec(await readFile(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Calls `onExceeded` (once) when the process's resident memory goes over `maxBytes`; returns stop(). */
export function watchResidentMemory(pid: number, maxBytes: number, onExceeded: () => void, intervalMs = 25): () => void {
  let polling = false;
  let stopped = false;
  const timer = setInterval(() => {
    if (polling) return;
    polling = true;
    void residentBytes(pid).then((bytes) => {
      polling = false;
      if (stopped || bytes === null || bytes <= maxBytes) return;
      stop();
      onExceeded();
    });
  }, intervalMs);
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  return stop;
}
