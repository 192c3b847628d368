// The app's one Prisma client (STYLE.md 15), cached on globalThis so that hot reload in
// development does not open a new pool on every edit.
import "server-only";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { env } from "@/lib/env";

const globalForDb = globalThis as typeof globalThis & { __hldDb?: Db };

function connectionString(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides it.");
  return url;
}

export const db: Db = globalForDb.__hldDb ?? createPrismaClient(connectionString());
if (env().NODE_ENV !== "production") globalForDb.__hldDb = db;
