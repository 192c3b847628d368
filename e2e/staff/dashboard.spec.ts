// The dashboard and the read-only lists its blocks lead to. The administrator sees every block; an
// editor sees no registrations (they hold personal data) and only their own recent actions.
import { expect, test } from "@playwright/test";
import { createStaffUser, signInAs } from "../fixtures/staff-users";
import { expectNoSeriousA11yViolations } from "../public/a11y";

const BLOCKS = ["Upcoming meetings", "Drafts awaiting publication", "Scheduled publications", "Registrations awaiting review", "Recent activity"];

test("the administrator's dashboard shows each block, linking to its list", async ({ page }) => {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  for (const name of BLOCKS) await expect(page.getByRole("region", { name })).toBeVisible();
  // The e2e setup's own sign-in is recorded, so recent activity is never empty for an administrator.
  await expect(page.getByRole("region", { name: "Recent activity" }).getByText("Signed in").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("region", { name: "Registrations awaiting review" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/registrations\?status=SUBMITTED$/u);
  await expect(page.getByRole("heading", { level: 1, name: "Registrations" })).toBeVisible();
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("SUBMITTED");
  await expect(page.getByRole("table", { name: "Registrations" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/admin");
  await page.getByRole("region", { name: "Recent activity" }).getByRole("link", { name: "All activity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
});

test("a new draft appears among the drafts awaiting publication", async ({ page }) => {
  const title = `Dashboard draft ${Date.now()}`;
  await page.goto("/admin/meetings/new");
  await expect(async () => {
    await page.getByLabel("Title (English)").fill(title);
    await expect(page.getByLabel("Page address")).not.toHaveValue("", { timeout: 1_000 });
  }).toPass();
  const event = page.getByLabel("Event");
  await event.selectOption((await event.locator("option:not([value=''])").first().getAttribute("value")) ?? "");
  await page.getByRole("button", { name: "Create meeting" }).click();
  await page.waitForURL(/\/admin\/meetings\/(?!new$)[a-z0-9]+$/u);
  const id = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  try {
    await page.goto("/admin");
    const drafts = page.getByRole("region", { name: "Drafts awaiting publication" });
    await expect(drafts.getByRole("link", { name: title })).toHaveAttribute("href", `/admin/meetings/${id}`);
  } finally {
    await page.goto(`/admin/meetings/${id}`);
    await page.getByRole("button", { name: "Delete draft" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete draft" }).click();
    await expect(page).toHaveURL(/\/admin\/meetings$/u);
  }
});

test("the documents list filters on the server and shows languages with a file or announced", async ({ page }) => {
  await page.goto("/admin/documents");
  await expect(page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
  await page.getByLabel("Kind").selectOption("RESOLUTION");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]kind=RESOLUTION/u);
  const table = page.getByRole("table", { name: "Documents" });
  await expect(table.getByRole("row").filter({ hasText: "A/RES/58/208" })).toBeVisible();
  const kinds = await table.locator("tbody tr td:nth-child(2)").allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(["Resolution"]));
  await expectNoSeriousA11yViolations(page);
});

test("an editor sees no registrations and only their own recent actions", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const editor = await createStaffUser(page, { role: "EDITOR" });
  const editorPage = await signInAs(browser, editor);
  try {
    await editorPage.goto("/admin");
    await expect(editorPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(editorPage.getByRole("region", { name: "Registrations awaiting review" })).toHaveCount(0);
    const own = editorPage.getByRole("region", { name: "Your recent actions" });
    await expect(own.getByText("Signed in").first()).toBeVisible();
    await expect(own.getByText(editor.email)).toHaveCount(0);

    await editorPage.goto("/admin/registrations");
    await expect(editorPage.getByText("Your role does not allow you to see registrations.")).toBeVisible();
    await expect(editorPage.getByRole("table")).toHaveCount(0);
    await editorPage.goto("/admin/activity");
    await expect(editorPage.getByText("Your role does not allow you to read the activity log.")).toBeVisible();
  } finally {
    await editorPage.context().close();
  }
});
