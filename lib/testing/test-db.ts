// The integration tests' own Prisma client, on the throwaway database the global setup started
// (lib/testing/global-setup.ts sets DATABASE_URL before the workers start).
import { createPrismaClient } from "@/lib/database/client";

/** A client with a small pool: the integration files run one after another against one server. */
export function testDb(max: number) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("The integration setup provides DATABASE_URL");
  return createPrismaClient(url, { max });
}
