import { describe, expect, it } from "vitest";
import { activityListParams } from "./schemas";

describe("activityListParams", () => {
  it("defaults to the newest entries first", () => {
    expect(activityListParams.parse({})).toMatchObject({ page: 1, size: 25, sort: "createdAt", dir: "desc", q: "" });
  });

  it("accepts staff ids and the two non-staff actors, and drops anything else", () => {
    expect(activityListParams.parse({ actor: "system" }).actor).toBe("system");
    expect(activityListParams.parse({ actor: "anonymous" }).actor).toBe("anonymous");
    expect(activityListParams.parse({ actor: "cmabc1234567890abcdefghij" }).actor).toBe("cmabc1234567890abcdefghij");
    expect(activityListParams.parse({ actor: "'; drop table" }).actor).toBeUndefined();
  });

  it("drops malformed filters instead of failing the page", () => {
    const params = activityListParams.parse({ entityType: "Meeting; x", action: "Meeting.Update!", from: "2026-02-30", to: "yesterday", sort: "actorLabel" });
    expect(params).toMatchObject({ entityType: undefined, action: undefined, from: undefined, to: undefined, sort: "createdAt" });
  });

  it("writes short links, keeping only what differs from the defaults", () => {
    const params = activityListParams.parse({ entityType: "Meeting", action: "meeting.update", from: "2026-11-01", page: "2" });
    expect(activityListParams.toQuery(params)).toBe("?page=2&entityType=Meeting&action=meeting.update&from=2026-11-01");
    expect(activityListParams.toQuery(activityListParams.parse({}))).toBe("");
  });
});
