// Events and meetings in the console: create an event and publish it, add a meeting (address
// from the title, a taken address refused on its field), duplicate it as "the next round table"
// with its agenda, filter the list, cancel with a public notice the public page shows, and
// delete a draft behind a confirmation.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../public/a11y";

test("an editor creates an event and its meetings, duplicates, cancels with a notice and deletes a draft", async ({ page }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const eventTitle = `E2E dialogue ${stamp}`;

  // A new event: English required, the other languages shown as missing.
  await page.goto("/admin/events/new");
  await expect(page.getByRole("heading", { level: 1, name: "New event" })).toBeVisible();
  await expect(async () => {
    await page.getByLabel("Title (English)").fill(eventTitle);
    await expect(page.getByLabel("Page address")).toHaveValue(`e2e-dialogue-${stamp}`, { timeout: 1_000 });
  }).toPass();
  await page.getByLabel("Title (English)").fill("");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("Enter the title in English.")).toBeVisible();
  await page.getByLabel("Title (English)").fill(eventTitle);
  await expect(page.getByLabel("Page address")).toHaveValue(`e2e-dialogue-${stamp}`);
  await expect(page.getByRole("tab", { name: /Français.*missing/u })).toBeVisible();
  await page.getByRole("tab", { name: /Français/u }).click();
  await page.getByLabel("Title (French)").fill(`Dialogue E2E ${stamp}`);
  await expect(page.getByRole("tab", { name: /Français/u })).not.toContainText("missing");
  await page.getByLabel("Year").fill("2027");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(/\/admin\/events\/[a-z0-9]{20,}$/u);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(eventTitle);
  const eventUrl = page.url();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Event published. The public page shows it now.")).toBeVisible();

  // The events list finds it by search and year.
  await page.goto(`/admin/events?q=${stamp}&year=2027`);
  await expect(page.getByRole("table", { name: "Events" }).getByRole("link", { name: eventTitle })).toBeVisible();
  await page.getByRole("table", { name: "Events" }).getByRole("link", { name: eventTitle }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(eventTitle);

  // A meeting of the event.
  await page.getByRole("link", { name: "Add a meeting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New meeting" })).toBeVisible();
  await expect(page.getByLabel("Event")).toHaveValue(/[a-z0-9]{20,}/u);
  const meetingTitle = `E2E round table ${stamp} 1`;
  const meetingSlug = `e2e-round-table-${stamp}-1`;
  await expect(async () => {
    await page.getByLabel("Title (English)").fill(meetingTitle);
    await expect(page.getByLabel("Page address")).toHaveValue(meetingSlug, { timeout: 1_000 });
  }).toPass();
  await page.getByLabel("Starts").fill("2027-10-04T10:00");
  await page.getByLabel("Ends").fill("2027-10-04T13:00");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Create meeting" }).click();
  await expect(page).toHaveURL(/\/admin\/meetings\/[a-z0-9]{20,}$/u);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(meetingTitle);
  const meetingUrl = page.url();
  // Checked without the toast, which axe catches mid-animation at partial opacity.
  await page.reload();
  await expectNoSeriousA11yViolations(page);

  // A second meeting cannot take the same address.
  await page.goto("/admin/meetings/new");
  await page.getByLabel("Event").selectOption({ label: `${eventTitle} (2027)` });
  await page.getByLabel("Title (English)").fill(`Another ${stamp}`);
  await page.getByLabel("Page address").fill(meetingSlug);
  await page.getByRole("button", { name: "Create meeting" }).click();
  await expect(page.getByText("This address is already used by another meeting. Choose another one.")).toBeVisible();
  await expect(page.getByLabel("Title (English)")).toHaveValue(`Another ${stamp}`);

  // Duplicate: the next round table, a draft, with the next title and address suggested.
  await page.goto(meetingUrl);
  await page.getByRole("link", { name: "Duplicate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Duplicate meeting" })).toBeVisible();
  await expect(page.getByLabel("Title (English)")).toHaveValue(`E2E round table ${stamp} 2`);
  await expect(page.getByLabel("Page address")).toHaveValue(`e2e-round-table-${stamp}-2`);
  await expect(page.getByLabel("Copy the agenda (items and speakers)")).toBeChecked();
  await page.getByLabel("Starts").fill("2027-10-05T10:00");
  await page.getByLabel("Ends").fill("2027-10-05T13:00");
  await page.getByRole("button", { name: "Create the duplicate" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`E2E round table ${stamp} 2`);
  await expect(page.locator(".page-header").getByText("Draft", { exact: true })).toBeVisible();
  const duplicateUrl = page.url();

  // The list filters by event and status, in the URL.
  await page.goto("/admin/meetings");
  const filters = page.getByRole("search", { name: "Filter meetings" });
  await filters.getByLabel("Event").selectOption({ label: `${eventTitle} (2027)` });
  await filters.getByLabel("Status").selectOption({ label: "Draft" });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]status=DRAFT/u);
  const table = page.getByRole("table", { name: "Meetings" });
  await expect(table.getByRole("link", { name: `E2E round table ${stamp} 2` })).toBeVisible();
  await expect(table.getByRole("link", { name: meetingTitle })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
  await filters.getByLabel("Status").selectOption({ label: "Published" });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]status=PUBLISHED/u);
  await expect(page.getByText("No meeting matches these filters.")).toBeVisible();

  // Publish the first meeting, then cancel it with a notice: the public page shows the notice.
  await page.goto(meetingUrl);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Meeting published. The public page shows it now.")).toBeVisible();
  await page.getByRole("button", { name: "Cancel meeting…" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this meeting?" });
  await dialog.getByRole("button", { name: "Cancel the meeting" }).click();
  await expect(dialog.getByText("Enter the cancellation notice in English.")).toBeVisible();
  await dialog.getByLabel("Public notice (English)").fill(`Postponed to 2028 (${stamp}).`);
  await dialog.getByRole("button", { name: "Cancel the meeting" }).click();
  await expect(page.getByText("Meeting cancelled. The public page shows the notice.")).toBeVisible();
  await expect(page.locator(".page-header").getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete draft" })).toHaveCount(0);

  await expect(async () => {
    const response = await page.goto(`/en/meetings/${meetingSlug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(`Postponed to 2028 (${stamp}).`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText("This meeting has been cancelled.")).toBeVisible();

  // The duplicate is still a draft: deleting it asks first, and it is gone.
  await page.goto(duplicateUrl);
  await page.getByRole("button", { name: "Delete draft" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this draft?" });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`E2E round table ${stamp} 2`);
  await page.getByRole("button", { name: "Delete draft" }).click();
  await confirm.getByRole("button", { name: "Delete draft" }).click();
  await expect(page).toHaveURL(/\/admin\/meetings$/u);
  expect((await page.goto(duplicateUrl))?.status()).toBe(404);

  // Cancelling the event keeps its public page, with the notice.
  await page.goto(eventUrl);
  await page.getByRole("button", { name: "Cancel event…" }).click();
  const cancelEvent = page.getByRole("dialog", { name: "Cancel this event?" });
  await cancelEvent.getByLabel("Public notice (English)").fill(`The dialogue moves to 2028 (${stamp}).`);
  await cancelEvent.getByRole("button", { name: "Cancel the event" }).click();
  await expect(page.getByText("Event cancelled. The public page shows the notice.")).toBeVisible();
  await expect(async () => {
    const response = await page.goto(`/en/events/e2e-dialogue-${stamp}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(`The dialogue moves to 2028 (${stamp}).`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText("This event has been cancelled.")).toBeVisible();
});
