import type { Db } from "@/lib/database/client";

/** What the seed writes through: the client inside the seed's transaction. */
export type SeedClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
