// The whole registration journey of issue 5, in a browser, through the product only: staff open
// registration on a fresh hearing (capacity 1 organisation, auto-promote on); two organisations
// register on the public form and confirm from links found in the staff Mail log; staff approve
// A, are refused B (no place) and waitlist it; A withdraws on its status page and B is promoted
// automatically. Then the non-objection stage of a company without ECOSOC status, and hostile
// text in an organisation name staying text in the staff table and detail.
//
// Public visitors are separate browser contexts without cookies; staff use the e2e admin.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createStaffUser, signInAs } from "../fixtures/staff-users";
import { venueMinute } from "../fixtures/venue-time";
import { expectNoSeriousA11yViolations } from "../public/a11y";

const HOUR_MS = 3_600_000;
let sequence = 0;

function unique(): string {
  sequence += 1;
  return `${Date.now().toString(36)}${sequence}`;
}

interface Hearing {
  eventId: string;
  meetingId: string;
  slug: string;
  title: string;
  periodId: string;
}

/** A fresh published event with a published interactive hearing, made through the console. */
async function createPublishedHearing(page: Page, stamp: string): Promise<Omit<Hearing, "periodId">> {
  const eventTitle = `E2E registration event ${stamp}`;
  await page.goto("/admin/events/new");
  await expect(async () => {
    await page.getByLabel("Title (English)").fill(eventTitle);
    await expect(page.getByLabel("Page address")).not.toHaveValue("", { timeout: 1_000 });
  }).toPass();
  await page.getByLabel("Year").fill("2027");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(/\/admin\/events\/[a-z0-9]{20,}$/u);
  const eventId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Event published. The public page shows it now.")).toBeVisible();

  const title = `E2E hearing ${stamp}`;
  await page.getByRole("link", { name: "Add a meeting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New meeting" })).toBeVisible();
  await expect(async () => {
    await page.getByLabel("Title (English)").fill(title);
    await expect(page.getByLabel("Page address")).not.toHaveValue("", { timeout: 1_000 });
  }).toPass();
  await page.getByLabel("Kind").selectOption({ label: "Interactive hearing" });
  await page.getByLabel("Starts").fill("2027-10-04T10:00");
  await page.getByLabel("Ends").fill("2027-10-04T13:00");
  const slug = await page.getByLabel("Page address").inputValue();
  await page.getByRole("button", { name: "Create meeting" }).click();
  await expect(page).toHaveURL(/\/admin\/meetings\/[a-z0-9]{20,}$/u);
  const meetingId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText(/Meeting published/u)).toBeVisible();
  return { eventId, meetingId, slug, title };
}

/** Opens registration from the hearing's edit page: open since an hour ago, for a week. */
async function openRegistration(page: Page, meetingId: string, settings: { capacityOrganisations?: number; autoPromote?: boolean }): Promise<string> {
  await page.goto(`/admin/meetings/${meetingId}`);
  const section = page.getByRole("region", { name: "Registration" });
  await expect(section.getByText("Registration is not open for this hearing.")).toBeVisible();
  await section.getByRole("link", { name: "Open registration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open registration" })).toBeVisible();
  const timeZone = (await page.locator("#period-zone strong").textContent())?.trim() ?? "";
  expect(timeZone).not.toBe("");
  await page.getByLabel(/^Opens/u).fill(venueMinute(Date.now() - HOUR_MS, timeZone));
  await page.getByLabel(/^Closes/u).fill(venueMinute(Date.now() + 7 * 24 * HOUR_MS, timeZone));
  if (settings.capacityOrganisations !== undefined) await page.getByLabel("Capacity in organisations").fill(String(settings.capacityOrganisations));
  if (settings.autoPromote) await page.getByLabel("Promote from the waitlist automatically").check();
  await page.getByRole("button", { name: "Open registration" }).click();
  await page.waitForURL(/\/admin\/registrations\/periods\/[a-z0-9]{20,}$/u);
  await expect(page.getByText("Registration opened.").first()).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

interface Organisation {
  name: string;
  type: "NGO" | "PRIVATE_SECTOR";
  ecosoc: "SPECIAL" | "NONE";
  country: string;
  contactEmail: string;
  representative: string;
}

function organisation(label: string, overrides: Partial<Organisation> = {}): Organisation {
  const stamp = unique();
  return {
    name: `${label} ${stamp}`,
    type: "NGO",
    ecosoc: "SPECIAL",
    country: "FR",
    contactEmail: `contact-${stamp}@example.org`,
    representative: `rep-${stamp}@example.org`,
    ...overrides,
  };
}

async function anonymousPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

/** Fills and sends the public form as a person would (the form refuses a submit within 3 s). */
async function registerOnPublicForm(page: Page, slug: string, org: Organisation): Promise<void> {
  await page.goto(`/en/meetings/${slug}/register`);
  const started = Date.now();
  await page.locator('[name="organisation.name"]').fill(org.name);
  await page.locator('[name="organisation.type"]').selectOption(org.type);
  await page.locator('[name="organisation.countryCode"]').selectOption(org.country);
  await page.locator('[name="organisation.website"]').fill("https://example.org");
  await page.locator('[name="organisation.ecosocStatus"]').selectOption(org.ecosoc);
  await page.locator('[name="organisation.description"]').fill("An organisation working on migration and development in several regions.");
  await page.locator('[name="contact.name"]').fill("Amina Diallo");
  await page.locator('[name="contact.email"]').fill(org.contactEmail);
  await page.locator('[name="representatives.0.name"]').fill("Jean Martin");
  await page.locator('[name="representatives.0.email"]').fill(org.representative);
  const english = page.locator('input[name="language"][value="en"]');
  if (!(await english.isChecked())) await english.check();
  await page.locator('[name="privacyConsent"]').check();
  const wait = 3_500 - (Date.now() - started);
  if (wait > 0) await page.waitForTimeout(wait);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** Opens the newest message to `recipient` whose subject matches, in the staff Mail log. */
async function openMail(staff: Page, recipient: string, subject: RegExp): Promise<void> {
  await expect(async () => {
    await staff.goto(`/admin/mail?q=${encodeURIComponent(recipient)}`);
    await expect(staff.getByRole("link", { name: subject }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await staff.getByRole("link", { name: subject }).first().click();
  await staff.waitForURL(/\/admin\/mail\/[a-z0-9]{20,}$/u);
  await expect(staff.getByRole("heading", { level: 1, name: subject })).toBeVisible();
}

/** The confirmation link of `recipient`'s held "Confirm your registration" message (path only). */
async function confirmationPath(staff: Page, recipient: string): Promise<string> {
  await openMail(staff, recipient, /Confirm your registration/u);
  // The plain-text body shows the link as a link; the registrant follows it in their own browser.
  const href = await staff.locator('main a[href*="/registration/confirm/"]').first().getAttribute("href");
  const match = /\/[a-z]{2}\/registration\/confirm\/[A-Za-z0-9_-]{43}$/u.exec(new URL(href ?? "", staff.url()).pathname);
  expect(match, "a confirmation link in the message body").not.toBeNull();
  return match?.[0] ?? "";
}

/** Registers `org` and confirms it from the Mail log; returns the registrant's page on its status page. */
async function registerAndConfirm(browser: Browser, staff: Page, slug: string, org: Organisation): Promise<Page> {
  const visitor = await anonymousPage(browser);
  await registerOnPublicForm(visitor, slug, org);
  const path = await confirmationPath(staff, org.contactEmail);
  await visitor.goto(path);
  await visitor.getByRole("button", { name: "Confirm my email address" }).click();
  await visitor.waitForURL(/\/en\/registration\/status/u);
  await expect(visitor.getByRole("heading", { level: 1, name: "Your registration" })).toBeVisible();
  await expect(visitor.getByText(org.name).first()).toBeVisible();
  return visitor;
}

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
