// Exports and the public Partners page, through the product only: staff open registration on a
// fresh hearing; an organisation with a hostile name registers (agreeing to be listed) and is
// approved; the export links of the staff list download a CSV with a BOM and an XLSX where the
// name is neutralised; the participant list holds its representative; the event's public page
// links to its Partners page, which shows the name as text.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { createPublishedHearing, openRegistration, organisation, registerAndConfirm, unique } from "../fixtures/registration";
import { expectNoSeriousA11yViolations } from "../public/a11y";

const stamp = unique();
const ORGANISATION = `=HYPERLINK("http://evil") <b>Partners ${stamp}</b>`;
const REPRESENTATIVE = "Fatima Al-Zahra 王";
const registrant = organisation("Partners", {
  name: ORGANISATION,
  country: "EG",
  contactEmail: `contact-${stamp}@example.org`,
  representative: `rep-${stamp}@example.org`,
  representativeName: REPRESENTATIVE,
  listPublicly: true,
});
const CONTACT = registrant.contactEmail;

test("staff export the approved organisation cleanly and the public Partners page lists it as text", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const hearing = await createPublishedHearing(page, stamp);
  const periodId = await openRegistration(page, hearing.meetingId, {});
  await (await registerAndConfirm(browser, page, hearing.slug, registrant)).context().close();

  await page.goto(`/admin/registrations?period=${periodId}`);
  const table = page.getByRole("table", { name: "Registrations" });
  await table.getByRole("row").filter({ hasText: `Partners ${stamp}` }).getByRole("link").first().click();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("1 approved").first()).toBeVisible();

  // The list's export links carry the filter; the files come from the same session.
  await page.goto(`/admin/registrations?period=${periodId}`);
  const exportGroup = page.getByRole("group", { name: "Export" });
  const csvHref = (await exportGroup.getByRole("link", { name: "Export CSV" }).getAttribute("href")) ?? "";
  expect(csvHref).toContain(`period=${periodId}`);
  const csv = await page.request.get(csvHref);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["cache-control"]).toBe("private, no-store");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="registrations-\d{4}-\d{2}-\d{2}\.csv"$/u);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toMatch(/^Organisation,Type,Country,ECOSOC status,Website,Status/u);
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"") <b>Partners ${stamp}</b>"`);
  expect(lines[1]).toContain(REPRESENTATIVE);

  const xlsxHref = (await exportGroup.getByRole("link", { name: "Export XLSX" }).getAttribute("href")) ?? "";
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from(await (await page.request.get(xlsxHref)).body()));
  const sheet = workbook.worksheets[0];
  expect(sheet?.getRow(2).getCell(1).value).toBe(`'${ORGANISATION}`);
  expect(sheet?.getRow(2).getCell(1).formula).toBeUndefined();

  const participantsHref = (await exportGroup.getByRole("link", { name: "Participant list (CSV)" }).getAttribute("href")) ?? "";
  const participants = (await (await page.request.get(participantsHref)).body()).subarray(3).toString("utf8").split("\r\n");
  expect(participants[0]).toBe("Name,Function,Organisation,Country,Email");
  expect(participants[1]).toContain(`${REPRESENTATIVE},,"'=HYPERLINK(""http://evil"") <b>Partners ${stamp}</b>",Egypt,rep-${stamp}@example.org`);

  // The public event page links to the Partners page, which shows the name as plain text.
  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await visitor.goto(`/en/events/${hearing.eventSlug}`);
  await visitor.getByRole("link", { name: "Partner organisations" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/en/events/${hearing.eventSlug}/partners$`, "u"));
  await expect(visitor.getByRole("heading", { level: 1, name: "Partners" })).toBeVisible();
  const partner = visitor.getByRole("table", { name: "Partner organisations" }).getByRole("row", { name: new RegExp(`Partners ${stamp}`, "u") });
  await expect(partner.getByRole("rowheader")).toHaveText(ORGANISATION);
  await expect(partner.getByRole("cell")).toHaveText(["Non-governmental organisation", "Egypt"]);
  await expect(visitor.locator("b", { hasText: `Partners ${stamp}` })).toHaveCount(0);
  await expect(visitor.getByText(CONTACT)).toHaveCount(0);
  await expectNoSeriousA11yViolations(visitor);
  await visitor.screenshot({ path: test.info().outputPath("partners.png"), fullPage: true });
  await visitor.context().close();
});

test("the Partners page of an event without partners says so, and a draft or unknown event is not found", async ({ browser }) => {
  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await visitor.goto("/en/events/hld-2006/partners");
  await expect(visitor.getByText("No partner organisations are listed for this event yet.")).toBeVisible();
  await visitor.goto("/en/events/hld-2006");
  await expect(visitor.getByRole("link", { name: "Partner organisations" })).toHaveCount(0);
  const missing = await visitor.goto(`/en/events/no-such-event-${stamp}/partners`);
  expect(missing?.status()).toBe(404);
  await visitor.context().close();
});

test("an anonymous request for an export is refused", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await context.request.get("/api/admin/registrations/export?format=csv");
  expect(response.status()).toBe(401);
  expect(await response.text()).not.toContain("@");
  await context.close();
});
