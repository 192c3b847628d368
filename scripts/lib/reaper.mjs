// Cleans up after scripts/e2e-server.ts if it is killed without a chance to do so itself
// (SIGKILL): started detached, it waits for that process to die, then stops the PostgreSQL left
// in the temporary folder (immediate shutdown: the data is thrown away anyway) and deletes it.
// Usage: node reaper.mjs <pid> <tempDir>
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const [pidArg, tempDir] = process.argv.slice(2);
const watched = Number(pidArg);
if (!watched || !tempDir) process.exit(2);

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

const timer = setInterval(() => {
  if (alive(watched)) return;
  clearInterval(timer);
  if (!existsSync(tempDir)) return;
  const pidFile = path.join(tempDir, "postgres", "pgdata", "postmaster.pid");
  const postmaster = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
  if (postmaster && alive(postmaster)) process.kill(postmaster, "SIGQUIT");
  const deadline = Date.now() + 10_000;
  const finish = setInterval(() => {
    if (postmaster && alive(postmaster) && Date.now() < deadline) return;
    clearInterval(finish);
    rmSync(tempDir, { recursive: true, force: true });
  }, 100);
}, 500);
