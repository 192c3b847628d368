// Exports and the public Partners page, through the product only: staff open registration on a
// fresh hearing; an organisation with a hostile name registers (agreeing to be listed) and is
// approved; the export links of the staff list download a CSV with a BOM and an XLSX where the
// name is neutralised; the participant list holds its representative; the event's public page
// links to its Partners page, which shows the name as text.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { venueMinute } from "../fixtures/venue-time";
import { expectNoSeriousA11yViolations } from "../public/a11y";

const HOUR_MS = 3_600_000;
const stamp = Date.now().toString(36);
const ORGANISATION = `=HYPERLINK("http://evil") <b>Partners ${stamp}</b>`;
const CONTACT = `contact-${stamp}@example.org`;
const REPRESENTATIVE = "Fatima Al-Zahra 王";

async function createEventWithHearing(page: Page): Promise<{ eventId: string; eventSlug: string; meetingId: string; meetingSlug: string }> {
  await page.goto("/admin/events/new");
  await expect(async () => {
    await page.getByLabel("Title (English)").fill(`E2E partners event ${stamp}`);
    await expect(page.getByLabel("Page address")).not.toHaveValue("", { timeout: 1_000 });
  }).toPass();
  const eventSlug = await page.getByLabel("Page address").inputValue();
  await page.getByLabel("Year").fill("2027");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(/\/admin\/events\/[a-z0-9]{20,}$/u);
  const eventId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Event published. The public page shows it now.")).toBeVisible();
  await page.getByRole("link", { name: "Add a meeting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New meeting" })).toBeVisible();
  await expect(async () => {
    await page.getByLabel("Title (English)").fill(`E2E partners hearing ${stamp}`);
    await expect(page.getByLabel("Page address")).not.toHaveValue("", { timeout: 1_000 });
  }).toPass();
  await page.getByLabel("Kind").selectOption({ label: "Interactive hearing" });
  await page.getByLabel("Starts").fill("2027-10-04T10:00");
  await page.getByLabel("Ends").fill("2027-10-04T13:00");
  const meetingSlug = await page.getByLabel("Page address").inputValue();
  await page.getByRole("button", { name: "Create meeting" }).click();
  await expect(page).toHaveURL(/\/admin\/meetings\/[a-z0-9]{20,}$/u);
  const meetingId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText(/Meeting published/u)).toBeVisible();
  return { eventId, eventSlug, meetingId, meetingSlug };
}

async function openRegistration(page: Page, meetingId: string): Promise<string> {
  await page.goto(`/admin/meetings/${meetingId}`);
  await page.getByRole("region", { name: "Registration" }).getByRole("link", { name: "Open registration" }).click();
  const timeZone = (await page.locator("#period-zone strong").textContent())?.trim() ?? "America/New_York";
  await page.getByLabel(/^Opens/u).fill(venueMinute(Date.now() - HOUR_MS, timeZone));
  await page.getByLabel(/^Closes/u).fill(venueMinute(Date.now() + 7 * 24 * HOUR_MS, timeZone));
  await page.getByRole("button", { name: "Open registration" }).click();
  await page.waitForURL(/\/admin\/registrations\/periods\/[a-z0-9]{20,}$/u);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

async function registerAndConfirm(browser: Browser, staff: Page, slug: string): Promise<void> {
  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await visitor.goto(`/en/meetings/${slug}/register`);
  const started = Date.now();
  await visitor.locator('[name="organisation.name"]').fill(ORGANISATION);
  await visitor.locator('[name="organisation.type"]').selectOption("NGO");
  await visitor.locator('[name="organisation.countryCode"]').selectOption("EG");
  await visitor.locator('[name="organisation.ecosocStatus"]').selectOption("SPECIAL");
  await visitor.locator('[name="organisation.description"]').fill("An organisation working on migration and development in several regions.");
  await visitor.locator('[name="contact.name"]').fill("Amina Diallo");
  await visitor.locator('[name="contact.email"]').fill(CONTACT);
  await visitor.locator('[name="representatives.0.name"]').fill(REPRESENTATIVE);
  await visitor.locator('[name="representatives.0.email"]').fill(`rep-${stamp}@example.org`);
  const english = visitor.locator('input[name="language"][value="en"]');
  if (!(await english.isChecked())) await english.check();
  await visitor.locator('[name="privacyConsent"]').check();
  await visitor.locator('[name="publicListingConsent"]').check();
  const wait = 3_500 - (Date.now() - started);
  if (wait > 0) await visitor.waitForTimeout(wait);
  await visitor.getByRole("button", { name: "Register" }).click();
  await expect(visitor.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(async () => {
    await staff.goto(`/admin/mail?q=${encodeURIComponent(CONTACT)}`);
    await expect(staff.getByRole("link", { name: /Confirm your registration/u }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await staff.getByRole("link", { name: /Confirm your registration/u }).first().click();
  // The message's own page (the list also shows the recipient, so wait for its heading).
  await expect(staff.getByRole("heading", { level: 1, name: /Confirm your registration/u })).toBeVisible();
  const path = /\/[a-z]{2}\/registration\/confirm\/[A-Za-z0-9_-]{43}/u.exec(await staff.content())?.[0] ?? "";
  expect(path, "a confirmation link in the message").not.toBe("");
  await visitor.goto(path);
  await visitor.getByRole("button", { name: "Confirm my email address" }).click();
  await visitor.waitForURL(/\/en\/registration\/status/u);
  await visitor.context().close();
}

test("staff export the approved organisation cleanly and the public Partners page lists it as text", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const hearing = await createEventWithHearing(page);
  const periodId = await openRegistration(page, hearing.meetingId);
  await registerAndConfirm(browser, page, hearing.meetingSlug);

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
