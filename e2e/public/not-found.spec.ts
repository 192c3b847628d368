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
