import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";

test("the root redirects to the English home page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});

test("the home page shows the process profile", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("High-Level Dialogue on International Migration and Development");

  const facts = page.getByRole("region", { name: "About the process" });
  await expect(facts.getByRole("definition").nth(1)).toHaveText("2006");
  await expect(facts).toContainText("Established");
  await expect(facts).toContainText("UN DESA Population Division");
  await expect(facts.getByRole("list").first().getByRole("listitem")).toHaveText(["CSOs", "Private Sector organizations"]);
  await expect(facts).toContainText("None listed.");

  const focus = page.getByRole("region", { name: "Current focus" }).getByRole("listitem");
  await expect(focus).toHaveCount(9);
  await expect(focus.first()).toHaveText("Migration and Development");
  await expect(focus.last()).toHaveText("Migration partnerships and cooperation");

  await expect(page.getByRole("region", { name: "Objectives" })).toContainText("resolution 58/208");
  await expectNoSeriousA11yViolations(page);
});

test("the home page links to the events, and a skip link reaches the main content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await page.getByRole("link", { name: "All events" }).click();
  await expect(page).toHaveURL(/\/en\/events$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Events" })).toHaveAttribute("aria-current", "page");
});

test("the home page shows the profile in French and in Arabic (right to left), with per-language metadata", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 2, name: "Événements" })).toBeVisible();
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Le Dialogue de haut niveau sur les migrations internationales/u);
  await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute("href", /\/ar$/u);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^الحوار الرفيع المستوى/u);
  expect(await page.getByRole("main").innerText()).not.toMatch(/[٠-٩]/u);
  await expectNoSeriousA11yViolations(page);
});
