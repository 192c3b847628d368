// Vitest global setup of the `integration` project: one throwaway embedded PostgreSQL per run,
// in a temporary folder on a free port (never ./data), migrated once and removed afterwards.
//
// Test files get the URL two ways: `inject("databaseUrl")`, and process.env.DATABASE_URL, which
// is set here before Vitest starts its workers, so modules that read `env().DATABASE_URL` see it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrator";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "hld-int-"));
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  const teardown = async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    server = await startEmbeddedPostgres({ dataDir, database: "hld_test" });
    await applyMigrations(server.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  process.env.DATABASE_URL = server.url;
  project.provide("databaseUrl", server.url);
  return teardown;
}
