// Reads of registrations for the staff console (read-only until issue 5 adds the review).
// Registrations hold personal data: only registrations:read (registrars, administrators) may list
// them, and the list selects no contact details. The exported query checks the session.
import "server-only";
import { cache } from "react";
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { getSession } from "@/lib/auth/session";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translateText } from "@/lib/i18n/translatable";
import { countryName } from "@/lib/states/names";
import { ORGANISATION_TYPE_LABELS, type RegistrationListParams, type StaffRegistrationRow } from "./list-params";

function orderBy(sort: RegistrationListParams["sort"], dir: "asc" | "desc"): Prisma.RegistrationOrderByWithRelationInput[] {
  const tieBreaker = { id: "asc" as const };
  switch (sort) {
    case "submittedAt":
      return [{ confirmedAt: { sort: dir, nulls: "last" } }, { createdAt: dir }, tieBreaker];
    case "organisation":
      return [{ organisationName: dir }, tieBreaker];
    case "status":
      return [{ status: dir }, tieBreaker];
    case "createdAt":
      return [{ createdAt: dir }, tieBreaker];
  }
}

function where(params: RegistrationListParams): Prisma.RegistrationWhereInput {
  const and: Prisma.RegistrationWhereInput[] = [];
  if (params.status) and.push({ status: params.status });
  if (params.q !== "") and.push({ organisationName: { contains: params.q, mode: "insensitive" } });
  return { AND: and };
}

export async function findStaffRegistrations(
  client: Db,
  actor: StaffActor | null,
  params: RegistrationListParams,
): Promise<{ rows: StaffRegistrationRow[]; total: number }> {
  authorise(actor, "registrations:read");
  const filter = where(params);
  const [registrations, total] = await Promise.all([
    client.registration.findMany({
      where: filter,
      orderBy: orderBy(params.sort, params.dir),
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        status: true,
        confirmedAt: true,
        event: { select: { title: true } },
        organisationName: true,
        organisationType: true,
        countryCode: true,
      },
    }),
    client.registration.count({ where: filter }),
  ]);
  return {
    total,
    rows: registrations.map((registration) => ({
      id: registration.id,
      organisation: registration.organisationName,
      organisationType: ORGANISATION_TYPE_LABELS[registration.organisationType] ?? registration.organisationType,
      country: countryName(registration.countryCode, "en"),
      eventTitle: translateText(registration.event.title, "en"),
      status: registration.status,
      submittedAt: registration.confirmedAt?.toISOString() ?? null,
    })),
  };
}

export const listStaffRegistrations = cache(async (params: RegistrationListParams) => {
  const session = await getSession();
  if (!session) throw new UnauthorizedError();
  return findStaffRegistrations(db, session, params);
});
