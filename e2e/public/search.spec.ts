// The public search as a visitor uses it: from the header with the keyboard only, filters kept in
// the URL, matches highlighted as <mark> (hostile input stays text), without JavaScript, in French
// and in Arabic (right to left), and a staff publication findable within seconds. Seeded data:
// the HLD 2006 and 2013 events with their meetings and documents (prisma/seed/events.ts).
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "../fixtures/admin-session";
import { createDraftMeeting, deleteMeeting } from "../fixtures/draft-meetings";
import { expectNoSeriousA11yViolations } from "./a11y";

const main = (page: import("@playwright/test").Page) => page.getByRole("main");

test("searching from the header with the keyboard only finds highlighted results", async ({ page }) => {
  await page.goto("/en");
  const box = page.getByRole("searchbox", { name: "Search the portal" });
  for (let presses = 0; presses < 30 && !(await box.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(box).toBeFocused();
  await page.keyboard.type("resolution");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=resolution$/u);
  await expect(main(page).getByRole("status")).toContainText("for “resolution”");
  const firstTitle = main(page).locator(".search-result__title a").first();
  await expect(firstTitle).toContainText(/resolution/iu);
  await expect(firstTitle.locator("mark").first()).toHaveText(/resolution/iu);
  await page.screenshot({ path: "test-results/search-en.png", fullPage: true });
  await expectNoSeriousA11yViolations(page);
});

test("answers with a short shared-cache Cache-Control, and exact UN symbols come first", async ({ page }) => {
  const response = await page.goto("/en/search?q=A%2F67%2F254");
  const cacheControl = response?.headers()["cache-control"] ?? "";
  expect(cacheControl).toContain("public");
  expect(cacheControl).toContain("s-maxage=60");
  expect(cacheControl).not.toContain("private");
  await expect(main(page).locator(".search-result").first().locator(".search-result__symbol")).toHaveText("A/67/254");
});

test("filters are a GET form kept in the URL and in the controls", async ({ page }) => {
  await page.goto("/en/search?q=migration");
  await page.getByLabel("Type").selectOption({ label: "Document" });
  await page.getByLabel("Event").selectOption("hld-2013");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]type=DOCUMENT/u);
  await expect(page).toHaveURL(/[?&]event=hld-2013/u);
  await expect(page.getByLabel("Type")).toHaveValue("DOCUMENT");
  await expect(page.getByLabel("Event")).toHaveValue("hld-2013");
  await expect(page.getByLabel("Search terms")).toHaveValue("migration");
  const types = await main(page).locator(".search-result__meta > span:first-child").allTextContents();
  expect(types.length).toBeGreaterThan(0);
  expect(new Set(types)).toEqual(new Set(["Document"]));
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=migration$/u);
  // A bad filter is explained, not an error page.
  const response = await page.goto("/en/search?q=migration&year=abc&type=PERSON");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("one of the filters is not valid; it was ignored.")).toBeVisible();
});

test("hostile queries stay text, and nothing found explains what to try", async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent('<img src=x onerror="window.pwned=1"> zzyzxqq')}`);
  await expect(page.getByRole("heading", { name: "No results" })).toBeVisible();
  await expect(main(page).getByRole("status")).toContainText('<img src=x onerror="window.pwned=1"> zzyzxqq');
  await expect(main(page).locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await page.goto("/en/search");
  await expect(page.getByText("Type one or more words, or a document symbol such as A/68/190.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form submits and the results render", async ({ page }) => {
    await page.goto("/en/search");
    await page.getByLabel("Search terms").fill("round table");
    await main(page).getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=round\+table/u);
    await expect(main(page).locator(".search-result mark").first()).toBeVisible();
  });
});

test("French and Arabic pages: translated, Arabic right to left, other-language results labelled", async ({ page }) => {
  await page.goto("/fr/search?q=migrations");
  await expect(page.getByRole("heading", { level: 1, name: "Recherche" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const english = main(page).locator(".search-result").first();
  await expect(english.locator(".search-result__title a")).toHaveAttribute("lang", "en");
  await expect(english.getByText("En English")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/search-fr.png", fullPage: true });

  await page.goto(`/ar/search?q=${encodeURIComponent("migration")}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "البحث" })).toBeVisible();
  await expect(page.getByLabel("عبارات البحث")).toHaveValue("migration");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/search-ar.png", fullPage: true });
});

test("a meeting staff publish is findable within seconds, never while it is a draft", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const word = `quetzal${Date.now().toString(36)}`;
  const staff = await signInAsAdmin(browser);
  const meeting = await createDraftMeeting(staff, `Round table ${word}`);
  try {
    await page.goto(`/en/search?q=${word}`);
    await expect(page.getByRole("heading", { name: "No results" })).toBeVisible();
    await staff.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(staff.getByText("Meeting published. The public page shows it now.")).toBeVisible();
    const published = Date.now();
    await expect(async () => {
      await page.goto(`/en/search?q=${word}`);
      await expect(main(page).getByRole("link", { name: `Round table ${word}` })).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 15_000 });
    expect(Date.now() - published).toBeLessThan(15_000);
    await expect(main(page).getByRole("link", { name: `Round table ${word}` })).toHaveAttribute("href", `/en/meetings/${meeting.slug}`);
  } finally {
    await deleteMeeting(staff, meeting);
    await staff.context().close();
  }
});
