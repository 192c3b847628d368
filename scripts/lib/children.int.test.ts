import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isProcessAlive, waitForExit } from "@/lib/platform/process";
import { spawnNode } from "./children";

const EXIT_WITH_PARENT = fileURLToPath(new URL("./exit-with-parent.mjs", import.meta.url));
const IDLE = "setInterval(() => undefined, 1000);";

async function readPid(file: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pid = Number.parseInt(await readFile(file, "utf8").catch(() => ""), 10);
    if (pid > 0) return pid;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no pid in ${file}`);
}

describe("managed children", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "hld-children-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("stops the child and everything it started (its process group)", async () => {
    const pidFile = path.join(dir, "worker.pid");
    const script = `
      const { spawn } = require("node:child_process");
      const worker = spawn(process.execPath, ["-e", ${JSON.stringify(IDLE)}], { stdio: "ignore" });
      require("node:fs").writeFileSync(${JSON.stringify(pidFile)}, String(worker.pid));
      ${IDLE}`;
    const managed = spawnNode(["-e", script], { cwd: dir, env: process.env });
    const worker = await readPid(pidFile);
    expect(isProcessAlive(worker)).toBe(true);

    await managed.stop(2_000);
    expect(await waitForExit(worker, 3_000)).toBe(true);
    expect(isProcessAlive(managed.child.pid ?? -1)).toBe(false);
  });

  it("makes a server exit when the process that started it is killed (exit-with-parent)", async () => {
    const pidFile = path.join(dir, "server.pid");
    const script = `
      const { spawn } = require("node:child_process");
      const server = spawn(process.execPath, ["--import", ${JSON.stringify(EXIT_WITH_PARENT)}, "-e", ${JSON.stringify(IDLE)}], { stdio: "ignore", detached: true, env: { ...process.env, HLD_SUPERVISOR_PID: String(process.pid) } });
      require("node:fs").writeFileSync(${JSON.stringify(pidFile)}, String(server.pid));
      ${IDLE}`;
    const supervisor = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
    const server = await readPid(pidFile);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(isProcessAlive(server)).toBe(true);

    supervisor.kill("SIGKILL");
    expect(await waitForExit(server, 5_000)).toBe(true);
  });
});
