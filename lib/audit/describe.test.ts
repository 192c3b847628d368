import { describe, expect, it } from "vitest";
import { describeAction, describeChanges, EMPTY_VALUE, formatAuditValue, labelForField } from "./describe";

describe("describeChanges", () => {
  it("shows one change per changed language of a translatable field, English first", () => {
    const changes = describeChanges(
      { title: { en: "Old", fr: "Ancien", es: "Viejo" } },
      { title: { en: "New", fr: "Nouveau", es: "Viejo", ar: "جديد" } },
    );
    expect(changes).toEqual([
      { field: "title.en", label: "Title (English)", before: "Old", after: "New" },
      { field: "title.ar", label: "Title (Arabic)", before: EMPTY_VALUE, after: "جديد" },
      { field: "title.fr", label: "Title (French)", before: "Ancien", after: "Nouveau" },
    ]);
  });

  it("omits unchanged fields and version counters", () => {
    const changes = describeChanges(
      { title: { en: "Same" }, allDay: true, version: 3, agendaVersion: 1 },
      { title: { en: "Same" }, allDay: false, version: 4, agendaVersion: 2 },
    );
    expect(changes).toEqual([{ field: "allDay", label: "All day", before: "Yes", after: "No" }]);
  });

  it("shows instants in UTC and leaves calendar days as they are", () => {
    const changes = describeChanges(
      { startsAt: "2013-10-03T14:00:00.000Z", startsOn: "2013-10-03" },
      { startsAt: "2013-10-03T16:30:00.000Z", startsOn: "2013-10-04" },
    );
    expect(changes).toEqual([
      { field: "startsAt", label: "Starts", before: "2013-10-03 14:00 UTC", after: "2013-10-03 16:30 UTC" },
      { field: "startsOn", label: "First day", before: "2013-10-03", after: "2013-10-04" },
    ]);
  });

  it("names enum values and shows empty values as a dash", () => {
    expect(describeChanges({ status: "DRAFT", publishedAt: null }, { status: "PUBLISHED", publishedAt: "2026-11-22T09:00:00Z" })).toEqual([
      { field: "status", label: "Status", before: "Draft", after: "Published" },
      { field: "publishedAt", label: "Published at", before: EMPTY_VALUE, after: "2026-11-22 09:00 UTC" },
    ]);
  });

  it("compares arrays as readable lists, naming items by their title or name", () => {
    const changes = describeChanges(
      { languages: ["en", "fr"], items: [{ title: { en: "Opening" } }, { title: { en: "Break" } }] },
      { languages: ["en", "fr", "es"], items: [{ title: { en: "Break" } }, { title: { en: "Opening" } }] },
    );
    expect(changes).toEqual([
      { field: "languages", label: "Languages", before: "en; fr", after: "en; fr; es" },
      { field: "items", label: "Items", before: "Opening; Break", after: "Break; Opening" },
    ]);
  });

  it("treats a missing side as empty (creation and deletion)", () => {
    expect(describeChanges(null, { title: { en: "New meeting" }, version: 1 })).toEqual([
      { field: "title.en", label: "Title (English)", before: EMPTY_VALUE, after: "New meeting" },
    ]);
    expect(describeChanges({ name: "Ana" }, undefined)).toEqual([{ field: "name", label: "Name", before: "Ana", after: EMPTY_VALUE }]);
  });

  it("descends into nested objects that are not translatable", () => {
    expect(describeChanges({ venue: { city: "New York", room: "CR 4" } }, { venue: { city: "Geneva", room: "CR 4" } })).toEqual([
      { field: "venue.city", label: "Venue › City", before: "New York", after: "Geneva" },
    ]);
  });

  it("returns nothing when nothing but the version changed, or for non-objects", () => {
    expect(describeChanges({ version: 1 }, { version: 2 })).toEqual([]);
    expect(describeChanges("x", 3)).toEqual([]);
  });
});

describe("formatAuditValue and labelForField", () => {
  it("formats objects without a name as key: value pairs", () => {
    expect(formatAuditValue({ attemptedEmail: "a@b.org", reason: "wrong-password" })).toBe("Attempted email: a@b.org, Reason: wrong-password");
  });

  it("keeps unknown upper-case values (acronyms) as they are", () => {
    expect(formatAuditValue("NGO")).toBe("NGO");
  });

  it("turns camelCase into words", () => {
    expect(labelForField("cancellationNotice")).toBe("Cancellation notice");
    expect(labelForField("mustChangePassword")).toBe("Must change password");
  });
});

describe("describeAction", () => {
  it("words every action the registration and mail code records", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const actions = new Set<string>();
    for (const folder of ["lib/registrations", "lib/mail"]) {
      for (const name of await readdir(folder)) {
        if (!name.endsWith(".ts") || name.includes(".test.")) continue;
        const source = await readFile(path.join(folder, name), "utf8");
        for (const match of source.matchAll(/action: "([a-z.-]+)"/gu)) if (match[1]) actions.add(match[1]);
      }
    }
    expect(actions.size).toBeGreaterThan(10);
    for (const action of actions) expect(describeAction(action), action).not.toBe(action);
    expect(describeAction("registration.approve")).toBe("Approved registration");
    expect(describeAction("registration-period.update")).toBe("Updated registration settings");
  });

  it("words known actions", () => {
    expect(describeAction("meeting.update")).toBe("Updated meeting");
    expect(describeAction("meeting.publish")).toBe("Published meeting");
    expect(describeAction("staff.deactivate")).toBe("Deactivated staff account");
    expect(describeAction("auth.sign-in.failed")).toBe("Failed sign-in");
    expect(describeAction("auth.sign-in")).toBe("Signed in");
    expect(describeAction("meeting.schedule-publication")).toBe("Scheduled publication of meeting");
    expect(describeAction("event.cancel-scheduled-publication")).toBe("Cancelled scheduled publication of event");
    expect(describeAction("staff.change-role")).toBe("Changed the role of staff account");
    expect(describeAction("document.publish")).toBe("Published document");
    expect(describeAction("document.file.replace")).toBe("Replaced a document file");
    expect(describeAction("document.reorder")).toBe("Reordered documents");
    expect(describeAction("staff.reset-password")).toBe("Reset the password of staff account");
    expect(describeAction("account.password-change.failed")).toBe("Failed password change");
    expect(describeAction("agenda.update")).toBe("Updated agenda");
  });

  it("shows an unknown action as it is", () => {
    expect(describeAction("meeting.teleport")).toBe("meeting.teleport");
    expect(describeAction("something")).toBe("something");
    expect(describeAction("a.b.c")).toBe("a.b.c");
  });
});
