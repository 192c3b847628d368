// Preloaded into the Next server (`node --import <this> next start`): when the process that
// started it dies without stopping it (SIGKILL, or `npm run` not forwarding a signal), the
// server is reparented and notices here, then shuts down like on SIGTERM instead of lingering.
// The supervisor passes its pid, since it may die before this preload first looks. The variable
// is removed so that processes Next forks (which inherit this preload through execArgv, as
// `next dev` does) watch their own parent instead.
const supervisor = Number(process.env.HLD_SUPERVISOR_PID) || process.ppid;
delete process.env.HLD_SUPERVISOR_PID;
const check = () => {
  if (process.ppid !== supervisor) process.kill(process.pid, "SIGTERM");
};
check();
setInterval(check, 500).unref();
