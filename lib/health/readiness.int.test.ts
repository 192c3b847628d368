// Readiness against real databases: the migrated test database, a fresh one with nothing
// applied, and a server that is not there.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { createScratchDatabase } from "@/lib/database/scratch-database";
import { findFreePort } from "@/lib/platform/process";
import { checkReadiness } from "./readiness";

const serverUrl = inject("databaseUrl");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function pingOf(url: string) {
  const db = createPrismaClient(url, { max: 1 });
  cleanups.push(() => db.$disconnect());
  return () => db.$queryRaw`SELECT 1`;
}

describe("checkReadiness", () => {
  it("is ready on a reachable, fully migrated database", async () => {
    const readiness = await checkReadiness(serverUrl, pingOf(serverUrl));
    expect(readiness.ready).toBe(true);
    expect(readiness.body).toMatchObject({ status: "ready" });
  });

  it("names the pending migrations of a database that has not been migrated", async () => {
    const scratch = await createScratchDatabase(serverUrl, "ready_test");
    cleanups.push(scratch.drop);
    const readiness = await checkReadiness(scratch.url, pingOf(scratch.url));
    expect(readiness.ready).toBe(false);
    expect(readiness.body).toMatchObject({ status: "unavailable", reason: "migrations pending" });
    expect(readiness.body).toHaveProperty("pending", expect.arrayContaining([expect.stringMatching(/_init$/u)]));
  });

  it("reports an unreachable database without revealing where it was", async () => {
    const url = new URL(serverUrl);
    url.port = String(await findFreePort());
    url.password = "do-not-leak";
    const readiness = await checkReadiness(url.toString(), pingOf(url.toString()));
    expect(readiness).toEqual({ ready: false, body: { status: "unavailable", reason: "database unreachable" } });
    expect(await checkReadiness(undefined, async () => undefined)).toEqual({
      ready: false,
      body: { status: "unavailable", reason: "database not configured" },
    });
  });
});
