// The staff Mail log (issue 5, point 7) with a message made through the product: a registration on
// the public form writes its confirmation email, which is held (no mail server in e2e), listed,
// filtered, read with a clickable link, confirmed from there, and sent again behind a confirmation.
// Hostile text typed by the registrant stays text; an editor is refused.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { createStaffUser, signInAs } from "../fixtures/staff-users";
import { expectNoSeriousA11yViolations } from "../public/a11y";
import { type OpenHearing, openHearing } from "../public/registration-helpers";

test.describe.configure({ mode: "serial" });

const stamp = Date.now();
const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
const email = `mail-log-${stamp}@example.org`;
const organisation = `Mail log ${HOSTILE} ${stamp}`;
let hearing: OpenHearing;

/**
 * The shared check (e2e/public/a11y.ts) in axe's legacy mode, which tests same-origin frames only:
 * the default mode runs axe inside every frame and waits forever on the preview's script-less,
 * opaque-origin sandbox. The frame holds the email, not the console page.
 */
async function expectNoSeriousViolationsOutsideFrames(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).setLegacyMode().analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(serious, "serious or critical accessibility violations").toEqual([]);
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ storageState: test.info().project.use.storageState as string });
  hearing = await openHearing(await context.newPage(), `Mail log hearing ${stamp}`);
  await context.close();
});

async function register(page: Page) {
  await page.goto(`/en/meetings/${hearing.slug}/register`);
  const org = page.getByRole("group", { name: "Organisation" });
  await org.getByLabel("Name of the organisation").fill(organisation);
  await org.getByLabel("Type of organisation").selectOption("NGO");
  await org.getByLabel("Country of headquarters").selectOption({ label: "Kenya" });
  await org.getByLabel("ECOSOC consultative status").selectOption("SPECIAL");
  await org.getByLabel("Short description").fill("Migrant workers' associations in East Africa.");
  const contact = page.getByRole("group", { name: "Contact person" });
  await contact.getByLabel("Full name").fill("Wanjiru Kamau");
  await contact.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Copy the contact person" }).click();
  await page.getByLabel(/I have read the privacy notice/u).check();
  // The form refuses submissions faster than a person could type (anti-bot minimum fill time).
  await page.waitForTimeout(3_000);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

test("a held confirmation email is listed, filtered, read inertly and confirmed from the Mail log", async ({ page, browser }) => {
  test.setTimeout(120_000);
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const publicContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const registrant = await publicContext.newPage();
  await register(registrant);

  // Listed once the worker has held it (every 500 ms in e2e).
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(async () => {
    await page.goto(`/admin/mail?q=${encodeURIComponent(email)}`);
    await expect(row.getByText("Held (no mail server)")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Mail log" })).toBeVisible();
  await expect(page.getByText("No mail server is configured")).toBeVisible();
  await expect(row.getByRole("cell", { name: "Confirm email" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "EN", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("mail-log.png"), fullPage: true });

  // Filters are a GET form: status and template narrow the list; another template empties it.
  await page.getByLabel("Status").selectOption("HELD");
  await page.getByLabel("Template").selectOption("registration.confirm-email");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=HELD/u);
  await expect(row).toHaveCount(1);
  await page.getByLabel("Template").selectOption("registration.approved");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No email matches these filters.")).toBeVisible();
  await page.goto(`/admin/mail?q=${encodeURIComponent(email)}`);

  // The message: headers, the text with its link, the HTML in a sandbox.
  await row.getByRole("link").first().click();
  await page.waitForURL(/\/admin\/mail\/[a-z0-9]{20,40}$/u);
  const headers = page.getByRole("region", { name: "Headers" });
  await expect(headers.getByText(email)).toBeVisible();
  await expect(headers.getByText(/^<[a-z0-9]+@localhost>$/u)).toBeVisible();
  const text = page.getByRole("region", { name: "Text" });
  await expect(text).toContainText(organisation);
  const confirmLink = text.getByRole("link", { name: /\/en\/registration\/confirm\/[A-Za-z0-9_-]{43}$/u });
  await expect(confirmLink).toBeVisible();
  const preview = page.locator("iframe.mail-html-preview");
  await expect(preview).toHaveAttribute("sandbox", "");
  await expect(page.frameLocator("iframe.mail-html-preview").getByText("Confirm my registration")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("main img, main script").count()).toBe(0);
  expect(dialogs).toBe(0);
  await expectNoSeriousViolationsOutsideFrames(page);
  await page.screenshot({ path: test.info().outputPath("mail-message.png"), fullPage: true });
  await preview.scrollIntoViewIfNeeded();
  await preview.screenshot({ path: test.info().outputPath("mail-html-preview.png") });

  // Send again, behind a confirmation: back to the queue, and held again by the worker.
  await page.getByRole("button", { name: "Send again" }).click();
  const dialog = page.getByRole("dialog", { name: "Send this email again?" });
  await expect(dialog).toContainText("No mail server is configured now either");
  await dialog.getByRole("button", { name: "Send again" }).click();
  await expect(page.getByText("The email is queued for sending.")).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("Held (no mail server)").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // Staff follow the link from the Mail log: the registrant's confirmation page opens.
  const href = (await confirmLink.getAttribute("href")) ?? "";
  await registrant.goto(new URL(href).pathname);
  await registrant.getByRole("button", { name: "Confirm my email address" }).click();
  await registrant.waitForURL((url) => url.pathname === "/en/registration/status");
  await expect(async () => {
    await page.goto(`/admin/mail?q=${encodeURIComponent(email)}&template=registration.received`);
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await publicContext.close();
});

test("an editor may not read the Mail log", async ({ page, browser }) => {
  const editor = await createStaffUser(page, { role: "EDITOR" });
  const editorPage = await signInAs(browser, editor);
  await editorPage.goto("/admin/mail");
  await expect(editorPage.getByText("Your role does not allow you to read the Mail log.")).toBeVisible();
  await expect(editorPage.getByRole("table")).toHaveCount(0);
  await editorPage.context().close();
});
