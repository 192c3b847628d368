// axe on every public page in every public language (issue 6, point 7): no serious or critical
// WCAG 2.1 A/AA violation. One test per language walks the pages with one browser page. The
// meeting page shows an agenda and the register page needs an open hearing: beforeAll makes
// one through the console (an agenda item included).
import { expect, type Page, test } from "@playwright/test";
import { PUBLIC_LOCALES } from "../../lib/i18n/routing";
import { expectNoSeriousA11yViolations } from "./a11y";
import { type OpenHearing, openHearing, signInAsAdmin } from "./registration-helpers";

let hearing: OpenHearing;
let staff: Page;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  staff = await signInAsAdmin(browser);
  hearing = await openHearing(staff, `A11y hearing ${Date.now()}`);
  await staff.goto(`/admin/meetings/${hearing.id}/agenda`);
  await staff.getByRole("button", { name: "Add item", exact: true }).click();
  await staff.getByLabel("Title (English)").last().fill("Opening of the hearing");
  await staff.getByRole("button", { name: "Save agenda" }).click();
  await expect(staff.getByText("Agenda saved.")).toBeVisible();
});

test.afterAll(async () => {
  await staff?.context().close();
});

/** Locale-less paths and the status each answers with. */
function publicPages(): { path: string; status: number }[] {
  return [
    { path: "", status: 200 },
    { path: "/events", status: 200 },
    { path: "/events/hld-2013", status: 200 },
    { path: `/meetings/${hearing.slug}`, status: 200 },
    { path: "/documents", status: 200 },
    { path: "/documents?year=2013", status: 200 },
    { path: "/documents/symbol/A/RES/65/170", status: 200 },
    { path: "/states", status: 200 },
    { path: "/partners", status: 200 },
    { path: "/search?q=migration", status: 200 },
    { path: `/meetings/${hearing.slug}/register`, status: 200 },
    { path: "/events/no-such-event", status: 404 },
    { path: "/no-such-page", status: 404 },
  ];
}

for (const locale of PUBLIC_LOCALES) {
  test(`every public page in ${locale} has no serious accessibility violation`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const { path, status } of publicPages()) {
      await test.step(`/${locale}${path}`, async () => {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), `/${locale}${path}`).toBe(status);
        await expectNoSeriousA11yViolations(page);
      });
    }
  });
}
