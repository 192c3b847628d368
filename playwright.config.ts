// Playwright against the production build, in Debian's Chromium (STACK.md trap 8). The web
// server is scripts/e2e-server.ts: a throwaway embedded PostgreSQL, migrated and seeded, with
// the administrator of e2e/fixtures/credentials.ts, serving `next start` from .next-e2e.
import { defineConfig } from "@playwright/test";
import { runOutputDir, staffStorageState } from "./e2e/fixtures/paths";
import { findFreePort } from "./lib/platform/process";

// Chosen once in the main process and handed to the workers through their environment (they
// re-evaluate this file), so several runs on one machine do not collide on a port.
process.env.HLD_E2E_PORT ??= String(await findFreePort());
const port = Number(process.env.HLD_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const storageState = staffStorageState(port);

export default defineConfig({
  testDir: "e2e",
  outputDir: runOutputDir(port),
  // Two cores: the Next server takes one, the browser workers share the other.
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // failure-digest repeats each failed test's page and the server's errors at the end, where CI looks.
  reporter: [["list"], ["./e2e/reporters/failure-digest.ts"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testDir: "e2e/fixtures", testMatch: /.*\.setup\.ts/, metadata: { storageState } },
    { name: "public", testMatch: /public\/.*\.spec\.ts/ },
    { name: "staff", testMatch: /staff\/.*\.spec\.ts/, dependencies: ["setup"], use: { storageState } },
  ],
  webServer: {
    command: "node --import tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    env: { HOST: "127.0.0.1", PORT: String(port) },
    // A build on two cores takes minutes; a cached one seconds.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the server stop Next, then PostgreSQL, and delete its temporary folder.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
