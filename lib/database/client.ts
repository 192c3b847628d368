// Builds a Prisma client on the pg driver adapter. lib/db.ts holds the app's single instance;
// command-line scripts and tests call this directly (they cannot import "server-only" modules).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = ReturnType<typeof createPrismaClient>;

export function createPrismaClient(connectionString: string, options: { max?: number } = {}) {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 });
  // Secrets never leave the database layer unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { staffUser: { passwordHash: true } } });
}
