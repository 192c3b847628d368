// Public read of the process profile (one row, key "hld"). The profile has no draft state: what
// staff save is what the home page shows.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const PROFILE_KEY = "hld";

const profileSelect = {
  name: true,
  acronym: true,
  yearEstablished: true,
  objectives: true,
  secretariat: true,
  websiteUrl: true,
  focusThemes: { select: { id: true, title: true }, orderBy: { position: "asc" } },
  partnerCategories: { select: { id: true, name: true }, orderBy: { position: "asc" } },
  observers: { select: { id: true, name: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ProcessProfileSelect;

export type PublicProfile = Prisma.ProcessProfileGetPayload<{ select: typeof profileSelect }>;

/** The profile, or null before the seed has run. */
export const getProcessProfile = cache(async (): Promise<PublicProfile | null> =>
  db.processProfile.findUnique({ where: { key: PROFILE_KEY }, select: profileSelect }),
);
