// The dashboard for the signed-in staff member (STYLE.md 10: the query checks the session itself).
import "server-only";
import { cache } from "react";
import { getSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import { findDashboard, type Dashboard } from "./queries";

export const getDashboard = cache(async (): Promise<Dashboard> => {
  const session = await getSession();
  if (!session) throw new UnauthorizedError();
  return findDashboard(db, session);
});
