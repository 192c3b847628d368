import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/validation/form-data";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("formDataToObject", () => {
  it("nests dotted and indexed names into objects and arrays", () => {
    const result = formDataToObject(
      form([
        ["organisation.name", "Open Borders"],
        ["organisation.countryCode", "FR"],
        ["representatives.0.name", "Ana"],
        ["representatives.0.email", "ana@example.org"],
        ["representatives[1].name", "Ben"],
        ["language", "fr"],
      ]),
    );
    expect(result).toEqual({
      organisation: { name: "Open Borders", countryCode: "FR" },
      representatives: [{ name: "Ana", email: "ana@example.org" }, { name: "Ben" }],
      language: "fr",
    });
  });

  it("turns 'on' checkboxes into true, and with a list of checkboxes absent ones into false", () => {
    expect(formDataToObject(form([["privacyConsent", "on"]]))).toEqual({ privacyConsent: true });
    const listed = formDataToObject(form([["privacyConsent", "on"], ["note", "on"]]), { booleanFields: ["privacyConsent", "publicListingConsent"] });
    expect(listed).toEqual({ privacyConsent: true, publicListingConsent: false, note: "on" });
  });

  it("closes the holes of a removed row", () => {
    const result = formDataToObject(form([["representatives.0.name", "Ana"], ["representatives.2.name", "Cy"]]));
    expect(result).toEqual({ representatives: [{ name: "Ana" }, { name: "Cy" }] });
  });

  it("ignores Next's internal fields, prototype paths, huge indexes and files", () => {
    const data = form([
      ["$ACTION_ID_abc", ""],
      ["__proto__.polluted", "yes"],
      ["a.constructor.prototype.polluted", "yes"],
      ["representatives.100000.name", "x"],
      ["ok", "1"],
    ]);
    data.append("upload", new Blob(["x"]), "x.txt");
    const result = formDataToObject(data);
    expect(result).toEqual({ ok: "1" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps the last value of a repeated name", () => {
    expect(formDataToObject(form([["a", "1"], ["a", "2"]]))).toEqual({ a: "2" });
  });
});
