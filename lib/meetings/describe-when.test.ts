import { describe, expect, it } from "vitest";
import { describeWhen } from "./describe-when";

describe("describeWhen", () => {
  it("describes undated, all-day, multi-day and timed meetings at the venue", () => {
    expect(describeWhen(null, null, false, "America/New_York")).toBe("—");
    expect(describeWhen(new Date("2013-06-07T04:00:00Z"), new Date("2013-06-08T04:00:00Z"), true, "America/New_York")).toBe("7 Jun 2013");
    // ICU versions differ on "Sep"/"Sept".
    expect(describeWhen(new Date("2006-09-14T04:00:00Z"), new Date("2006-09-16T04:00:00Z"), true, "America/New_York")).toMatch(
      /^14 Sept? 2006 – 15 Sept? 2006$/u,
    );
    expect(describeWhen(new Date("2013-10-03T14:00:00Z"), new Date("2013-10-03T17:00:00Z"), false, "America/New_York")).toBe(
      "3 Oct 2013, 10:00–13:00",
    );
  });
});
