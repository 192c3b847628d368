// The all-events Partners page (/{locale}/partners): an organisation registered on the public form,
// agreeing to be listed, and approved by staff appears under its event with its type and its
// country named in the page's language, and nothing personal. Set up through the product only.
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "../fixtures/admin-session";
import { createPublishedHearing, openRegistration, organisation, registerAndConfirm, unique } from "../fixtures/registration";
import { expectNoSeriousA11yViolations } from "./a11y";

const stamp = unique();
const registrant = organisation("Library partners", {
  name: `Réseau Migrations ${stamp}`,
  country: "FR",
  contactEmail: `partners-${stamp}@example.org`,
  representative: `rep-${stamp}@example.org`,
  listPublicly: true,
});

test("an approved, consenting organisation is listed under its event in every language, without personal data", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const staff = await signInAsAdmin(browser);
  const hearing = await createPublishedHearing(staff, stamp);
  const periodId = await openRegistration(staff, hearing.meetingId, {});
  await (await registerAndConfirm(browser, staff, hearing.slug, registrant)).context().close();
  await staff.goto(`/admin/registrations?period=${periodId}`);
  await staff.getByRole("table", { name: "Registrations" }).getByRole("row").filter({ hasText: registrant.name }).getByRole("link").first().click();
  await staff.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(staff.getByText("1 approved").first()).toBeVisible();
  await staff.context().close();

  const eventTitle = `E2E registration event ${stamp}`;
  await expect(async () => {
    await page.goto("/en/partners");
    await expect(page.getByRole("heading", { level: 2, name: eventTitle })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partners");
  const group = page.getByRole("region", { name: eventTitle });
  const row = group.getByRole("row", { name: new RegExp(registrant.name, "u") });
  await expect(row.getByRole("cell")).toHaveText(["Non-governmental organisation", "France"]);
  await expect(group.getByRole("link", { name: "Event page" })).toHaveAttribute("href", `/en/events/${hearing.eventSlug}`);
  const text = await page.getByRole("main").innerText();
  for (const personal of [registrant.contactEmail, registrant.representative, registrant.representativeName, "Amina Diallo"]) expect(text).not.toContain(personal);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/fr/partners");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partenaires");
  await expect(page.getByRole("row", { name: new RegExp(registrant.name, "u") }).getByRole("cell").last()).toHaveText("France");

  await page.goto("/ar/partners");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الشركاء");
  await expect(page.getByRole("row", { name: new RegExp(registrant.name, "u") }).getByRole("cell").last()).toHaveText("فرنسا");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/zh/partners");
  await expect(page.getByRole("row", { name: new RegExp(registrant.name, "u") }).getByRole("cell").last()).toHaveText("法国");
});
