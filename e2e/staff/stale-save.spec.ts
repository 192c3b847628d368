// No lost updates: two editors (two pages) open the same meeting; the first saves, the second's
// save from the older copy is refused with what changed since, keeps what they typed, and
// overwrites nothing.
import { expect, type Page, test } from "@playwright/test";
import { createDraftMeeting as createDraft } from "../fixtures/draft-meetings";
import { expectNoSeriousA11yViolations } from "../public/a11y";

async function createDraftMeeting(page: Page, title: string): Promise<string> {
  const meeting = await createDraft(page, title);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return `${new URL(page.url()).origin}/admin/meetings/${meeting.id}`;
}

test("a save from a stale copy is refused, shows what changed, keeps the typed values and overwrites nothing", async ({ page, context }) => {
  const stamp = Date.now();
  const original = `Stale-save meeting ${stamp}`;
  const url = await createDraftMeeting(page, original);

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByLabel("Title (English)")).toHaveValue(original);

  // The first editor saves a new title.
  const first = `First editor's title ${stamp}`;
  await page.getByLabel("Title (English)").fill(first);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  // The second editor, still on the old copy, changes the title and the venue and saves.
  const second = `Second editor's title ${stamp}`;
  await other.getByLabel("Title (English)").fill(second);
  await other.getByLabel("Venue (English)").fill("Conference Room 4");
  await other.getByRole("button", { name: "Save changes" }).click();
  const notice = other.locator(".alert").filter({ hasText: "Your changes were not saved" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Someone else saved this meeting after you opened it");
  await expect(notice).toContainText("e2e.admin@portal.localhost");
  const change = notice.locator(".audit-changes li").filter({ hasText: "Title (English):" });
  await expect(change).toContainText(original);
  await expect(change).toContainText(first);
  await expectNoSeriousA11yViolations(other);

  // What the second editor typed is still in the form.
  await expect(other.getByLabel("Title (English)")).toHaveValue(second);
  await expect(other.getByLabel("Venue (English)")).toHaveValue("Conference Room 4");

  // Nothing of the first save was overwritten.
  await page.reload();
  await expect(page.getByLabel("Title (English)")).toHaveValue(first);
  await expect(page.getByLabel("Venue (English)")).toHaveValue("");

  // Loading the current version replaces the stale copy on purpose; saving then works.
  await other.getByRole("button", { name: /Load the current version/u }).click();
  await expect(other.getByLabel("Title (English)")).toHaveValue(first);
  await other.getByLabel("Venue (English)").fill("Conference Room 4");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByText("Changes saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Venue (English)")).toHaveValue("Conference Room 4");
  await expect(page.getByLabel("Title (English)")).toHaveValue(first);

  // Clean up: the draft goes, behind its confirmation.
  await page.getByRole("button", { name: "Delete draft" }).click();
  await page.getByRole("dialog", { name: "Delete this draft?" }).getByRole("button", { name: "Delete draft" }).click();
  await expect(page).toHaveURL(/\/admin\/meetings$/u);
  await other.close();
});
