import { describe, expect, it } from "vitest";
import { PAST_PUBLISH_AT_MESSAGE, schedulePublicationFormSchema } from "./schemas";

const base = { entity: "meeting", id: "clx0000000000000000000000", version: 1 };
// 10:00 in New York on 1 July 2026 is 14:00Z (EDT).
const now = () => new Date("2026-07-01T14:00:00Z");

describe("schedulePublicationFormSchema", () => {
  const schema = schedulePublicationFormSchema("America/New_York", now);

  it("accepts a venue time in the future and refuses one at or before now", () => {
    expect(schema.safeParse({ ...base, publishAt: "2026-07-01T10:01" }).success).toBe(true);
    const past = schema.safeParse({ ...base, publishAt: "2026-07-01T10:00" });
    expect(past.success).toBe(false);
    expect(past.error?.issues[0]).toMatchObject({ path: ["publishAt"], message: PAST_PUBLISH_AT_MESSAGE });
  });

  it("reads the time in the venue's zone, not the server's", () => {
    // 10:30 in Tokyo on 1 July is 01:30Z: already past at 14:00Z.
    expect(schedulePublicationFormSchema("Asia/Tokyo", now).safeParse({ ...base, publishAt: "2026-07-01T10:30" }).success).toBe(false);
  });

  it("refuses malformed and impossible times and unknown entities", () => {
    expect(schema.safeParse({ ...base, publishAt: "" }).error?.issues[0]?.message).toBe("Enter the date and time to publish at.");
    expect(schema.safeParse({ ...base, publishAt: "2026-02-30T10:00" }).error?.issues[0]?.message).toBe("Enter a date and time.");
    expect(schema.safeParse({ ...base, entity: "document", publishAt: "2027-01-01T10:00" }).success).toBe(false);
  });
});
