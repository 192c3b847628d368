import { describe, expect, it } from "vitest";
import { retentionDueAt } from "@/lib/registrations/retention";

describe("retentionDueAt", () => {
  const day = 86_400_000;
  it("counts from the latest of closing time, the event's last day and the hearing's end", () => {
    const closesAt = new Date("2026-01-10T00:00:00Z");
    expect(retentionDueAt({ closesAt, event: { endsOn: null }, meeting: null }, 30)).toEqual(new Date(closesAt.getTime() + 30 * day));
    expect(retentionDueAt({ closesAt, event: { endsOn: new Date("2026-02-01T00:00:00Z") }, meeting: null }, 30)).toEqual(new Date(Date.UTC(2026, 1, 2) + 30 * day));
    expect(retentionDueAt({ closesAt, event: { endsOn: null }, meeting: { endsAt: new Date("2026-03-01T18:00:00Z") } }, 1)).toEqual(new Date("2026-03-02T18:00:00Z"));
  });
});
