// The Prisma filter and order of the staff registrations list, shared by the list and the
// exports so that an export holds exactly the rows the filtered list shows.
// No "server-only" marker: integration tests and the export route use it directly.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationFilters, RegistrationSortColumn } from "./list-params";

const DAY_MS = 86_400_000;

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Filters of the list and exports. Confirmed days are UTC days, "to" includes its whole day. */
export function registrationListWhere(filters: RegistrationFilters): Prisma.RegistrationWhereInput {
  const and: Prisma.RegistrationWhereInput[] = [];
  if (filters.status) and.push({ status: filters.status });
  if (filters.type) and.push({ organisationType: filters.type });
  if (filters.country) and.push({ countryCode: filters.country });
  if (filters.ecosoc) and.push({ ecosocStatus: filters.ecosoc });
  if (filters.nonObjection) and.push({ nonObjectionStatus: filters.nonObjection });
  if (filters.period) and.push({ periodId: filters.period });
  if (filters.from) and.push({ confirmedAt: { gte: dayStart(filters.from) } });
  if (filters.to) and.push({ confirmedAt: { lt: new Date(dayStart(filters.to).getTime() + DAY_MS) } });
  if (filters.q !== "") {
    const text = { contains: filters.q, mode: "insensitive" as const };
    and.push({ OR: [{ organisationName: text }, { contactName: text }, { contactEmail: text }] });
  }
  return { AND: and };
}

/**
 * The database order for every column but "country", which is ordered by its English name in
 * JavaScript (the database only knows the code); the id breaks ties so paging is stable.
 */
export function registrationListOrder(sort: Exclude<RegistrationSortColumn, "country">, dir: "asc" | "desc"): Prisma.RegistrationOrderByWithRelationInput[] {
  const tieBreaker = { id: "asc" as const };
  switch (sort) {
    case "submittedAt":
      return [{ confirmedAt: { sort: dir, nulls: "last" } }, { createdAt: dir }, tieBreaker];
    case "organisation":
      return [{ organisationName: dir }, tieBreaker];
    case "status":
      return [{ status: dir }, tieBreaker];
    case "representatives":
      return [{ representativeCount: dir }, { organisationName: "asc" }, tieBreaker];
  }
}
