// The upload benchmark's memory sampler (worker thread, see bench-memory.ts). It samples in its
// own thread because the benchmark's main thread is busy generating and hashing the upload body,
// and a timer there would fire late exactly when the server is busiest.
// workerData: { root, server, intervalMs }; messages: "start" opens a window, "stop" answers it.
import { parentPort, workerData } from "node:worker_threads";
import { processTree, rssOf } from "./bench-proc.mjs";

const REFRESH_TREE_EVERY = 100;

function emptyWindow() {
  return { samples: 0, maxGapMs: 0, lastAt: 0, server: { sum: 0, peak: 0 }, tree: { sum: 0, peak: 0 } };
}

let window = null;
let pids = processTree(workerData.root);
let ticks = 0;

setInterval(() => {
  if (!window) return;
  // A worker Next spawns mid-upload must be counted too.
  if (++ticks % REFRESH_TREE_EVERY === 0) pids = processTree(workerData.root);
  const now = performance.now();
  if (window.lastAt) window.maxGapMs = Math.max(window.maxGapMs, now - window.lastAt);
  window.lastAt = now;
  const server = rssOf(workerData.server);
  const total = pids.reduce((sum, pid) => sum + rssOf(pid), 0);
  window.samples += 1;
  window.server.sum += server;
  window.server.peak = Math.max(window.server.peak, server);
  window.tree.sum += total;
  window.tree.peak = Math.max(window.tree.peak, total);
}, workerData.intervalMs);

parentPort.on("message", (command) => {
  if (command === "start") {
    window = emptyWindow();
    return;
  }
  const closed = window ?? emptyWindow();
  window = null;
  const mean = (sum) => (closed.samples ? sum / closed.samples : 0);
  parentPort.postMessage({
    samples: closed.samples,
    maxGapMs: closed.maxGapMs,
    server: { mean: mean(closed.server.sum), peak: closed.server.peak },
    tree: { mean: mean(closed.tree.sum), peak: closed.tree.peak },
  });
});
