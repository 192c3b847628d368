import { describe, expect, it } from "vitest";
import { countryOptions } from "./country-options";

describe("countryOptions", () => {
  it("names every country in the page's language, in its alphabetical order", () => {
    const options = countryOptions("en");
    expect(options.length).toBeGreaterThan(240);
    expect(options.find((option) => option.value === "CI")?.label).toBe("Côte d'Ivoire");
    const labels = options.map((option) => option.label);
    expect(labels.indexOf("Côte d'Ivoire")).toBeLessThan(labels.indexOf("Croatia"));
    expect(labels[0]).toBe("Afghanistan");
  });

  it("uses French names and French order for French", () => {
    const options = countryOptions("fr");
    expect(options.find((option) => option.value === "DE")?.label).toBe("Allemagne");
    const labels = options.map((option) => option.label);
    expect(labels.indexOf("Égypte")).toBeLessThan(labels.indexOf("Érythrée"));
    expect(labels.indexOf("Égypte")).toBeGreaterThan(labels.indexOf("Djibouti"));
  });
});
