// The seed: the facts of the two source pages (../shared/seeds/), written once. Idempotent and
// respectful of staff: every aggregate (the profile, each state, each event with its meetings
// and documents) is created only when its natural key (profile key, ISO code, slugs, symbols) is
// absent, and nothing that exists is ever updated. The whole run is one transaction under an
// advisory lock, so two instances starting at once cannot seed twice, and a failed run leaves
// nothing half-written.
import type { Db } from "@/lib/database/client";
import type { SeedClient } from "./client";
import { seedEvents } from "./seed-events";
import { seedProfile } from "./profile";
import { participatingStates } from "./states";

/** Arbitrary constant identifying the seed's advisory lock ("HLDseed" in ASCII, as a bigint). */
const SEED_LOCK_KEY = BigInt("0x484c4473656564");

export interface SeedReport {
  profileCreated: boolean;
  statesCreated: number;
  /** Slugs of the events created by this run. */
  eventsCreated: string[];
  meetingsCreated: number;
  documentsCreated: number;
  /** What was left alone because it exists already (normal on every run after the first). */
  skipped: string[];
}

async function seedStates(db: SeedClient): Promise<number> {
  // skipDuplicates: a state that exists keeps the status staff may have given it.
  const { count } = await db.participatingState.createMany({
    data: participatingStates().map(({ isoCode, status }) => ({ isoCode, status })),
    skipDuplicates: true,
  });
  return count;
}

export async function seedDatabase(db: Db): Promise<SeedReport> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const publishedAt = new Date();
      const profile = await seedProfile(tx);
      const statesCreated = await seedStates(tx);
      const events = await seedEvents(tx, publishedAt);
      return {
        profileCreated: profile.created,
        statesCreated,
        eventsCreated: events.eventsCreated,
        meetingsCreated: events.meetingsCreated,
        documentsCreated: events.documentsCreated,
        skipped: events.skipped,
      };
    },
    // The first run writes a few hundred rows; a concurrent run waits for the lock, not the pool.
    { maxWait: 30_000, timeout: 120_000 },
  );
}

/** True when the run created anything (false on every re-run of an already seeded database). */
export function seedCreatedAnything(report: SeedReport): boolean {
  return report.profileCreated || report.statesCreated > 0 || report.eventsCreated.length > 0;
}

/** One line for logs and the command line: counts only, no data. */
export function formatSeedReport(report: SeedReport): string {
  if (!seedCreatedAnything(report)) return "Seed: nothing to do, the database already holds the seeded data.";
  return [
    `Seed: profile ${report.profileCreated ? "created" : "kept"}`,
    `${report.statesCreated} states`,
    `${report.eventsCreated.length} events (${report.eventsCreated.join(", ") || "none"})`,
    `${report.meetingsCreated} meetings`,
    `${report.documentsCreated} documents created.`,
  ].join(", ");
}
