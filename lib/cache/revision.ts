// The public-content revision: a counter raised in the same transaction as every change to what
// public pages show. Each web instance polls it (lib/publishing/cache-watcher) and refreshes its
// own page cache when it moves, so instances behind a load balancer converge within seconds.
// No "server-only" marker: domain cores and integration tests call it with a transaction client.
import type { Db } from "@/lib/database/client";

export const PUBLIC_SCOPE = "public";

/** Anything with the cache-revision table: the client itself or a transaction client. */
export type RevisionWriter = { cacheRevision: Pick<Db["cacheRevision"], "upsert"> };
export type RevisionReader = { cacheRevision: Pick<Db["cacheRevision"], "findUnique"> };

/** Raises the public revision by one (creating the counter on first use). */
export async function bumpPublicRevision(client: RevisionWriter): Promise<void> {
  await client.cacheRevision.upsert({
    where: { scope: PUBLIC_SCOPE },
    create: { scope: PUBLIC_SCOPE, revision: 1 },
    update: { revision: { increment: 1 } },
    select: { id: true },
  });
}

/** The current public revision (0 before the first change). */
export async function readPublicRevision(client: RevisionReader): Promise<number> {
  const row = await client.cacheRevision.findUnique({ where: { scope: PUBLIC_SCOPE }, select: { revision: true } });
  return row?.revision ?? 0;
}
