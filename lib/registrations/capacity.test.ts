import { describe, expect, it } from "vitest";
import { capacityRefusal } from "@/lib/registrations/capacity";

describe("capacityRefusal", () => {
  const state = (overrides: Partial<Parameters<typeof capacityRefusal>[0]> = {}) => ({
    capacityOrganisations: 10,
    capacityPersons: null,
    approvedOrganisations: 9,
    approvedPersons: 20,
    ...overrides,
  });

  it("lets the last place go and refuses the next with the capacity", () => {
    expect(capacityRefusal(state(), 3)).toBeNull();
    expect(capacityRefusal(state({ approvedOrganisations: 10 }), 1)).toBe("No place left: capacity 10 organisations reached");
    expect(capacityRefusal(state({ capacityOrganisations: 1, approvedOrganisations: 1 }), 1)).toBe("No place left: capacity 1 organisation reached");
  });

  it("counts persons: an organisation fits only with all its representatives", () => {
    expect(capacityRefusal(state({ capacityOrganisations: null, capacityPersons: 22 }), 2)).toBeNull();
    expect(capacityRefusal(state({ capacityOrganisations: null, capacityPersons: 22 }), 3)).toBe(
      "No place left: 3 representatives would exceed the capacity of 22 persons (2 left)",
    );
  });

  it("has no limit without capacities, and refuses everyone once capacity was lowered below what is approved", () => {
    expect(capacityRefusal(state({ capacityOrganisations: null, approvedOrganisations: 500 }), 10)).toBeNull();
    expect(capacityRefusal(state({ capacityOrganisations: null, capacityPersons: 5 }), 1)).toBe("No place left: 1 representative would exceed the capacity of 5 persons (0 left)");
  });
});
