// How full a registration period is, and whether one more organisation fits. Capacity counts
// approved registrations only: organisations (one each) and persons (their representatives).
// Decisions read these counts only while holding the period's row lock (decisions.ts), so two
// approvals can never both see the last place as free.
// No "server-only" marker: domain cores and integration tests use it with a transaction client.
import type { Db } from "@/lib/database/client";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type CountsClient = Db | Prisma.TransactionClient;

export interface PeriodCounts {
  approvedOrganisations: number;
  /** Approved representatives, summed over approved organisations. */
  approvedPersons: number;
  waitlisted: number;
  /** Confirmed and waiting for a decision (SUBMITTED). */
  submitted: number;
  /** Live registrations (SUBMITTED or WAITLISTED) still waiting for the non-objection decision. */
  pendingNonObjection: number;
  capacityOrganisations: number | null;
  capacityPersons: number | null;
  /** Places left (never negative: capacity may have been lowered below what is approved); null without a limit. */
  organisationPlacesLeft: number | null;
  personPlacesLeft: number | null;
}

/** The period's counts as of now (inside a transaction: as of the transaction's latest statement). */
export async function periodCounts(client: CountsClient, periodId: string): Promise<PeriodCounts> {
  const period = await client.registrationPeriod.findUnique({
    where: { id: periodId },
    select: { capacityOrganisations: true, capacityPersons: true },
  });
  if (!period) throw new NotFoundError("This registration period no longer exists.");
  // One after the other: inside a transaction both would queue on the same connection anyway.
  const byStatus = await client.registration.groupBy({
    by: ["status"],
    where: { periodId, status: { in: ["APPROVED", "WAITLISTED", "SUBMITTED"] } },
    _count: { _all: true },
    _sum: { representativeCount: true },
  });
  const pendingNonObjection = await client.registration.count({ where: { periodId, status: { in: ["SUBMITTED", "WAITLISTED"] }, nonObjectionStatus: "PENDING" } });
  const row = (status: string) => byStatus.find((group) => group.status === status);
  const approved = row("APPROVED");
  const approvedOrganisations = approved?._count._all ?? 0;
  const approvedPersons = approved?._sum.representativeCount ?? 0;
  return {
    approvedOrganisations,
    approvedPersons,
    waitlisted: row("WAITLISTED")?._count._all ?? 0,
    submitted: row("SUBMITTED")?._count._all ?? 0,
    pendingNonObjection,
    capacityOrganisations: period.capacityOrganisations,
    capacityPersons: period.capacityPersons,
    organisationPlacesLeft: period.capacityOrganisations === null ? null : Math.max(0, period.capacityOrganisations - approvedOrganisations),
    personPlacesLeft: period.capacityPersons === null ? null : Math.max(0, period.capacityPersons - approvedPersons),
  };
}

/** What capacity needs to know while decisions are taken: the limits and what is taken so far. */
export interface CapacityState {
  capacityOrganisations: number | null;
  capacityPersons: number | null;
  approvedOrganisations: number;
  approvedPersons: number;
}

/**
 * Why one more organisation with `representativeCount` people does not fit, or null when it does.
 * Pure, so the decision loop can update the state as it approves.
 */
export function capacityRefusal(state: CapacityState, representativeCount: number): string | null {
  if (state.capacityOrganisations !== null && state.approvedOrganisations + 1 > state.capacityOrganisations) {
    return `No place left: capacity ${state.capacityOrganisations} organisation${state.capacityOrganisations === 1 ? "" : "s"} reached`;
  }
  if (state.capacityPersons !== null && state.approvedPersons + representativeCount > state.capacityPersons) {
    const left = Math.max(0, state.capacityPersons - state.approvedPersons);
    return `No place left: ${representativeCount} representative${representativeCount === 1 ? "" : "s"} would exceed the capacity of ${state.capacityPersons} persons (${left} left)`;
  }
  return null;
}
