// The app's one Prisma client (STYLE.md 15), cached on globalThis so that hot reload in
// development does not open a new pool on every edit. It is created on first use, not on import:
// `next build` imports every route while collecting page data and must not need a database.
import "server-only";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { env } from "@/lib/env";

const globalForDb = globalThis as typeof globalThis & { __hldDb?: Db };

function client(): Db {
  if (globalForDb.__hldDb) return globalForDb.__hldDb;
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides it.");
  const created = createPrismaClient(url);
  globalForDb.__hldDb = created;
  return created;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
