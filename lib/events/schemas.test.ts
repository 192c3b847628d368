import { describe, expect, it } from "vitest";
import { cancelEventSchema, eventFormSchema, eventListParams, newEventSchema } from "./schemas";

const texts = (en: string, others: Record<string, string> = {}) => ({ ar: "", zh: "", en, fr: "", ru: "", es: "", ...others });
const valid = { slug: "hld-2013", year: 2013, startsOn: "2013-10-03", endsOn: "2013-10-04", title: texts("HLD 2013"), summary: texts(""), venue: texts("") };

function errors(input: unknown) {
  const result = newEventSchema.safeParse(input);
  const out: Record<string, string[]> = {};
  if (!result.success) for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("event form schemas", () => {
  it("accepts an event with days, or with its year only", () => {
    expect(newEventSchema.parse(valid).title).toEqual({ en: "HLD 2013" });
    expect(newEventSchema.safeParse({ ...valid, startsOn: "", endsOn: "" }).success).toBe(true);
  });

  it("puts each problem on its field", () => {
    expect(errors({ ...valid, title: texts("", { fr: "DHN" }) })["title.en"]).toEqual(["Enter the title in English."]);
    expect(errors({ ...valid, year: Number.NaN }).year).toBeDefined();
    expect(errors({ ...valid, year: 1500, startsOn: "", endsOn: "" }).year).toEqual(["Enter a year from 1990."]);
    expect(errors({ ...valid, year: 2014 }).year).toEqual(["The year must be the year of the first day."]);
    expect(errors({ ...valid, endsOn: "" }).endsOn).toEqual(["Give both the first and the last day, or neither."]);
    expect(errors({ ...valid, endsOn: "2013-10-02" }).endsOn).toEqual(["The last day cannot be before the first day."]);
    expect(errors({ ...valid, startsOn: "2013-02-30" }).startsOn).toEqual(["Enter a date."]);
    expect(errors({ ...valid, slug: "HLD 2013" }).slug).toEqual(["Use lower-case letters, digits and hyphens only."]);
  });

  it("needs the version for edits and an English notice to cancel", () => {
    expect(eventFormSchema.safeParse({ ...valid, id: "cevent000000000000000001" }).success).toBe(false);
    expect(eventFormSchema.safeParse({ ...valid, id: "cevent000000000000000001", version: 2 }).success).toBe(true);
    expect(cancelEventSchema.safeParse({ id: "cevent000000000000000001", version: 2, notice: texts("") }).success).toBe(false);
  });
});

describe("eventListParams", () => {
  it("defaults to the newest year first and ignores malformed filters", () => {
    expect(eventListParams.parse({})).toMatchObject({ sort: "year", dir: "desc" });
    const malformed = eventListParams.parse({ status: "GONE", year: "12" });
    expect(malformed.status).toBeUndefined();
    expect(malformed.year).toBeUndefined();
    expect(eventListParams.toQuery(eventListParams.parse({ status: "CANCELLED", year: "2013" }))).toBe("?status=CANCELLED&year=2013");
  });
});
