import { describe, expect, it } from "vitest";
import { documentFormSchema, documentParentSchema, newDocumentSchema, reorderDocumentsSchema, SYMBOL_MESSAGE } from "./schemas";

const texts = (en: string, others: Record<string, string> = {}) => ({ ar: "", zh: "", en, fr: "", ru: "", es: "", ...others });
const id = "cdocument000000000000001";

const valid = { id, version: 2, kind: "REPORT", symbol: " A/68/190 ", title: texts(" Report ", { fr: "Rapport" }), languages: ["fr", "en"], issuedOn: "2013-07-25", isPrincipal: false };

function errors(input: unknown, schema: typeof documentFormSchema | typeof newDocumentSchema = documentFormSchema) {
  const result = schema.safeParse(input);
  if (result.success) return {} as Record<string, string[]>;
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("documentFormSchema", () => {
  it("trims, keeps the given title languages and orders the languages issued as the UN does", () => {
    expect(documentFormSchema.parse(valid)).toMatchObject({ symbol: "A/68/190", title: { en: "Report", fr: "Rapport" }, languages: ["en", "fr"], issuedOn: "2013-07-25" });
  });

  it("accepts UN symbols of every usual shape and no symbol at all", () => {
    for (const symbol of ["A/RES/58/208", "A/67/254", "A/68/L.5", "E/CN.9/2013/3/Rev.1", "A/C.2/68/L.1-Corr.1"]) {
      expect(documentFormSchema.parse({ ...valid, symbol }).symbol).toBe(symbol);
    }
    expect(documentFormSchema.parse({ ...valid, symbol: "  ", issuedOn: "" })).toMatchObject({ symbol: null, issuedOn: null });
  });

  it("refuses symbols that are not UN symbols, with a message that shows the shape", () => {
    for (const symbol of ["report", "A//67", "A/67/", "/A/67", "A/67 254", "<script>/1"]) {
      expect(errors({ ...valid, symbol }).symbol, symbol).toEqual([SYMBOL_MESSAGE]);
    }
  });

  it("requires the English title and puts each problem on its field", () => {
    expect(errors({ ...valid, title: texts("", { fr: "Rapport" }), kind: "MEMO", issuedOn: "2013-02-30", languages: ["en", "en"] })).toEqual({
      "title.en": ["Enter the title in English."],
      kind: ["Choose the kind of document."],
      issuedOn: ["Enter a date such as 2013-10-03, or leave it empty."],
      languages: ["Choose each language once."],
    });
    expect(Object.keys(errors({ ...valid, languages: ["de"] }))).toEqual(["languages.0"]);
  });
});

describe("newDocumentSchema", () => {
  const fresh = { ...valid, id: undefined, version: undefined, parent: { meetingId: id } };

  it("takes a meeting or an event as parent, never both or neither", () => {
    expect(newDocumentSchema.parse(fresh).parent).toEqual({ meetingId: id });
    expect(newDocumentSchema.parse({ ...fresh, parent: { eventId: id } }).parent).toEqual({ eventId: id });
    expect(documentParentSchema.safeParse({ meetingId: id, eventId: id }).success).toBe(false);
    expect(errors({ ...fresh, parent: {} }, newDocumentSchema).parent).toEqual(["Choose the meeting or event this document belongs to."]);
  });
});

describe("reorderDocumentsSchema", () => {
  it("refuses a list with a document twice", () => {
    expect(reorderDocumentsSchema.safeParse({ parent: { eventId: id }, orderedIds: [id, "cdocument000000000000002"] }).success).toBe(true);
    expect(reorderDocumentsSchema.safeParse({ parent: { eventId: id }, orderedIds: [id, id] }).success).toBe(false);
  });
});
