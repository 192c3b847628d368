// Next calls register() once per server process at start-up (never during `next build`). Each
// web instance runs the scheduled-publication job and the public-cache watcher
// (lib/publishing/background.ts); the Edge runtime has neither a database driver nor timers
// that outlive a request, so they start only in the Node.js runtime.
export async function register(): Promise<void> {
  // Read directly (not through lib/env.ts) because Next replaces this expression at build time
  // and drops the import below from the Edge bundle.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundJobs } = await import("@/lib/publishing/background");
  startBackgroundJobs();
}
