// Keeps this instance's public page cache in step with the database. Every staff change and every
// scheduled publication raises the public revision (lib/cache/revision.ts) in its transaction; the
// instance that served the change revalidates at once, the others notice the new revision on
// their next check and revalidate their own cache (Next's page cache is per process).
//
// The first check always revalidates: pages this process cached on disk in an earlier run may
// predate changes made while it was down. After a change it revalidates once more on the next
// check, so that a page whose render began before the change committed (and was stored after the
// first revalidation) does not linger until the ISR backstop.

export interface CacheWatcherDeps {
  readRevision: () => Promise<number>;
  /** Marks this instance's public pages stale; throws when it could not (retried next check). */
  revalidate: () => Promise<void>;
}

export type CheckOutcome = "unchanged" | "revalidated";

export function createCacheWatcher({ readRevision, revalidate }: CacheWatcherDeps): () => Promise<CheckOutcome> {
  let known: number | undefined;
  let settle = false;
  return async function check() {
    const revision = await readRevision();
    if (revision === known && !settle) return "unchanged";
    await revalidate();
    settle = known !== undefined && revision !== known;
    known = revision;
    return "revalidated";
  };
}
