import { describe, expect, it } from "vitest";
import { checkedAt, flattenErrors, flattenServerErrors, representativesFrom, textAt } from "./form-state";

describe("flattenErrors", () => {
  it("lists nested and field-array errors with dotted paths, in order", () => {
    const errors = {
      organisation: { name: { type: "too_small", message: "Enter the organisation's name." } },
      representatives: [undefined, { email: { type: "invalid", message: "Enter a valid email address." } }],
      privacyConsent: { type: "invalid_value", message: "You must accept the privacy notice to register." },
    };
    expect(flattenErrors(errors as never)).toEqual([
      { path: "organisation.name", message: "Enter the organisation's name." },
      { path: "representatives.1.email", message: "Enter a valid email address." },
      { path: "privacyConsent", message: "You must accept the privacy notice to register." },
    ]);
  });

  it("reports an array-level error (root) on the array's own path", () => {
    expect(flattenErrors({ representatives: { root: { type: "too_small", message: "Add at least one representative." } } } as never)).toEqual([
      { path: "representatives", message: "Add at least one representative." },
    ]);
  });
});

describe("server state helpers", () => {
  it("takes the first message of each server field error", () => {
    expect(flattenServerErrors({ "contact.email": ["Enter a valid email address.", "other"], empty: [] })).toEqual([{ path: "contact.email", message: "Enter a valid email address." }]);
  });

  it("reads typed values back for the no-JavaScript re-render", () => {
    const values = { organisation: { name: "Réseau" }, privacyConsent: true, publicListingConsent: "on", representatives: [{ name: "A", email: "a@example.org" }] };
    expect(textAt(values, "organisation.name")).toBe("Réseau");
    expect(textAt(values, "organisation.missing")).toBe("");
    expect(checkedAt(values, "privacyConsent")).toBe(true);
    expect(checkedAt(values, "publicListingConsent")).toBe(true);
    expect(checkedAt(values, "other")).toBe(false);
    expect(representativesFrom(values)).toEqual([{ name: "A", function: "", email: "a@example.org" }]);
    expect(representativesFrom(undefined)).toEqual([{ name: "", function: "", email: "" }]);
  });
});
