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
