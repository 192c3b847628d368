// The export routes end to end, as Next calls them: the real session lookup, PostgreSQL, the CSV
// and XLSX read back (csv-parse, exceljs) with hostile values in every text field.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());

const exportRoute = await import("@/app/api/admin/registrations/export/route");
const participantsRoute = await import("@/app/api/admin/registrations/participants/route");
const { deleteEventWithRegistrations, insertEventWithPeriod, insertRegistration } = await import("./staff-test-helpers");

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
const users = {
  editor: { id: "", email: `exp-editor-${tag}@portal.localhost`, role: "EDITOR", sessionVersion: 1 },
  registrar: { id: "", email: `exp-registrar-${tag}@portal.localhost`, role: "REGISTRAR", sessionVersion: 1 },
};
const HOSTILE = {
  organisation: '=HYPERLINK("http://evil")',
  contactName: "+1+1",
  contactFunction: "-2",
  contactEmail: `@SUM(A1)-${tag}@example.org`,
  contactPhone: "\tx",
  website: "\rx",
};
const ARABIC = "منظمة الهجرة الدولية";
const CHINESE_PERSON = "王小明";
const ARABIC_PERSON = "فاطمة الزهراء";
let eventId = "";
let otherEventId = "";
let periodId = "";
let otherPeriodId = "";
const today = new Date().toISOString().slice(0, 10);

function get(route: { GET: (request: Request) => Promise<Response> }, path: string, query: Record<string, string>) {
  return route.GET(new Request(`http://portal.test${path}?${new URLSearchParams(query).toString()}`));
}
const exportCsv = (query: Record<string, string>) => get(exportRoute, "/api/admin/registrations/export", { format: "csv", ...query });

async function csvRecords(response: Response): Promise<string[][]> {
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)], "UTF-8 byte order mark").toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes.subarray(3).toString("utf8")) as string[][];
}

async function xlsxSheet(response: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from(Buffer.from(await response.arrayBuffer())));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no worksheet");
  return sheet;
}

function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const exportAudits = () => db.auditLog.findMany({ where: { action: "registration.exported", actorId: users.registrar.id }, orderBy: { createdAt: "asc" }, select: { entityType: true, after: true } });

beforeAll(async () => {
  for (const user of Object.values(users)) {
    user.id = (await db.staffUser.create({ data: { email: user.email, name: `Exporter ${tag}`, passwordHash: "unused", role: user.role as "EDITOR" }, select: { id: true } })).id;
  }
  const main = await insertEventWithPeriod(db, `exp-${tag}`);
  const other = await insertEventWithPeriod(db, `exp-other-${tag}`);
  eventId = main.eventId;
  otherEventId = other.eventId;
  periodId = main.period.id;
  otherPeriodId = other.period.id;
  await insertRegistration(db, main.period, {
    organisationName: HOSTILE.organisation,
    countryCode: "SA",
    status: "APPROVED",
    contactName: HOSTILE.contactName,
    contactFunction: HOSTILE.contactFunction,
    contactEmail: HOSTILE.contactEmail,
    contactPhone: HOSTILE.contactPhone,
    websiteUrl: HOSTILE.website,
    confirmedAt: new Date("2013-06-03T10:15:00Z"),
    decidedAt: new Date("2013-06-10T08:00:00Z"),
    representatives: [
      { name: "<script>alert(1)</script>", function: "@cmd", email: `r1-${tag}@example.org` },
      { name: CHINESE_PERSON, email: `r2-${tag}@example.org` },
    ],
  });
  await insertRegistration(db, main.period, {
    organisationName: ARABIC,
    countryCode: "EG",
    organisationType: "ACADEMIA",
    ecosocStatus: "NONE",
    nonObjectionStatus: "NO_OBJECTION",
    status: "APPROVED",
    representatives: [{ name: ARABIC_PERSON, function: "Researcher", email: `r3-${tag}@example.org` }],
  });
  await insertRegistration(db, main.period, { organisationName: `Zeta Declined ${tag}`, status: "DECLINED", representatives: [{ name: "Declined Person", email: `r4-${tag}@example.org` }] });
  await insertRegistration(db, other.period, { organisationName: `Elsewhere ${tag}`, status: "APPROVED", representatives: [{ name: "Other Person", email: `r5-${tag}@example.org` }] });
});

beforeEach(async () => {
  harness.cookie = await sessionCookieFor(users.registrar);
});

afterAll(async () => {
  await deleteEventWithRegistrations(db, eventId);
  await deleteEventWithRegistrations(db, otherEventId);
  await db.auditLog.deleteMany({ where: { actorId: { in: Object.values(users).map((user) => user.id) } } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

describe("GET /api/admin/registrations/export", () => {
  it("streams every registration of the filter as CSV with a BOM, never cached, each hostile cell neutralised", async () => {
    const response = await exportCsv({ period: periodId });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="registrations-${today}.csv"`);
    const [header, ...rows] = await csvRecords(response);
    expect(header).toEqual([
      "Organisation",
      "Type",
      "Country",
      "ECOSOC status",
      "Website",
      "Status",
      "Non-objection",
      "Contact name",
      "Contact function",
      "Contact email",
      "Contact phone",
      "Representatives",
      "Confirmed at (UTC)",
      "Decided at (UTC)",
    ]);
    expect(rows.map((row) => row[0]).sort()).toEqual([`'${HOSTILE.organisation}`, ARABIC, `Zeta Declined ${tag}`].sort());
    const hostile = rows.find((row) => row[0] === `'${HOSTILE.organisation}`);
    expect(hostile).toEqual([
      `'${HOSTILE.organisation}`,
      "NGO",
      "Saudi Arabia",
      "Special consultative status",
      "'\rx",
      "Approved",
      "Not required",
      "'+1+1",
      "'-2",
      `'${HOSTILE.contactEmail}`,
      "'\tx",
      `<script>alert(1)</script>; ${CHINESE_PERSON}`,
      "2013-06-03 10:15",
      "2013-06-10 08:00",
    ]);
    const arabic = rows.find((row) => row[0] === ARABIC);
    expect(arabic?.slice(0, 7)).toEqual([ARABIC, "Academia", "Egypt", "No ECOSOC status", "https://example.org", "Approved", "No objection"]);
    expect(arabic?.[11]).toBe(ARABIC_PERSON);
  });

  it("exports exactly the filtered rows and audits the export without personal data", async () => {
    const before = (await exportAudits()).length;
    const [, ...approved] = await csvRecords(await exportCsv({ period: periodId, status: "APPROVED" }));
    expect(approved.map((row) => row[0]).sort()).toEqual([`'${HOSTILE.organisation}`, ARABIC].sort());

    const [, ...egypt] = await csvRecords(await exportCsv({ period: periodId, country: "eg", ecosoc: "NONE", type: "ACADEMIA", nonObjection: "NO_OBJECTION" }));
    expect(egypt.map((row) => row[0])).toEqual([ARABIC]);

    const [, ...searched] = await csvRecords(await exportCsv({ period: periodId, q: `sum(a1)-${tag}` }));
    expect(searched.map((row) => row[0])).toEqual([`'${HOSTILE.organisation}`]);

    const [, ...byDay] = await csvRecords(await exportCsv({ period: periodId, from: "2013-06-03", to: "2013-06-03" }));
    expect(byDay.map((row) => row[0])).toEqual([`'${HOSTILE.organisation}`]);

    const audits = (await exportAudits()).slice(before);
    expect(audits).toEqual([
      { entityType: "Registration", after: { kind: "registrations", format: "csv", filters: { status: "APPROVED", period: periodId }, rows: 2 } },
      { entityType: "Registration", after: { kind: "registrations", format: "csv", filters: { type: "ACADEMIA", country: "EG", ecosoc: "NONE", nonObjection: "NO_OBJECTION", period: periodId }, rows: 1 } },
      { entityType: "Registration", after: { kind: "registrations", format: "csv", filters: { period: periodId, search: true }, rows: 1 } },
      { entityType: "Registration", after: { kind: "registrations", format: "csv", filters: { period: periodId, from: "2013-06-03", to: "2013-06-03" }, rows: 1 } },
    ]);
    expect(JSON.stringify(audits)).not.toMatch(/example\.org|sum\(a1\)/iu);
  });

  it("writes an XLSX with a bold, frozen, filtered header and text cells that are never formulas", async () => {
    const response = await get(exportRoute, "/api/admin/registrations/export", { format: "xlsx", period: periodId, status: "APPROVED" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="registrations-${today}.xlsx"`);
    const sheet = await xlsxSheet(response);
    expect(sheet.getRow(1).getCell(1).value).toBe("Organisation");
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:N1");
    const rows = sheetValues(sheet).slice(1);
    expect(rows).toHaveLength(2);
    const hostile = rows.find((row) => row[0] === `'${HOSTILE.organisation}`);
    expect(hostile?.slice(0, 12)).toEqual([
      `'${HOSTILE.organisation}`,
      "NGO",
      "Saudi Arabia",
      "Special consultative status",
      // XML parsers normalise a carriage return to a line feed; the apostrophe is what matters.
      "'\nx",
      "Approved",
      "Not required",
      "'+1+1",
      "'-2",
      `'${HOSTILE.contactEmail}`,
      "'\tx",
      `<script>alert(1)</script>; ${CHINESE_PERSON}`,
    ]);
    expect(hostile?.[12]).toEqual(new Date("2013-06-03T10:15:00Z"));
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      for (let column = 1; column <= 12; column += 1) {
        const cell = row.getCell(column);
        if (cell.value !== null) expect(cell.type, `row ${number} column ${column}`).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
      }
    });
    expect(rows.some((row) => row[0] === ARABIC)).toBe(true);
  });

  it("reads past one batch: 1,201 registrations come out once each", async () => {
    const large = await insertEventWithPeriod(db, `exp-large-${tag}`);
    try {
      await db.registration.createMany({
        data: Array.from({ length: 1201 }, (_, index) => ({
          eventId: large.eventId,
          periodId: large.period.id,
          organisationName: `Org ${String(index).padStart(4, "0")}`,
          organisationKey: `org ${index}|FR`,
          organisationType: "NGO" as const,
          countryCode: "FR",
          status: "SUBMITTED" as const,
          contactName: "Ana",
          contactEmail: `bulk-${index}-${tag}@example.org`,
          representativeCount: 1,
          privacyConsentAt: new Date(),
          accessTokenHash: `${tag}${String(index).padStart(56, "0")}`,
        })),
      });
      const [, ...rows] = await csvRecords(await exportCsv({ period: large.period.id }));
      expect(rows).toHaveLength(1201);
      expect(new Set(rows.map((row) => row[0])).size).toBe(1201);
    } finally {
      await deleteEventWithRegistrations(db, large.eventId);
    }
  });

  it("refuses anonymous callers (401), editors (403) and an unknown format (422), and audits none of them", async () => {
    const before = await db.auditLog.count({ where: { action: "registration.exported" } });
    harness.cookie = undefined;
    const anonymous = await exportCsv({ period: periodId });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("cache-control")).toBe("private, no-store");
    expect(await anonymous.text()).not.toContain("example.org");
    harness.cookie = await sessionCookieFor(users.editor);
    expect((await exportCsv({ period: periodId })).status).toBe(403);
    expect((await get(participantsRoute, "/api/admin/registrations/participants", { format: "csv", period: periodId })).status).toBe(403);
    harness.cookie = await sessionCookieFor(users.registrar);
    const badFormat = await get(exportRoute, "/api/admin/registrations/export", { format: "xls", period: periodId });
    expect(badFormat.status).toBe(422);
    expect(await db.auditLog.count({ where: { action: "registration.exported" } })).toBe(before);
  });
});

describe("GET /api/admin/registrations/participants", () => {
  it("lists one row per representative of each approved registration, by organisation then name", async () => {
    const response = await get(participantsRoute, "/api/admin/registrations/participants", { format: "csv", period: periodId });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="participants-staff-data-exp-${tag}-${today}.csv"`);
    const [header, ...rows] = await csvRecords(response);
    expect(header).toEqual(["Name", "Function", "Organisation", "Country", "Email"]);
    // Not the declined registration's representative, nor the other period's.
    expect(rows.map((row) => row[0]).sort()).toEqual(["<script>alert(1)</script>", CHINESE_PERSON, ARABIC_PERSON].sort());
    expect(rows).toContainEqual(["<script>alert(1)</script>", "'@cmd", `'${HOSTILE.organisation}`, "Saudi Arabia", `r1-${tag}@example.org`]);
    expect(rows).toContainEqual([ARABIC_PERSON, "Researcher", ARABIC, "Egypt", `r3-${tag}@example.org`]);
    // Grouped by organisation, names in order within it.
    expect(rows.filter((row) => row[2] === `'${HOSTILE.organisation}`).map((row) => row[0])).toEqual(["<script>alert(1)</script>", CHINESE_PERSON]);
    const audits = await exportAudits();
    expect(audits.at(-1)).toEqual({ entityType: "Registration", after: { kind: "participants", format: "csv", filters: { period: periodId }, rows: 3 } });
  });

  it("orders organisations alphabetically and writes the same rows as XLSX", async () => {
    const sorted = await insertEventWithPeriod(db, `exp-sorted-${tag}`);
    try {
      await insertRegistration(db, sorted.period, { organisationName: "Zebra Relief", status: "APPROVED", representatives: [{ name: "Yara", email: `z1-${tag}@example.org` }, { name: "Adam", email: `z2-${tag}@example.org` }] });
      await insertRegistration(db, sorted.period, { organisationName: "Aardvark Aid", status: "APPROVED", representatives: [{ name: "Mia", email: `a1-${tag}@example.org` }] });
      await insertRegistration(db, sorted.period, { organisationName: "Middle Waitlisted", status: "WAITLISTED" });
      const sheet = await xlsxSheet(await get(participantsRoute, "/api/admin/registrations/participants", { format: "xlsx", period: sorted.period.id }));
      expect(sheetValues(sheet).map((row) => [row[0], row[2]])).toEqual([
        ["Name", "Organisation"],
        ["Mia", "Aardvark Aid"],
        ["Adam", "Zebra Relief"],
        ["Yara", "Zebra Relief"],
      ]);
      expect(sheet.getRow(1).font?.bold).toBe(true);
    } finally {
      await deleteEventWithRegistrations(db, sorted.eventId);
    }
  });

  it("answers 404 for an unknown period and 422 for a malformed one", async () => {
    expect((await get(participantsRoute, "/api/admin/registrations/participants", { format: "csv", period: "cknotaperiod00000000000000" })).status).toBe(404);
    expect((await get(participantsRoute, "/api/admin/registrations/participants", { format: "csv", period: "../etc" })).status).toBe(422);
    expect(otherPeriodId).not.toBe(periodId);
  });
});
