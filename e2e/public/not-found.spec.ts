import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";

for (const path of ["/en/no-such-page", "/en/events/no-such-event", "/en/meetings/no-such-meeting"]) {
  test(`${path} answers 404 with a page that helps`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Home page of the portal" })).toHaveAttribute("href", "/en");
    await expect(main.getByRole("link", { name: "Events and their meetings" })).toHaveAttribute("href", "/en/events");
    await expect(main.getByRole("link", { name: "Principal documents" })).toHaveAttribute("href", "/en/documents");
    await expect(main.getByRole("link", { name: "Participating States" })).toHaveAttribute("href", "/en/states");
    await expectNoSeriousA11yViolations(page);
  });
}

test("a file-like address outside the site gets the site's 404, readable without JavaScript and added to no cache", async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of [`/stray-${Date.now()}.html`, "/favicon.ico", "/wp-admin/setup.php"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Page not found");
  }
  await context.close();
  // The prerendered 404 itself, not a page rendered (and cached) for this address: a HIT at once.
  const fresh = await request.get(`/another-stray-${Date.now()}.pdf`);
  expect(fresh.status()).toBe(404);
  expect(fresh.headers()["x-nextjs-cache"]).toBe("HIT");
});
