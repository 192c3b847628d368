// The whole registration journey of issue 5, in a browser, through the product only: staff open
// registration on a fresh hearing (capacity 1 organisation, auto-promote on); two organisations
// register on the public form and confirm from links found in the staff Mail log; staff approve
// A, are refused B (no place) and waitlist it; A withdraws on its status page and B is promoted
// automatically. Then the non-objection stage of a company without ECOSOC status, and hostile
// text in an organisation name staying text in the staff table and detail.
//
// Public visitors are separate browser contexts without cookies; staff use the e2e admin.
import { expect, test, type Page } from "@playwright/test";
import { createStaffUser, signInAs } from "../fixtures/staff-users";
import { anonymousPage, createPublishedHearing, openMail, openRegistration, organisation, registerAndConfirm, registerOnPublicForm, unique } from "../fixtures/registration";
import { expectNoSeriousA11yViolations } from "../public/a11y";

async function staffList(staff: Page, periodId: string): Promise<void> {
  await staff.goto(`/admin/registrations?period=${periodId}`);
  await expect(staff.getByRole("table", { name: "Registrations" })).toBeVisible();
}

function row(staff: Page, name: string) {
  return staff.getByRole("table", { name: "Registrations" }).getByRole("row").filter({ hasText: name });
}

test("an organisation registers, confirms from the Mail log, is approved and withdraws; the waitlisted one is promoted", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = unique();
  const hearing = await createPublishedHearing(page, stamp);
  const periodId = await openRegistration(page, hearing.meetingId, { capacityOrganisations: 1, autoPromote: true });
  await expect(page.getByText("0 / 1").first()).toBeVisible();

  const a = organisation("Open Borders Collective");
  const b = organisation("Migrant Voices Network", { country: "SN" });
  const visitorA = await registerAndConfirm(browser, page, hearing.slug, a);
  await expect(visitorA.getByRole("heading", { name: "Status: Under review" })).toBeVisible();
  const visitorB = await registerAndConfirm(browser, page, hearing.slug, b);

  // Staff approve A from its page; the approval email is written at once.
  await staffList(page, periodId);
  await expect(row(page, a.name).getByText("Submitted")).toBeVisible();
  await row(page, a.name).getByRole("link", { name: a.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: a.name })).toBeVisible();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("1 approved").first()).toBeVisible();
  await openMail(page, a.contactEmail, /Registration approved/u);

  // B does not fit: bulk approve is refused with the reason, then B is waitlisted.
  await staffList(page, periodId);
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", `/api/admin/registrations/export?format=csv&period=${periodId}`);
  await expect(page.getByRole("link", { name: "Participant list (XLSX)" })).toHaveAttribute("href", `/api/admin/registrations/participants?period=${periodId}&format=xlsx`);
  await row(page, b.name).getByRole("checkbox", { name: `Select ${b.name}` }).check();
  await expect(page.getByText("1 selected")).toBeVisible();
  await page.getByRole("group", { name: "Selected registrations" }).getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("1 refused").first()).toBeVisible();
  await expect(page.getByText(new RegExp(`${b.name}: No place left`, "u"))).toBeVisible();
  await row(page, b.name).getByRole("checkbox", { name: `Select ${b.name}` }).check();
  await page.getByRole("group", { name: "Selected registrations" }).getByRole("button", { name: "Waitlist" }).click();
  await expect(page.getByText("1 waitlisted").first()).toBeVisible();
  await expect(row(page, b.name).getByText("Waitlisted")).toBeVisible();

  // A withdraws on its status page; its place goes to B automatically.
  await visitorA.reload();
  await expect(visitorA.getByRole("heading", { name: "Status: Approved" })).toBeVisible();
  await visitorA.getByText("Withdraw our registration", { exact: true }).click();
  await visitorA.getByRole("button", { name: "Yes, withdraw our registration" }).click();
  await expect(visitorA.getByRole("heading", { name: "Status: Withdrawn" })).toBeVisible();

  await staffList(page, periodId);
  await expect(row(page, a.name).getByText("Withdrawn")).toBeVisible();
  await expect(row(page, b.name).getByText("Approved")).toBeVisible();
  await visitorB.reload();
  await expect(visitorB.getByRole("heading", { name: "Status: Approved" })).toBeVisible();
  await openMail(page, b.contactEmail, /Registration approved/u);

  await visitorA.context().close();
  await visitorB.context().close();
});

test("a company without ECOSOC status can be approved only once no objection is recorded", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const hearing = await createPublishedHearing(page, unique());
  const periodId = await openRegistration(page, hearing.meetingId, {});
  await expectNoSeriousA11yViolations(page);
  // The settings are saved from the period page (version-checked on the server).
  await page.getByLabel("Representatives per organisation").fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Representatives per organisation")).toHaveValue("2");
  const company = organisation("Acme Remittances Ltd", { type: "PRIVATE_SECTOR", ecosoc: "NONE", country: "KE" });
  const visitor = await registerAndConfirm(browser, page, hearing.slug, company);

  await staffList(page, periodId);
  await expect(row(page, company.name).getByText("Awaiting Member States")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await row(page, company.name).getByRole("link", { name: company.name }).click();
  const stage = page.getByRole("region", { name: "Non-objection" });
  await expect(stage.getByText("Awaiting Member States")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("1 refused").first()).toBeVisible();
  await expect(page.getByText(new RegExp(`${company.name}: `, "u"))).toBeVisible();

  // A staff note, kept on the registration (never shown to the registrant).
  await page.getByLabel("New note").fill("Mission of Kenya consulted by phone.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("region", { name: "Notes" }).getByText("Mission of Kenya consulted by phone.")).toBeVisible();
  await expect(page.getByLabel("New note")).toHaveValue("");

  await stage.getByRole("button", { name: "Record no objection" }).click();
  await page.getByRole("dialog", { name: "Record no objection?" }).getByRole("button", { name: "Record no objection" }).click();
  await expect(stage.getByText("No objection", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("1 approved").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Decision" }).getByText("Approved").first()).toBeVisible();
  await visitor.context().close();
});

test("hostile text in an organisation name is shown as text in the staff table and detail", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const hearing = await createPublishedHearing(page, unique());
  const periodId = await openRegistration(page, hearing.meetingId, {});
  const hostile = organisation(`<img src=x onerror=alert(1)> =HYPERLINK("https://evil.example","x")`);
  const visitor = await anonymousPage(browser);
  await registerOnPublicForm(visitor, hearing.slug, hostile);
  await visitor.context().close();

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await staffList(page, periodId);
  const link = row(page, hostile.name).getByRole("link", { name: hostile.name });
  await expect(link).toHaveText(hostile.name);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostile.name);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("an editor is not shown registrations", async ({ page, browser }) => {
  const editor = await createStaffUser(page, { role: "EDITOR" });
  const editorPage = await signInAs(browser, editor);
  await expect(editorPage.getByRole("navigation").getByRole("link", { name: "Registrations" })).toHaveCount(0);
  await expect(editorPage.getByRole("navigation").getByRole("link", { name: "Mail log" })).toHaveCount(0);
  await editorPage.goto("/admin/registrations");
  await expect(editorPage.getByText("Your role does not allow you to see registrations.", { exact: false })).toBeVisible();
  await expect(editorPage.getByRole("table", { name: "Registrations" })).toHaveCount(0);
  await editorPage.context().close();
});
