// The seed: the facts of the two source pages (../shared/seeds/), written once. Idempotent and
// respectful of staff: the seed is made of units (the profile, the states, each event with its
// meetings and documents); each unit is applied at most once per database, and its application
// is recorded in the audit log (action "seed.apply"). So nothing staff edited is overwritten and
// nothing staff deleted comes back, while a unit added by a later version of the seed still
// arrives on upgrade. Within a unit, natural keys (profile key, ISO codes, slugs, symbols) guard
// against rows entered by hand before the first seed. The whole run is one transaction under an
// advisory lock, so two instances starting at once cannot seed twice, and a failed run leaves
// nothing half-written.
import type { Db } from "@/lib/database/client";
import type { SeedClient } from "./client";
import { seedEvents } from "./seed-events";
import { seedProfile } from "./profile";
import { participatingStates } from "./states";
import { SEED_EVENTS } from "./events";

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

const SEED_ACTION = "seed.apply";
const SEED_ENTITY = "seed";

/** Keys of the units already applied to this database. */
async function appliedUnits(db: SeedClient): Promise<Set<string>> {
  const rows = await db.auditLog.findMany({
    where: { action: SEED_ACTION, entityType: SEED_ENTITY },
    select: { entityId: true },
  });
  return new Set(rows.flatMap((row) => (row.entityId === null ? [] : [row.entityId])));
}

async function recordUnit(db: SeedClient, unit: string, after: { created: boolean | number }): Promise<void> {
  await db.auditLog.create({ data: { actorLabel: "system (seed)", action: SEED_ACTION, entityType: SEED_ENTITY, entityId: unit, after } });
}

export async function seedDatabase(db: Db): Promise<SeedReport> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const applied = await appliedUnits(tx);
      const publishedAt = new Date();
      const report: SeedReport = {
        profileCreated: false,
        statesCreated: 0,
        eventsCreated: [],
        meetingsCreated: 0,
        documentsCreated: 0,
        skipped: [],
      };

      if (applied.has("profile")) report.skipped.push("profile: already seeded");
      else {
        report.profileCreated = (await seedProfile(tx)).created;
        await recordUnit(tx, "profile", { created: report.profileCreated });
      }

      if (applied.has("states")) report.skipped.push("states: already seeded");
      else {
        report.statesCreated = await seedStates(tx);
        await recordUnit(tx, "states", { created: report.statesCreated });
      }

      const pendingEvents = SEED_EVENTS.filter((event) => {
        if (!applied.has(`event:${event.slug}`)) return true;
        report.skipped.push(`event ${event.slug}: already seeded`);
        return false;
      });
      const events = await seedEvents(tx, publishedAt, pendingEvents);
      for (const event of pendingEvents) {
        await recordUnit(tx, `event:${event.slug}`, { created: events.eventsCreated.includes(event.slug) });
      }
      report.eventsCreated = events.eventsCreated;
      report.meetingsCreated = events.meetingsCreated;
      report.documentsCreated = events.documentsCreated;
      report.skipped.push(...events.skipped);
      return report;
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
