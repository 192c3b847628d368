// The agenda editor end to end on the production build: build an agenda with a break and a
// speaker, reorder it by keyboard (focus stays on the moved item's button), save, reload, see it in
// the print view and the staff preview; and a stale save from a second browser is refused
// without losing anything. Each test works on a draft meeting it creates itself.
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { PARENT_EVENT } from "../fixtures/draft-meetings";
import { expectNoSeriousA11yViolations } from "../public/a11y";

/** A fresh draft round table on 1 December 2026, 10:00–13:00 in New York, made through the console. */
async function createDraftMeeting(page: Page, title: string): Promise<string> {
  await page.goto("/admin/meetings/new");
  // The address follows the title once the form is hydrated: type again until it does.
  await expect(async () => {
    await page.getByLabel("Title (English)").fill(title);
    await expect(page.getByLabel("Page address")).not.toHaveValue("", { timeout: 1_000 });
  }).toPass();
  await page.getByLabel("Event").selectOption({ label: PARENT_EVENT.option });
  await page.getByLabel("Page address").fill(title.toLowerCase().replace(/[^a-z0-9]+/gu, "-"));
  await page.getByLabel("Starts", { exact: true }).fill("2026-12-01T10:00");
  await page.getByLabel("Ends", { exact: true }).fill("2026-12-01T13:00");
  await page.getByRole("button", { name: "Create meeting" }).click();
  await expect(page).toHaveURL(/\/admin\/meetings\/[a-z0-9]{20,}$/u);
  return new URL(page.url()).pathname.split("/").at(-1) ?? "";
}

async function deleteDraftMeeting(page: Page, id: string): Promise<void> {
  await page.goto(`/admin/meetings/${id}`);
  await page.getByRole("button", { name: "Delete draft" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete draft" }).click();
  await expect(page.getByText("Draft deleted.")).toBeVisible();
}

function cards(page: Page): Locator {
  return page.getByRole("list", { name: "Agenda items" }).locator(":scope > li");
}

async function expectOrder(page: Page, titles: string[]) {
  await expect(cards(page).getByRole("heading", { level: 2 })).toHaveText(titles.map((title, index) => new RegExp(`^${index + 1}\\.\\s.*${title}$`, "u")));
}

async function addItem(page: Page, kind: "item" | "break", title: string, starts: string, ends: string) {
  await page.getByRole("button", { name: kind === "item" ? "Add item" : "Add break", exact: true }).click();
  const card = cards(page).last();
  const titleField = card.getByLabel("Title (English)");
  // The new item's English title has the focus, ready to type.
  await expect(titleField).toBeFocused();
  await titleField.fill(title);
  await card.getByLabel("Starts", { exact: true }).fill(starts);
  await card.getByLabel("Ends", { exact: true }).fill(ends);
  return card;
}

let meetingId = "";
let meetingTitle = "";

test.beforeEach(async ({ page }) => {
  meetingTitle = `Agenda e2e round table ${Date.now()}`;
  meetingId = await createDraftMeeting(page, meetingTitle);
});

test.afterEach(async ({ page }) => {
  await deleteDraftMeeting(page, meetingId);
});

test("an editor builds an agenda, reorders it by keyboard, saves it and sees it in print and preview", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`/admin/meetings/${meetingId}/agenda`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Agenda: ${meetingTitle}`);
  await expect(page.getByText("No items yet.")).toBeVisible();

  const opening = await addItem(page, "item", "Opening", "2026-12-01T10:00", "2026-12-01T10:30");
  await opening.getByRole("button", { name: "Add a speaker to “Opening”" }).click();
  await opening.getByLabel("Role (1)").selectOption({ label: "Moderator" });
  await opening.getByLabel("Name (1)").fill("Ana Example");
  await opening.getByLabel("Function (1)").fill("Director, Population Division");
  await opening.getByLabel("Organisation (1)").fill("UN DESA");
  await addItem(page, "break", "Coffee break", "2026-12-01T10:30", "2026-12-01T10:45");
  await addItem(page, "item", "Round table on labour migration", "2026-12-01T10:15", "2026-12-01T12:00");

  // Overlapping times are a visible warning, not an error.
  await expect(cards(page).nth(2).getByRole("list", { name: /^Warnings for/u })).toContainText("Overlaps “Opening” (10:00–10:30).");
  await expectNoSeriousA11yViolations(page);

  // Keyboard reordering: the moved item's button keeps the focus and the new place is announced.
  const moveUp = page.getByRole("button", { name: "Move “Round table on labour migration” up" });
  await moveUp.focus();
  await page.keyboard.press("Enter");
  await expect(moveUp).toBeFocused();
  await expect(page.getByText("“Round table on labour migration” moved to position 2 of 3.")).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(moveUp).toBeFocused();
  await expect(page.getByText("“Round table on labour migration” moved to position 1 of 3.")).toBeAttached();
  const moveDown = page.getByRole("button", { name: "Move “Coffee break” down" });
  await expect(moveDown).toHaveAttribute("aria-disabled", "true");
  await expectOrder(page, ["Round table on labour migration", "Opening", "Coffee break"]);

  await page.getByRole("button", { name: "Save agenda" }).click();
  await expect(page.getByText("Agenda saved.")).toBeVisible();

  await page.reload();
  await expectOrder(page, ["Round table on labour migration", "Opening", "Coffee break"]);
  const savedOpening = cards(page).nth(1);
  await expect(savedOpening.getByLabel("Name (1)")).toHaveValue("Ana Example");
  await expect(savedOpening.getByLabel("Role (1)")).toHaveValue("MODERATOR");
  await expect(cards(page).nth(2).getByText("Break", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Print view" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(meetingTitle);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  const printed = page.locator(".agenda-print__items > li");
  await expect(printed).toHaveCount(3);
  await expect(printed.nth(0)).toContainText("10:15–12:00");
  await expect(printed.nth(1)).toContainText("Moderator: Ana Example, Director, Population Division, UN DESA");
  await expectNoSeriousA11yViolations(page);

  // The staff preview renders the public meeting page, drafts included.
  const preview = await page.goto(`/admin/meetings/${meetingId}/preview`);
  expect(preview?.status()).toBe(200);
  await expect(page.locator("ol.agenda > li h3")).toHaveText([/Round table on labour migration/u, /Opening/u, /Coffee break/u]);
});

test("items reorder by dragging their handle, with the mouse or the keyboard", async ({ page }) => {
  await page.goto(`/admin/meetings/${meetingId}/agenda`);
  for (const title of ["First", "Second", "Third"]) {
    await page.getByRole("button", { name: "Add item", exact: true }).click();
    await cards(page).last().getByLabel("Title (English)").fill(title);
  }

  // Mouse: drag "Third" by its handle onto the first place.
  const handle = page.getByRole("button", { name: "Drag “Third” to reorder" });
  const from = await handle.boundingBox();
  const to = await cards(page).first().boundingBox();
  if (!from || !to) throw new Error("The handle and the first item are on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 4 });
  await page.mouse.move(from.x + from.width / 2, to.y + 10, { steps: 12 });
  await page.mouse.up();
  await expectOrder(page, ["Third", "First", "Second"]);

  // Keyboard: pick "First" up with Space, move it down one place, drop it; each step is announced.
  const announcer = page.locator("[id^='DndLiveRegion']");
  await page.getByRole("button", { name: "Drag “First” to reorder" }).focus();
  await page.keyboard.press("Space");
  await expect(announcer).toHaveText("“First” is over position 2.");
  await page.keyboard.press("ArrowDown");
  await expect(announcer).toHaveText("“First” is over position 3.");
  await page.keyboard.press("Space");
  await expect(announcer).toHaveText("“First” dropped at position 3 of 3.");
  await expectOrder(page, ["Third", "Second", "First"]);

  await page.getByRole("button", { name: "Save agenda" }).click();
  await expect(page.getByText("Agenda saved.")).toBeVisible();
  await page.reload();
  await expectOrder(page, ["Third", "Second", "First"]);
});

test("times outside the meeting's day are field errors, and nothing is saved", async ({ page }) => {
  await page.goto(`/admin/meetings/${meetingId}/agenda`);
  await addItem(page, "item", "Late item", "2026-12-02T10:00", "2026-12-01T09:00");
  await page.getByRole("button", { name: "Save agenda" }).click();
  const card = cards(page).first();
  await expect(card.getByText("Times must fall within the meeting's days (1 December 2026).")).toBeVisible();
  await expect(card.getByText("The end must be after the start.")).toBeVisible();
  // Leaving with unsaved changes asks first.
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(["beforeunload"]);
  await expect(page.getByText("No items yet.")).toBeVisible();
});

async function openAgendaInNewBrowser(browser: Browser, storageState: string) {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  await page.goto(`/admin/meetings/${meetingId}/agenda`);
  return { context, page };
}

test("a stale save from a second browser is refused, shows what changed, and keeps the edits", async ({ page, browser }, testInfo) => {
  const storageState = testInfo.project.use.storageState;
  if (typeof storageState !== "string") throw new Error("The staff project signs in through a storage state file");
  await page.goto(`/admin/meetings/${meetingId}/agenda`);
  const other = await openAgendaInNewBrowser(browser, storageState);
  try {
    await addItem(page, "item", "First editor's item", "2026-12-01T10:00", "2026-12-01T11:00");
    await page.getByRole("button", { name: "Save agenda" }).click();
    await expect(page.getByText("Agenda saved.")).toBeVisible();

    await addItem(other.page, "item", "Second editor's item", "2026-12-01T11:00", "2026-12-01T12:00");
    await other.page.getByRole("button", { name: "Save agenda" }).click();
    await expect(other.page.getByText("Someone else saved this agenda after you opened it")).toBeVisible();
    await expect(other.page.getByText("Saved by someone else since you opened this agenda")).toBeVisible();
    await expect(other.page.locator(".agenda-conflict")).toContainText("10:00–11:00 First editor's item");
    // The refused edits are still in the form.
    await expect(cards(other.page).first().getByLabel("Title (English)")).toHaveValue("Second editor's item");

    await page.reload();
    await expectOrder(page, ["First editor's item"]);
  } finally {
    await other.context.close();
  }
});
