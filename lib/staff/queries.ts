// Reads of staff accounts for the console (ADMIN only). Each exported query checks the session
// itself (STYLE.md 10); the `find*` cores take the client so integration tests run them directly.
import "server-only";
import { cache } from "react";
import { requireStaff } from "@/lib/auth/session";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { StaffListParams } from "@/lib/staff/schemas";

export interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  isActive: boolean;
  mustChangePassword: boolean;
  /** ISO instant, or null when the person never signed in. */
  lastSignInAt: string | null;
}

export interface StaffDetail extends StaffRow {
  /** The version the edit form carries back (compare-and-set). */
  updatedAt: string;
  createdAt: string;
}

const rowSelect = { id: true, name: true, email: true, role: true, isActive: true, mustChangePassword: true, lastSignInAt: true } as const;

function orderBy(sort: StaffListParams["sort"], dir: "asc" | "desc") {
  const tieBreaker = { id: "asc" as const };
  switch (sort) {
    case "name":
      return [{ name: dir }, tieBreaker];
    case "email":
      return [{ email: dir }, tieBreaker];
    case "role":
      return [{ role: dir }, { name: "asc" as const }, tieBreaker];
    case "lastSignInAt":
      return [{ lastSignInAt: { sort: dir, nulls: "last" as const } }, tieBreaker];
  }
}

export async function findStaff(client: Db, params: StaffListParams): Promise<{ rows: StaffRow[]; total: number }> {
  const where = {
    ...(params.q === "" ? {} : { OR: [{ name: { contains: params.q, mode: "insensitive" as const } }, { email: { contains: params.q, mode: "insensitive" as const } }] }),
    ...(params.role ? { role: params.role } : {}),
    ...(params.status ? { isActive: params.status === "active" } : {}),
  };
  const [users, total] = await Promise.all([
    client.staffUser.findMany({ where, select: rowSelect, orderBy: orderBy(params.sort, params.dir), skip: (params.page - 1) * params.size, take: params.size }),
    client.staffUser.count({ where }),
  ]);
  return { rows: users.map((user) => ({ ...user, lastSignInAt: user.lastSignInAt?.toISOString() ?? null })), total };
}

export async function findStaffMember(client: Db, id: string): Promise<StaffDetail | null> {
  const user = await client.staffUser.findUnique({ where: { id }, select: { ...rowSelect, updatedAt: true, createdAt: true } });
  if (!user) return null;
  return {
    ...user,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    updatedAt: user.updatedAt.toISOString(),
    createdAt: user.createdAt.toISOString(),
  };
}

export const listStaff = cache(async (params: StaffListParams) => {
  await requireStaff("staff:manage");
  return findStaff(db, params);
});

export const getStaffMember = cache(async (id: string) => {
  await requireStaff("staff:manage");
  return findStaffMember(db, id);
});
