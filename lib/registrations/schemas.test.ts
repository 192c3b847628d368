import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import english from "@/lib/i18n/messages/en/registration.json";
import french from "@/lib/i18n/messages/fr/registration.json";
import { parseValidationMessage, phoneSchema, registrationFormSchema, registrationPeriodFormSchema, validationMessage, websiteSchema } from "./schemas";

const valid = {
  organisation: { name: "Migrant Forum in Asia", type: "NGO", countryCode: "ph", website: "mfasia.org", ecosocStatus: "SPECIAL", description: "A regional network working for migrant workers' rights." },
  contact: { name: "Maria Santos", function: "", email: "Maria.Santos@MFA.example", phone: "" },
  representatives: [{ name: "Jose Reyes", function: "", email: "jose@mfa.example" }],
  language: "fr",
  privacyConsent: true,
};

/** A public form's validation message (a `registration.errors` key) as the page shows it. */
function shown(message: string, locale: "en" | "fr" = "en"): string {
  const t = createTranslator({ locale, messages: { registration: locale === "en" ? english : french }, namespace: "registration.errors" });
  const parsed = parseValidationMessage(message);
  if (!parsed) throw new Error(`not a validation message: ${message}`);
  return t(parsed.key as keyof typeof english.errors, parsed.values);
}

type Parsed = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };

/** The staff console's schemas keep English messages. */
function staffIssuesOf(result: Parsed) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

function issuesOf(result: Parsed) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), shown(issue.message)]));
}

describe("registrationFormSchema", () => {
  it("normalises what people type: country and email case, a bare web address, blank optional fields", () => {
    const parsed = registrationFormSchema(3).parse(valid);
    expect(parsed.organisation).toMatchObject({ countryCode: "PH", website: "https://mfasia.org" });
    expect(parsed.contact).toEqual({ name: "Maria Santos", function: undefined, email: "maria.santos@mfa.example", phone: undefined });
    expect(parsed.publicListingConsent).toBe(false);
  });

  it("puts each error on its field: consent, unknown country, representatives over the period's maximum, repeated emails", () => {
    const people = [
      { name: "A", email: "same@x.example" },
      { name: "B", email: "SAME@x.example" },
      { name: "C", email: "c@x.example" },
    ];
    const result = registrationFormSchema(2).safeParse({ ...valid, privacyConsent: false, organisation: { ...valid.organisation, countryCode: "XX" }, representatives: people });
    expect(issuesOf(result)).toEqual({
      privacyConsent: "You must accept the privacy notice to register.",
      "organisation.countryCode": "Choose a country.",
      representatives: "An organisation may send at most 2 representatives.",
    });
    expect(issuesOf(registrationFormSchema(3).safeParse({ ...valid, representatives: people }))).toEqual({ "representatives.1.email": "Representative 1 already has this email address." });
    expect(issuesOf(registrationFormSchema(3).safeParse({ ...valid, representatives: [] }))).toEqual({ representatives: "Add at least one representative." });
    expect(issuesOf(registrationFormSchema(3).safeParse({ ...valid, language: "de" }))).toEqual({ language: "Choose the language of our emails." });
  });

  it("names catalogue keys with their arguments, so the page shows them in its own language", () => {
    expect(validationMessage("representativesTooMany", { max: 2 })).toBe("representativesTooMany?max=2");
    expect(parseValidationMessage("representativeEmailRepeated?number=3")).toEqual({ key: "representativeEmailRepeated", values: { number: 3 } });
    expect(parseValidationMessage("Something went wrong on our side.")).toBeNull();
    const result = registrationFormSchema(2).safeParse({ ...valid, organisation: { ...valid.organisation, description: "Too short" }, representatives: [{ name: "A", email: "a@x.example" }, { name: "B", email: "b@x.example" }, { name: "C", email: "c@x.example" }] });
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), shown(issue.message, "fr")]));
    expect(messages).toEqual({
      "organisation.description": "Présentez l’organisation en quelques phrases (au moins 20 caractères).",
      representatives: "Une organisation peut envoyer au plus 2 représentant(e)s.",
    });
  });
});

describe("websiteSchema and phoneSchema", () => {
  it("accept http(s) addresses only and telephone numbers with 6 to 20 digits", () => {
    expect(websiteSchema.safeParse("javascript:alert(1)").success).toBe(false);
    expect(websiteSchema.safeParse("ftp://example.org").success).toBe(false);
    expect(websiteSchema.safeParse("http://example.org/path").data).toBe("http://example.org/path");
    expect(phoneSchema.safeParse("+41 (22) 917-1234").success).toBe(true);
    expect(phoneSchema.safeParse("12345").success).toBe(false);
    expect(phoneSchema.safeParse("+41 22 917 1234; DROP").success).toBe(false);
  });
});

describe("registrationPeriodFormSchema", () => {
  const settings = {
    opensAt: "2026-12-01T09:00",
    closesAt: "2026-12-15T18:00",
    capacityOrganisations: "",
    capacityPersons: 40,
    maxRepresentatives: "3",
    nonObjectionRequired: true,
    autoPromote: false,
    privacyNotice: { en: "We keep your data for a year." },
    declineMessage: { en: "We regret…", fr: "Nous regrettons…" },
  };

  it("reads empty capacities as no limit and numbers typed as text", () => {
    expect(registrationPeriodFormSchema.parse(settings)).toMatchObject({ capacityOrganisations: null, capacityPersons: 40, maxRepresentatives: 3 });
  });

  it("refuses a window that closes before it opens, capacities below one, and texts without English", () => {
    const result = registrationPeriodFormSchema.safeParse({ ...settings, closesAt: "2026-11-30T09:00", capacityPersons: 0, maxRepresentatives: 11, privacyNotice: { fr: "…" } });
    expect(staffIssuesOf(result)).toEqual({
      capacityPersons: "The capacity in persons is a whole number from 1 to 100,000, or empty for no limit.",
      maxRepresentatives: "At most 10 representatives.",
      "privacyNotice.en": "Enter the privacy notice in English.",
    });
    // The window check runs once the fields themselves are valid.
    expect(staffIssuesOf(registrationPeriodFormSchema.safeParse({ ...settings, closesAt: "2026-11-30T09:00" }))).toEqual({ closesAt: "The closing time must be after the opening time." });
  });
});
