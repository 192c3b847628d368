import { describe, expect, it } from "vitest";
import { organisationKey } from "@/lib/registrations/organisation-key";

describe("organisationKey", () => {
  it("folds case, accents, punctuation and spacing, and appends the country", () => {
    expect(organisationKey("Médecins Sans Frontières", "fr")).toBe("medecins sans frontieres|FR");
    expect(organisationKey("  MÉDECINS-SANS-FRONTIÈRES!! ", "FR")).toBe("medecins sans frontieres|FR");
    expect(organisationKey("médecins   sans\tfrontières.", "FR")).toBe("medecins sans frontieres|FR");
  });

  it("folds compatibility forms and letters without a decomposition", () => {
    expect(organisationKey("Ｆｕｌｌｗｉｄｔｈ Ｏｒｇ", "JP")).toBe("fullwidth org|JP");
    expect(organisationKey("Straße & Œuvre Søn Łódź", "DE")).toBe("strasse oeuvre son lodz|DE");
  });

  it("keeps other scripts and digits (marks are stripped there too: й folds to и)", () => {
    expect(organisationKey("Красный Крест 2030", "RU")).toBe("красныи крест 2030|RU");
    expect(organisationKey("جمعية الهلال", "EG")).toBe("جمعية الهلال|EG");
  });

  it("tells the same name in two countries apart", () => {
    expect(organisationKey("Oxfam", "GB")).not.toBe(organisationKey("Oxfam", "US"));
  });
});
