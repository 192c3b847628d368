import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";

test("the events page lists the events in date order", async ({ page }) => {
  await page.goto("/en/events");
  const titles = page.getByRole("main").getByRole("listitem").getByRole("heading");
  await expect(titles).toHaveText([
    "2006 High-Level Dialogue on International Migration and Development",
    "2013 High-Level Dialogue on International Migration and Development Series",
    /2013 High-Level Dialogue on International Migration and Development$/u,
  ]);
  await expectNoSeriousA11yViolations(page);
});

test("the HLD Series page lists its six roundtables in date order and its report as not yet available", async ({ page }) => {
  await page.goto("/en/events/hld-series-2012-2013");
  const meetings = page.getByRole("region", { name: "Meetings" }).getByRole("heading", { level: 3 });
  await expect(meetings).toHaveText([
    "HLD Series roundtable, 12 October 2012",
    "HLD Series roundtable, 24 January 2013",
    "HLD Series roundtable, 20 February 2013",
    "HLD Series roundtable, 23 April 2013",
    "HLD Series roundtable, 7 June 2013",
    "HLD Series roundtable, 17 September 2013",
  ]);
  const report = page.getByRole("region", { name: "Documents" }).getByRole("row", { name: /HLD Series Report/u });
  await expect(report.getByRole("cell").first()).toHaveText("Report");
  // The source announces the report in three languages before any file exists.
  await expect(report.getByRole("listitem")).toHaveText([
    "English: not yet available",
    "Français: not yet available",
    "Español: not yet available",
  ]);
  await expect(report.getByRole("link")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("a roundtable page shows its date, an agenda notice and its documents as not yet available", async ({ page }) => {
  await page.goto("/en/events/hld-series-2012-2013");
  await page.getByRole("link", { name: "HLD Series roundtable, 24 January 2013" }).click();
  await expect(page).toHaveURL(/\/en\/meetings\/hld-series-roundtable-2013-01-24$/u);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("HLD Series roundtable, 24 January 2013");
  await expect(page.locator("dt:text-is('Date') + dd")).toHaveText("Thursday, 24 January 2013");
  await expect(page.getByText("The agenda is not yet available.")).toBeVisible();

  const documents = page.getByRole("region", { name: "Documents" });
  for (const title of ["Agenda", "Background paper"]) {
    const row = documents.getByRole("row", { name: new RegExp(`^${title}`, "u") });
    await expect(row).toContainText("Not yet available");
  }
  await expect(documents.getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("2013 High-Level Dialogue on International Migration and Development Series");
  await expectNoSeriousA11yViolations(page);
});

test("an undated 2006 meeting shows its event's year", async ({ page }) => {
  await page.goto("/en/events/hld-2006");
  const meetings = page.getByRole("region", { name: "Meetings" }).getByRole("listitem");
  await expect(meetings).toHaveCount(8);
  await meetings.first().getByRole("link").click();
  await expect(page.locator("dt:text-is('Date') + dd")).toHaveText("2006 (exact date not stated)");
  await expectNoSeriousA11yViolations(page);
});

test("a meeting page in French, Arabic and Chinese writes the date in that language", async ({ page }) => {
  const meeting = "/meetings/hld-series-roundtable-2013-01-24";
  for (const [locale, label, date] of [
    ["fr", "Date", "jeudi 24 janvier 2013"],
    ["ar", "التاريخ", "الخميس، 24 يناير 2013"],
    ["zh", "日期", "2013年1月24日星期四"],
  ] as const) {
    await page.goto(`/${locale}${meeting}`);
    await expect(page.locator(`dt:text-is('${label}') + dd`), locale).toHaveText(date);
    await expect(page.locator('meta[name="description"]'), locale).toHaveAttribute("content", /.+/u);
  }
  await expectNoSeriousA11yViolations(page);
});

test("a meeting page prints as a clean agenda: no site header, navigation, footer or breadcrumbs", async ({ page }) => {
  await page.goto("/en/meetings/hld-series-roundtable-2013-01-24");
  await page.emulateMedia({ media: "print" });
  for (const hidden of [page.getByRole("banner"), page.getByRole("contentinfo"), page.getByRole("navigation", { name: "Breadcrumb" })]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Agenda" })).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
});
