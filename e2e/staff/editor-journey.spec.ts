// The "done when", as one story on the production build, with real EDITOR accounts made
// by the administrator through the console: an editor creates the next roundtable of the HLD
// Series by duplicating one, builds its agenda with a speaker, reorders it by keyboard, previews
// it; a second editor's stale save is refused without loss; the administrator deactivates that
// editor, whose open session is refused at once; the first editor schedules publication and the
// meeting appears on the public site on time; the Activity page shows all of it.
import { nextWholeMinute, venueMinute } from "../fixtures/venue-time";
import { expect, type Page, test } from "@playwright/test";
import { createStaffUser, signInAs } from "../fixtures/staff-users";

const VENUE_ZONE = "America/New_York";
const SOURCE_TITLE = "HLD Series roundtable, 17 September 2013";

async function openMeeting(page: Page, meetingId: string) {
  await page.goto(`/admin/meetings/${meetingId}`);
  await expect(page.getByLabel("Title (English)")).toBeEditable();
  // Typing before hydration would be lost; the form's own button is live once hydrated.
  await page.waitForLoadState("networkidle");
}

test("editors duplicate, build, preview and schedule a roundtable; a stale save is refused; a deactivated editor is shut out; Activity shows it all", async ({
  page: admin,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const editor = await createStaffUser(admin, { role: "EDITOR", name: `Editor One ${stamp}` });
  const second = await createStaffUser(admin, { role: "EDITOR", name: `Editor Two ${stamp}` });

  // 1. The editor duplicates the last roundtable of the series.
  const one = await signInAs(browser, editor);
  await one.goto(`/admin/meetings?q=${encodeURIComponent("17 September 2013")}`);
  await one.getByRole("table", { name: "Meetings" }).getByRole("link", { name: SOURCE_TITLE }).click();
  await expect(one.getByRole("heading", { level: 1 })).toHaveText(SOURCE_TITLE);
  await one.getByRole("link", { name: "Duplicate" }).click();
  await expect(one.getByRole("heading", { level: 1, name: "Duplicate meeting" })).toBeVisible();
  await one.waitForLoadState("networkidle");
  const title = `HLD Series roundtable, e2e ${stamp}`;
  const slug = `hld-series-roundtable-e2e-${stamp}`;
  await one.getByLabel("Title (English)").fill(title);
  await one.getByLabel("Page address").fill(slug);
  // The source is an all-day meeting: the copy keeps that and takes new days.
  await one.getByLabel("First day").fill("2027-03-15");
  await one.getByLabel("Last day").fill("2027-03-15");
  await one.getByRole("button", { name: "Create the duplicate" }).click();
  await expect(one).toHaveURL(/\/admin\/meetings\/[a-z0-9]{20,}$/u);
  await expect(one.getByRole("heading", { level: 1 })).toHaveText(title);
  const meetingId = new URL(one.url()).pathname.split("/").at(-1) ?? "";
  await expect(one.getByText("Draft", { exact: true }).first()).toBeVisible();

  // 2. The agenda: two items, one with a moderator, then the second moved up by keyboard.
  await one.getByRole("link", { name: "Agenda" }).click();
  await expect(one.getByRole("heading", { level: 1 })).toHaveText(`Agenda: ${title}`);
  await one.waitForLoadState("networkidle");
  const items = one.getByRole("list", { name: "Agenda items" }).locator(":scope > li");
  const addItem = async (itemTitle: string, starts: string, ends: string) => {
    await one.getByRole("button", { name: "Add item", exact: true }).click();
    const card = items.last();
    await card.getByLabel("Title (English)").fill(itemTitle);
    await card.getByLabel("Starts", { exact: true }).fill(starts);
    await card.getByLabel("Ends", { exact: true }).fill(ends);
    return card;
  };
  const discussion = await addItem("Discussion on labour mobility", "2027-03-15T11:00", "2027-03-15T12:30");
  await discussion.getByRole("button", { name: "Add a speaker to “Discussion on labour mobility”" }).click();
  await discussion.getByLabel("Role (1)").selectOption({ label: "Moderator" });
  await discussion.getByLabel("Name (1)").fill("Ana Example");
  await discussion.getByLabel("Organisation (1)").fill("UN DESA Population Division");
  await addItem("Opening remarks", "2027-03-15T10:00", "2027-03-15T11:00");
  const moveUp = one.getByRole("button", { name: "Move “Opening remarks” up" });
  await moveUp.focus();
  await one.keyboard.press("Enter");
  await expect(moveUp).toBeFocused();
  await expect(items.getByRole("heading", { level: 2 })).toHaveText([/1\.\s.*Opening remarks$/u, /2\.\s.*Discussion on labour mobility$/u]);
  await one.getByRole("button", { name: "Save agenda" }).click();
  await expect(one.getByText("Agenda saved.")).toBeVisible();

  // 3. The staff preview renders the public page of the draft, agenda in order.
  // (The agenda page opens it in a new tab; the meeting's own page links it too.)
  await expect(one.getByRole("link", { name: /^Preview the public page/u })).toHaveAttribute("href", `/admin/meetings/${meetingId}/preview`);
  await one.goto(`/admin/meetings/${meetingId}/preview`);
  await expect(one.getByText("Preview — not public.")).toBeVisible();
  await expect(one.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(one.locator("ol.agenda > li h3")).toHaveText([/Opening remarks/u, /Discussion on labour mobility/u]);
  await expect(one.getByText("Ana Example")).toBeVisible();
  const visitor = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const publicPath = `/en/meetings/${slug}`;
  expect((await visitor.get(publicPath)).status()).toBe(404);

  // 4. Both editors open the meeting; the first saves a venue, the second's save is then stale.
  const two = await signInAs(browser, second);
  await openMeeting(two, meetingId);
  await openMeeting(one, meetingId);
  await one.getByLabel("Venue (English)").fill("Conference Room 2, UN Headquarters");
  await one.getByRole("button", { name: "Save changes" }).click();
  await expect(one.getByText("Changes saved.")).toBeVisible();
  const staleTitle = `${title} (second editor)`;
  await two.getByLabel("Title (English)").fill(staleTitle);
  await two.getByRole("button", { name: "Save changes" }).click();
  // An assertive live region, so screen readers announce it.
  const notice = two.locator("[aria-live='assertive']").filter({ hasText: "Your changes were not saved" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Conference Room 2, UN Headquarters");
  await expect(notice).toContainText(editor.name);
  // Nothing lost on either side: the second editor's text is still in the form, the first's save stands.
  await expect(two.getByLabel("Title (English)")).toHaveValue(staleTitle);
  await openMeeting(one, meetingId);
  await expect(one.getByLabel("Title (English)")).toHaveValue(title);
  await expect(one.getByLabel("Venue (English)")).toHaveValue("Conference Room 2, UN Headquarters");

  // 5. The administrator deactivates the second editor; their open session is refused at once.
  await admin.goto(`/admin/staff?q=${encodeURIComponent(second.email)}`);
  await admin.getByRole("link", { name: second.name }).click();
  await expect(admin.getByRole("heading", { level: 1, name: second.name })).toBeVisible();
  await admin.getByRole("button", { name: "Deactivate…" }).click();
  await admin.getByRole("dialog", { name: `Deactivate ${second.name}?` }).getByRole("button", { name: "Deactivate account" }).click();
  await expect(admin.getByText("This account cannot sign in.")).toBeVisible();
  // The page still open in their browser: a save is refused by the server…
  await two.getByRole("button", { name: "Save changes" }).click();
  await expect(two.getByText("Please sign in.")).toBeVisible();
  // …and the next navigation lands on the sign-in page.
  await two.goto(`/admin/meetings/${meetingId}`);
  await expect(two).toHaveURL(/\/admin\/sign-in\?callbackUrl=/u);
  await two.context().close();
  await openMeeting(one, meetingId);
  await expect(one.getByLabel("Title (English)")).toHaveValue(title);

  // 6. The first editor schedules publication; the public page appears on time, not before.
  const target = nextWholeMinute(20_000);
  const panel = one.getByRole("region", { name: "Scheduled publication" });
  await panel.getByLabel(`Publish at (venue time, ${VENUE_ZONE})`).fill(venueMinute(target, VENUE_ZONE));
  await panel.getByRole("button", { name: "Schedule publication" }).click();
  await expect(panel.getByTestId("scheduled-publication")).toBeVisible();
  expect((await visitor.get(publicPath)).status()).toBe(404);
  await expect.poll(async () => (await visitor.get(publicPath)).status(), { timeout: 120_000, intervals: [1_000] }).toBe(200);
  const appearedAt = Date.now();
  expect(appearedAt).toBeGreaterThanOrEqual(target - 1_000);
  expect(appearedAt).toBeLessThanOrEqual(target + 20_000);
  const publicHtml = await (await visitor.get(publicPath)).text();
  expect(publicHtml).toContain("Opening remarks");
  expect(publicHtml).toContain("Conference Room 2, UN Headquarters");
  await visitor.dispose();

  // 7. The Activity page, narrowed to this meeting, tells the story; the deactivation is there too.
  await admin.goto(`/admin/activity?entityId=${meetingId}`);
  const activity = admin.getByRole("table");
  await expect(activity).toContainText(/System \(scheduler\)/u);
  await expect(activity).toContainText(editor.email);
  for (const what of ["Duplicated meeting", "Updated agenda", "Updated meeting", "Scheduled publication of meeting", "Published meeting"]) {
    await expect(activity).toContainText(what);
  }
  await admin.goto(`/admin/activity?action=staff.deactivate`);
  await expect(admin.getByRole("table").getByRole("row").filter({ hasText: second.email })).toContainText("Active: Yes → No");
  await one.context().close();
});
