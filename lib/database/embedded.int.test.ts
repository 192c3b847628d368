import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { queryOnce as query } from "@/lib/database/pg-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { isProcessAlive } from "@/lib/platform/process";


async function postmasterPid(dataDir: string): Promise<number> {
  const text = await readFile(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8");
  return Number.parseInt(text.split("\n")[0] ?? "", 10);
}

/** Starts the fixture in another Node process and waits for the URL it prints. */
function startInChild(dataDir: string): Promise<{ child: ReturnType<typeof spawn>; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/testing/embedded-child.ts", dataDir], {
    cwd: process.cwd(),
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      for (const line of buffer.split("\n")) {
        if (line.startsWith('{"url"')) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
      }
    });
    child.on("exit", (code) => reject(new Error(`fixture exited with ${code}`)));
  });
}

describe("startEmbeddedPostgres", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "hld-embedded-test-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps data and its port across a stop and a restart, and leaves no server behind", async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    expect(first.url).toMatch(/^postgresql:\/\/postgres:[0-9a-f]+@127\.0\.0\.1:\d+\/hld_portal$/);
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survives a restart')");
    const pid = await postmasterPid(dataDir);
    await first.stop();
    expect(isProcessAlive(pid)).toBe(false);
    await expect(stat(path.join(dataDir, "pgdata", "postmaster.pid"))).rejects.toThrow();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(second.port).toBe(first.port);
      expect(await query<{ note: string }>(second.url, "SELECT note FROM kept")).toEqual([{ note: "survives a restart" }]);
      const [settings] = await query<{ listen: string }>(second.url, "SELECT current_setting('listen_addresses') AS listen");
      expect(settings?.listen).toBe("127.0.0.1");
    } finally {
      await second.stop();
    }
    await second.stop();
  });

  it("leaves a server in use alone, and stops one orphaned by a killed run before starting again", async () => {
    const { child, url } = await startInChild(dataDir);
    await query(url, "INSERT INTO kept VALUES ('written before the kill')");
    const orphanPid = await postmasterPid(dataDir);
    // While its owner lives, the server is in use, not orphaned: a second start must not stop it.
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(`in use by another running instance (pid ${child.pid})`);
    expect(isProcessAlive(orphanPid)).toBe(true);

    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    expect(isProcessAlive(orphanPid)).toBe(true);

    const restarted = await startEmbeddedPostgres({ dataDir });
    try {
      expect(isProcessAlive(orphanPid)).toBe(false);
      expect(await postmasterPid(dataDir)).not.toBe(orphanPid);
      const notes = await query<{ note: string }>(restarted.url, "SELECT note FROM kept ORDER BY note");
      expect(notes.map((row) => row.note)).toEqual(["survives a restart", "written before the kill"]);
    } finally {
      await restarted.stop();
    }
  });

  it("refuses a fixed port that is already taken, naming it", async () => {
    const other = await startEmbeddedPostgres({ dataDir });
    try {
      await expect(startEmbeddedPostgres({ dataDir: `${dataDir}-second`, port: other.port })).rejects.toThrow(
        `Port ${other.port} on 127.0.0.1 is in use`,
      );
    } finally {
      await other.stop();
      await rm(`${dataDir}-second`, { recursive: true, force: true });
    }
  });
});
