// Public read of the participating states. Names are not stored: the page derives them from the
// ISO code in the visitor's language (lib/states/list.ts).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { StateStatus } from "@/lib/generated/prisma/enums";
import type { StateRef } from "./list";

export const listParticipatingStates = cache(async (): Promise<StateRef<StateStatus>[]> =>
  db.participatingState.findMany({ select: { isoCode: true, status: true }, orderBy: { isoCode: "asc" } }),
);
