import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";

test("the documents page lists the principal documents by symbol", async ({ page }) => {
  await page.goto("/en/documents");
  const principal = page.getByRole("table", { name: "Principal documents" });
  await expect(principal.getByRole("row").locator("td.doc-symbol")).toHaveText(["A/67/254", "A/RES/58/208", "A/RES/63/225", "A/RES/65/170"]);
  await expect(principal.getByRole("row", { name: /resolution 58\/208/u })).toContainText("23 December 2003");
  await expect(principal.getByRole("row", { name: /report of the Secretary-General/u })).toContainText("Not yet available");
  await expectNoSeriousA11yViolations(page);
});

test("a document issued in languages without files lists each by its own name as not yet available, never another file", async ({ page }) => {
  await page.goto("/en/documents");
  const reports = page.getByRole("table", { name: "Reports" });
  const report = reports.getByRole("row", { name: /HLD Series Report/u });
  await expect(report.getByRole("listitem")).toHaveText(["English: not yet available", "Français: not yet available", "Español: not yet available"]);
  // Each name is marked with its language (and direction), so screen readers pronounce it right.
  const names = report.getByRole("listitem").locator("span[lang]");
  await expect(names).toHaveText(["English", "Français", "Español"]);
  expect(await names.evaluateAll((spans) => spans.map((span) => `${span.getAttribute("lang")}/${span.getAttribute("dir")}`))).toEqual([
    "en/ltr",
    "fr/ltr",
    "es/ltr",
  ]);
  // The only link is the event the report belongs to: no download stands in for a missing file.
  await expect(report.getByRole("link")).toHaveText(["2013 High-Level Dialogue on International Migration and Development Series"]);
  await expectNoSeriousA11yViolations(page);
});

test("the stable download address is never redirected to a locale", async ({ request }) => {
  const response = await request.get("/files/no-such-document/fr", { maxRedirects: 0 });
  // An unknown document is a plain 404 at that address, not next-intl's redirect to /en/files/….
  expect(response.status()).toBe(404);
  expect(response.headers().location).toBeUndefined();
});
