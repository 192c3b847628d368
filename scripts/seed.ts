// `npm run db:seed`: seeds the database at DATABASE_URL from the source pages. `npm start` seeds
// by itself on every start; this is for an external database prepared by hand. The seed is
// idempotent: it creates only what is missing and never changes what staff edited.
import { createPrismaClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import { seedDatabase } from "@/prisma/seed/index";

const url = env().DATABASE_URL;
if (!url) {
  process.stderr.write("DATABASE_URL is not set. `npm start` seeds its embedded database by itself.\n");
  process.exit(2);
}

const db = createPrismaClient(url, { max: 2 });
try {
  const report = await seedDatabase(db);
  process.stdout.write(
    [
      `Profile: ${report.profileCreated ? "created" : "already present"}`,
      `Participating states created: ${report.statesCreated}`,
      `Events created: ${report.eventsCreated.length ? report.eventsCreated.join(", ") : "none"}`,
      `Meetings created: ${report.meetingsCreated}`,
      `Documents created: ${report.documentsCreated}`,
      "",
    ].join("\n"),
  );
} catch (error) {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
