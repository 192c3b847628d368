// Preloaded into the Next server (`node --import <this> next start`): when the process that
// started it dies without stopping it (SIGKILL, or `npm run` not forwarding a signal), the
// server is reparented and notices here, then shuts down like on SIGTERM instead of lingering.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, "SIGTERM");
}, 500).unref();
