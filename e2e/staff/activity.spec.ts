// The audit trail end to end: a title change made in the meeting editor shows up, readably, in
// the meeting's history panel and on the Activity page filtered to meetings. The spec creates its
// own draft meeting and deletes it at the end (the audit rows stay, as they should).
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../public/a11y";

async function createDraftMeeting(page: Page, title: string): Promise<string> {
  await page.goto("/admin/meetings/new");
  // The address follows the title once the form is hydrated: typing again until it does.
  await expect(async () => {
    await page.getByLabel("Title (English)").fill(title);
    await expect(page.getByLabel("Page address")).not.toHaveValue("", { timeout: 1_000 });
  }).toPass();
  const event = page.getByLabel("Event");
  await event.selectOption((await event.locator("option:not([value=''])").first().getAttribute("value")) ?? "");
  await page.getByRole("button", { name: "Create meeting" }).click();
  await page.waitForURL(/\/admin\/meetings\/(?!new$)[a-z0-9]+$/u);
  return new URL(page.url()).pathname.split("/").at(-1) ?? "";
}

async function deleteDraftMeeting(page: Page, id: string): Promise<void> {
  await page.goto(`/admin/meetings/${id}`);
  await page.getByRole("button", { name: "Delete draft" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete draft" }).click();
  await expect(page).toHaveURL(/\/admin\/meetings$/u);
}

test("a title change is shown as “Title: old → new” in the history panel and on the Activity page", async ({ page }) => {
  const stamp = Date.now();
  const before = `Activity spec meeting ${stamp}`;
  const after = `Activity spec meeting ${stamp} (renamed)`;
  const id = await createDraftMeeting(page, before);
  try {
    await page.getByLabel("Title (English)").fill(after);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Meeting saved.")).toBeVisible();

    const history = page.getByRole("region", { name: "History" });
    await page.reload();
    await expect(history.getByText(`Title (English): ${before} → ${after}`)).toBeVisible();
    await expect(history.getByText("Updated meeting by")).toBeVisible();

    // Filter the Activity page the way an administrator would: record type, then a search.
    await page.goto("/admin/activity");
    await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
    await page.getByLabel("Record type").selectOption("Meeting");
    await page.getByLabel("Search").fill(after);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]entityType=Meeting/u);
    const table = page.getByRole("table", { name: "Activity" });
    const update = table.getByRole("row").filter({ hasText: "Updated meeting" });
    await expect(update).toHaveCount(1);
    await expect(update.getByText(`Title (English): ${before} → ${after}`)).toBeVisible();
    // The record is named by its current title and links to its edit page.
    await expect(update.getByRole("link", { name: after, exact: true })).toHaveAttribute("href", `/admin/meetings/${id}`);
    await expect(table.getByRole("row").filter({ hasText: "Created meeting" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // The history panel's record filter narrows the log to this meeting, creation included.
    await page.goto(`/admin/activity?entityType=Meeting&entityId=${id}`);
    await expect(table.getByRole("row").filter({ hasText: "Updated meeting" })).toHaveCount(1);
    await expect(page.getByText(`Showing the history of record ${id} only.`)).toBeVisible();
  } finally {
    await deleteDraftMeeting(page, id);
  }
});

test("the Activity page filters by action and date and pages on the server", async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`/admin/activity?action=auth.sign-in&from=${today}&to=${today}&size=10`);
  const table = page.getByRole("table", { name: "Activity" });
  // The e2e setup signed the administrator in today.
  await expect(table.getByRole("row").filter({ hasText: "Signed in" }).first()).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: /Updated meeting|Failed sign-in/u })).toHaveCount(0);
  await expect(page.getByLabel("Action")).toHaveValue("auth.sign-in");
  await expect(page.getByLabel("From (UTC day)")).toHaveValue(today);

  await page.goto("/admin/activity?from=2000-01-01&to=2000-01-02");
  await expect(table.getByText("No activity matches these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/admin\/activity$/u);
  await expect(table.getByRole("columnheader", { name: /When/u })).toHaveAttribute("aria-sort", "descending");
});
