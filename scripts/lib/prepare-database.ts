// What every server start does to its database, in order: apply pending migrations (the migrator
// takes an advisory lock, so two instances cannot both migrate), seed (idempotent: it creates
// only what is missing and never touches what staff edited, so it runs on every start and a
// newer version's seed facts arrive on upgrade), and make sure a first administrator exists.
import { queryOnce } from "@/lib/database/pg-client";
import { ensureFirstAdmin, type EnsureFirstAdminResult } from "@/lib/auth/bootstrap";
import { createPrismaClient } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrator";
import { seedDatabase, type SeedReport } from "@/prisma/seed/index";

export interface PreparedDatabase {
  migrationsApplied: string[];
  seed: SeedReport;
  admin: EnsureFirstAdminResult;
  ms: { migrate: number; seed: number; admin: number };
}

export async function prepareDatabase(url: string, admin: { email?: string; password?: string }): Promise<PreparedDatabase> {
  let mark = Date.now();
  const lap = () => {
    const now = Date.now();
    const elapsed = now - mark;
    mark = now;
    return elapsed;
  };
  const { applied } = await applyMigrations(url);
  const migrate = lap();
  const db = createPrismaClient(url, { max: 2 });
  try {
    const seed = await seedDatabase(db);
    const seedMs = lap();
    const adminResult = await ensureFirstAdmin(db, admin);
    return { migrationsApplied: applied, seed, admin: adminResult, ms: { migrate, seed: seedMs, admin: lap() } };
  } finally {
    await db.$disconnect();
  }
}

/**
 * Identifies this database's life: the id of its first recorded migration, a random uuid written
 * once when the database was first migrated. A new or reset database gets a new one.
 */
export async function databaseIdentity(url: string): Promise<string> {
  const rows = await queryOnce<{ id: string }>(url, "SELECT id FROM _prisma_migrations ORDER BY started_at, id LIMIT 1");
  return rows[0]?.id ?? "unmigrated";
}
