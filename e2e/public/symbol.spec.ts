// A principal document's own page by its UN symbol, in several languages, and the 404 for a symbol
// no public document has.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";

test("a principal document's page shows its title, symbol, date, description and languages", async ({ page }) => {
  await page.goto("/en/documents");
  await page.getByRole("link", { name: "A/RES/58/208" }).click();
  await expect(page).toHaveURL(/\/en\/documents\/symbol\/A\/RES\/58\/208$/u);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("General Assembly resolution 58/208");
  await expect(page.getByText("Principal document", { exact: true })).toBeVisible();
  await expect(page.locator("dt:text-is('Symbol') + dd")).toHaveText("A/RES/58/208");
  await expect(page.locator("dt:text-is('Type') + dd")).toHaveText("Resolution");
  await expect(page.locator("dt:text-is('Date of issue') + dd")).toHaveText("23 December 2003");
  await expect(page.getByRole("region", { name: "Files by language" })).toBeVisible();
  await expect(page).toHaveTitle(/^A\/RES\/58\/208 · General Assembly resolution 58\/208/u);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/documents\/symbol\/A\/RES\/58\/208$/u);
  await expectNoSeriousA11yViolations(page);
});

test("the same page in French and Arabic formats the date in each language", async ({ page }) => {
  await page.goto("/fr/documents/symbol/A/RES/58/208");
  await expect(page.locator("dt:text-is('Date de publication') + dd")).toHaveText("23 décembre 2003");
  await page.goto("/ar/documents/symbol/A/RES/58/208");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("dt:text-is('تاريخ الإصدار') + dd")).toHaveText("23 ديسمبر 2003");
  // The symbol keeps its left-to-right order inside the Arabic page.
  await expect(page.locator("dt:text-is('الرمز') + dd")).toHaveAttribute("dir", "ltr");
  await expectNoSeriousA11yViolations(page);
});

test("a symbol no public document has is a 404 that points to the documents", async ({ page }) => {
  const response = await page.goto("/en/documents/symbol/A/RES/99/999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("main").getByRole("link", { name: "Principal documents" }).click();
  await expect(page).toHaveURL(/\/en\/documents$/u);
});
