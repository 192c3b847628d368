import { describe, expect, it } from "vitest";
import { registrationListParams } from "./list-params";

describe("registrationListParams", () => {
  it("parses every filter and the whitelisted sorts", () => {
    const params = registrationListParams.parse({
      status: "APPROVED",
      type: "PRIVATE_SECTOR",
      country: " fr ",
      ecosoc: "NONE",
      nonObjection: "PENDING",
      period: "ckperiod000000000000000001",
      from: "2013-06-01",
      to: "2013-06-30",
      q: "  open borders ",
      sort: "country",
      dir: "asc",
      size: "50",
    });
    expect(params).toMatchObject({ status: "APPROVED", type: "PRIVATE_SECTOR", country: "FR", ecosoc: "NONE", nonObjection: "PENDING", period: "ckperiod000000000000000001", from: "2013-06-01", to: "2013-06-30", q: "open borders", sort: "country", dir: "asc", size: 50 });
    expect(registrationListParams.toQuery(params)).toContain("country=FR");
  });

  it("drops malformed values instead of failing the page", () => {
    const params = registrationListParams.parse({ status: "LOST", type: "GOVERNMENT", country: "FRA", ecosoc: "x", nonObjection: "", period: "'; drop", from: "2013-02-30", sort: "contactEmail", size: "5000" });
    expect(params).toMatchObject({ status: undefined, type: undefined, country: undefined, ecosoc: undefined, nonObjection: undefined, period: undefined, from: undefined, sort: "submittedAt", dir: "desc", size: 25 });
    expect(registrationListParams.isFiltered(params)).toBe(false);
  });
});
