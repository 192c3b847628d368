// A fresh, empty database on a server, dropped after use: shadow databases for the schema engine
// (db:migration:create) and scratch databases for integration tests that must start from nothing.
import { randomBytes } from "node:crypto";
import { queryOnce } from "./pg-client";

export type ScratchDatabase = { url: string; drop(): Promise<void> };

async function admin(serverUrl: string, sql: string): Promise<void> {
  await queryOnce(serverUrl, sql);
}

export async function createScratchDatabase(serverUrl: string, prefix = "scratch"): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
