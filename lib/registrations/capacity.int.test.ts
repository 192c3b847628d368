// Capacity is never exceeded, whatever the concurrency (issue 5, point 6): the approvals race on
// one shared client with a pool of 12 connections, so they really run in parallel transactions,
// and only the period's row lock orders them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveRegistrations, promoteNext } from "@/lib/registrations/decisions";
import { withdrawOwnRegistration } from "@/lib/registrations/registrant";
import { newSecretToken } from "@/lib/registrations/tokens";
import { periodCounts } from "@/lib/registrations/capacity";
import { createPeriod, createRegistration, createStaffActor } from "@/lib/testing/registration-fixtures";
import { testDb } from "@/lib/testing/test-db";
import type { StaffActor } from "@/lib/auth/actor";

const db = testDb(12);
let registrar: StaffActor;

beforeAll(async () => {
  registrar = await createStaffActor(db, "REGISTRAR");
});

afterAll(async () => {
  await db.$disconnect();
});

async function registrations(period: { id: string; eventId: string }, count: number, options: Parameters<typeof createRegistration>[2] = {}) {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) ids.push(await createRegistration(db, period, options));
  return ids;
}

describe("capacity under concurrent approvals", () => {
  it("capacity 10 with 9 approved: 60 concurrent approvals, five times, always exactly 10 approved", async () => {
    for (let round = 1; round <= 5; round += 1) {
      const period = await createPeriod(db, { capacityOrganisations: 10 });
      await registrations(period, 9, { status: "APPROVED" });
      const candidates = await registrations(period, 60);
      const started = Date.now();
      const results = await Promise.all(candidates.map((id) => approveRegistrations(db, registrar, { ids: [id] })));
      const approved = results.flatMap((result) => result.approved);
      const refused = results.flatMap((result) => result.refused);
      const counts = await periodCounts(db, period.id);
      console.info(
        `round ${round}: ${approved.length} approved, ${refused.length} refused, ${counts.approvedOrganisations} approved in the period, ${Date.now() - started} ms`,
      );
      expect(approved).toHaveLength(1);
      expect(refused).toHaveLength(59);
      expect(new Set(refused.map((refusal) => refusal.reason))).toEqual(new Set(["No place left: capacity 10 organisations reached"]));
      expect(counts.approvedOrganisations).toBe(10);
      expect(await db.outboxMessage.count({ where: { registrationId: { in: candidates }, template: "registration.approved" } })).toBe(1);
      expect(await db.registration.count({ where: { id: { in: candidates }, status: "SUBMITTED" } })).toBe(59);
    }
  });

  it("capacity in persons: concurrent approvals never exceed the representatives' total", async () => {
    for (let round = 1; round <= 3; round += 1) {
      const period = await createPeriod(db, { capacityPersons: 20 });
      await registrations(period, 6, { status: "APPROVED", representatives: 3 }); // 18 persons
      const candidates = [...(await registrations(period, 20, { representatives: 3 })), ...(await registrations(period, 20, { representatives: 1 }))];
      const results = await Promise.all(candidates.map((id) => approveRegistrations(db, registrar, { ids: [id] })));
      const approved = results.flatMap((result) => result.approved);
      const counts = await periodCounts(db, period.id);
      console.info(`persons round ${round}: ${approved.length} approved, ${counts.approvedPersons} persons approved of 20`);
      // Two places left: either two one-person organisations, or none of the three-person ones.
      expect(counts.approvedPersons).toBe(20);
      expect(approved).toHaveLength(2);
      const refusal = results.flatMap((result) => result.refused).find((item) => candidates.indexOf(item.id) < 20);
      expect(refusal?.reason).toMatch(/^No place left: 3 representatives would exceed the capacity of 20 persons/u);
    }
  });

  it("bulk approvals racing single approvals fill exactly the capacity", async () => {
    for (let round = 1; round <= 3; round += 1) {
      const period = await createPeriod(db, { capacityOrganisations: 10 });
      const other = await createPeriod(db, { capacityOrganisations: 3 });
      await registrations(period, 2, { status: "APPROVED" });
      const single = await registrations(period, 30);
      const bulkIds = await registrations(period, 30);
      const otherIds = await registrations(other, 10);
      // Bulk selections that span both periods, in opposite orders, racing the single approvals.
      const calls = [
        approveRegistrations(db, registrar, { ids: [...bulkIds.slice(0, 15), ...otherIds.slice(0, 5)] }),
        approveRegistrations(db, registrar, { ids: [...otherIds.slice(5), ...bulkIds.slice(15)].reverse() }),
        ...single.map((id) => approveRegistrations(db, registrar, { ids: [id] })),
      ];
      const results = await Promise.all(calls);
      const approved = results.flatMap((result) => result.approved);
      const [counts, otherCounts] = await Promise.all([periodCounts(db, period.id), periodCounts(db, other.id)]);
      console.info(`bulk round ${round}: ${approved.length} approved (${counts.approvedOrganisations}/10 and ${otherCounts.approvedOrganisations}/3)`);
      expect(counts.approvedOrganisations).toBe(10);
      expect(otherCounts.approvedOrganisations).toBe(3);
      expect(approved).toHaveLength(8 + 3);
    }
  });

  it("concurrent Promote next clicks promote only into free places", async () => {
    const period = await createPeriod(db, { capacityOrganisations: 2 });
    await registrations(period, 1, { status: "APPROVED" });
    await registrations(period, 6, { status: "WAITLISTED" });
    const results = await Promise.all(Array.from({ length: 10 }, () => promoteNext(db, registrar, { periodId: period.id })));
    expect(results.filter((result) => result.promoted !== null)).toHaveLength(1);
    expect((await periodCounts(db, period.id)).approvedOrganisations).toBe(2);
  });

  it("withdrawals with automatic promotion racing staff approvals never exceed the capacity", async () => {
    for (let round = 1; round <= 3; round += 1) {
      const period = await createPeriod(db, { capacityOrganisations: 10, autoPromote: true });
      const approved = await registrations(period, 10, { status: "APPROVED" });
      await registrations(period, 3, { status: "WAITLISTED" });
      const candidates = await registrations(period, 20);
      const tokens: string[] = [];
      for (const id of approved.slice(0, 3)) {
        const { token, hash } = newSecretToken();
        await db.registration.update({ where: { id }, data: { accessTokenHash: hash } });
        tokens.push(token);
      }
      await Promise.all([
        ...tokens.map((token) => withdrawOwnRegistration(db, { token })),
        ...candidates.map((id) => approveRegistrations(db, registrar, { ids: [id] })),
      ]);
      const counts = await periodCounts(db, period.id);
      console.info(`withdrawal round ${round}: ${counts.approvedOrganisations}/10 approved, ${counts.waitlisted} still waitlisted`);
      expect(counts.approvedOrganisations).toBe(10);
    }
  });
});
