// The documents library's filters: through the form (with and without JavaScript) and by URL, in
// several languages; canonical spellings sharing one cached page; invalid filters as a 404 that
// explains; the empty state. Seeded data only: the four principal documents and the HLD Series'
// agendas, background papers and report.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";

const SERIES = "hld-series-2012-2013";

test("filters chosen in the form land in the URL, keep their values and narrow the list", async ({ page }) => {
  await page.goto("/en/documents");
  const form = page.getByRole("form", { name: "Filter the documents" });
  await form.getByLabel("Type").selectOption({ label: "Reports" });
  await form.getByLabel("Language").selectOption("fr");
  await form.getByRole("button", { name: "Show documents" }).click();
  await expect(page).toHaveURL(/\/en\/documents\?kind=REPORT&language=fr&event=&year=$/u);
  await expect(form.getByLabel("Type")).toHaveValue("REPORT");
  await expect(form.getByLabel("Language")).toHaveValue("fr");
  await expect(page.getByText("Filtered by: Report, Français")).toBeVisible();
  await expect(page.getByText("1 document", { exact: true })).toBeVisible();
  const rows = page.getByRole("table", { name: "Other documents" }).getByRole("row", { name: /HLD Series Report/u });
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole("table", { name: "Principal documents" })).toHaveCount(0);
  await expect(page).toHaveTitle(/^Documents: Report, Français/u);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/en\/documents$/u);
  await expect(page.getByRole("table", { name: "Principal documents" })).toBeVisible();
});

test("the form works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/documents");
  await page.getByLabel("Event").selectOption(SERIES);
  await page.getByLabel("Type").selectOption("AGENDA");
  await page.getByRole("button", { name: "Show documents" }).click();
  await expect(page).toHaveURL(new RegExp(`kind=AGENDA&language=&event=${SERIES}&year=$`, "u"));
  await expect(page.getByText("6 documents", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Other documents" }).getByRole("row")).toHaveCount(7);
  await context.close();
});

test("filters given in the URL, in another language: French labels, dates and the principal documents only", async ({ page }) => {
  await page.goto("/fr/documents?kind=RESOLUTION");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByLabel("Type")).toHaveValue("RESOLUTION");
  await expect(page.getByText("Filtres : Résolution")).toBeVisible();
  const principal = page.getByRole("table", { name: "Documents principaux" });
  await expect(principal.locator("td.doc-symbol")).toHaveText(["A/RES/58/208", "A/RES/63/225", "A/RES/65/170"]);
  await expect(principal).toContainText("23 décembre 2003");
  await expectNoSeriousA11yViolations(page);
});

test("Arabic reads right to left with Western digits in counts and dates", async ({ page }) => {
  await page.goto("/ar/documents?language=en&event=hld-2006");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 2, name: "تصفية الوثائق" })).toBeVisible();
  await page.goto("/ar/documents?kind=RESOLUTION");
  await expect(page.getByRole("table", { name: "الوثائق الرئيسية" })).toContainText("23 ديسمبر 2003");
  expect(await page.getByRole("main").innerText()).not.toMatch(/[٠-٩]/u);
  await expectNoSeriousA11yViolations(page);
});

test("two spellings of the same filters are one cached page", async ({ request }) => {
  const canonical = "/en/documents?kind=BACKGROUND_PAPER&year=2013";
  await expect(async () => {
    expect((await request.get(canonical)).status()).toBe(200);
    const other = await request.get("/en/documents?year=2013&kind=background_paper&utm_source=newsletter");
    expect(other.status()).toBe(200);
    expect(other.headers()["x-nextjs-cache"]).toBe("HIT");
    // The internal canonical path is never advertised (next-intl's hreflang Link header did once).
    expect(other.headers()["link"] ?? "").not.toContain("/documents/f/");
    // The rewrite stays inside the server: an absolute target means Next proxied the request to
    // itself over HTTP, which failed now and then with ECONNRESET (a 500 "Internal Server Error").
    expect(other.headers()["x-middleware-rewrite"] ?? "").not.toMatch(/^https?:/u);
    expect(await other.text()).toContain("Background paper");
  }).toPass({ intervals: [200, 500, 1_000], timeout: 15_000 });
});

test("filters the library does not have are a 404 in the site's frame, never an error", async ({ page }) => {
  for (const address of ["/en/documents?kind=MEMO", "/en/documents?year=13", "/en/documents?page=0", "/en/documents?event=no-such-event", "/en/documents?page=2", "/en/documents/f/report/-/-/-/1"]) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), address).toHaveText("Page not found");
  }
  await page.getByRole("main").getByRole("link", { name: "Principal documents" }).click();
  await expect(page).toHaveURL(/\/en\/documents$/u);
  await page.goto("/fr/documents?kind=MEMO");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("a combination without documents says so and offers to clear the filters; one page needs no pagination", async ({ page }) => {
  await page.goto("/en/documents?kind=STATEMENT&year=2006");
  await expect(page.getByText("No documents match these filters.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Clear filters" }).first()).toHaveAttribute("href", "/en/documents");
  await expect(page.getByRole("navigation", { name: "Pages of results" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
