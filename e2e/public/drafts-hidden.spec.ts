// Public pages never show drafts: a draft meeting's address is a 404 for visitors and it is
// absent from its event's page and from the lists, while staff see it in the preview with a
// "Preview — not public" banner. The draft is made through the console by the e2e administrator.
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "../fixtures/admin-session";
import { createDraftMeeting, deleteMeeting, PARENT_EVENT } from "../fixtures/draft-meetings";
import { expectNoSeriousA11yViolations } from "./a11y";

test("a draft meeting is a 404 on the public site, absent from the lists, and only staff can preview it", async ({ browser, page }) => {
  test.setTimeout(60_000);
  const staff = await signInAsAdmin(browser);
  const meeting = await createDraftMeeting(staff, `Draft round table ${Date.now()}`);
  try {
    const response = await page.goto(`/en/meetings/${meeting.slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(meeting.title)).toHaveCount(0);

    for (const path of [`/en/events/${PARENT_EVENT.slug}`, "/en/events", "/en/documents", "/en"]) {
      const listing = await page.goto(path);
      expect(listing?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.content(), path).not.toContain(meeting.title);
      expect(await page.content(), path).not.toContain(meeting.slug);
    }

    // A visitor asking for the preview is sent to sign in; staff see the draft, clearly marked.
    await page.goto(`/admin/meetings/${meeting.id}/preview`);
    await expect(page).toHaveURL(/\/admin\/sign-in/u);
    await staff.goto(`/admin/meetings/${meeting.id}/preview`);
    await expect(staff.getByTestId("preview-banner")).toContainText("Preview — not public.");
    await expect(staff.getByTestId("preview-banner")).toContainText("This is a draft: the public cannot see it.");
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(meeting.title);
    await expect(staff.getByRole("heading", { level: 2, name: "Agenda" })).toBeVisible();
    await expectNoSeriousA11yViolations(staff);

    // The event's preview lists its meetings as the public sees them: without the draft.
    await staff.goto(`/admin/meetings/${meeting.id}`);
    const eventHref = await staff.getByRole("link", { name: PARENT_EVENT.title, exact: true }).getAttribute("href");
    expect(eventHref).toMatch(/^\/admin\/events\/[a-z0-9]+$/u);
    await staff.goto(`${eventHref}/preview`);
    await expect(staff.getByTestId("preview-banner")).toContainText("This is published: the public page shows the same content.");
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(PARENT_EVENT.title);
    await expect(staff.getByRole("heading", { level: 2, name: "Meetings" })).toBeVisible();
    expect(await staff.content()).not.toContain(meeting.title);
  } finally {
    await deleteMeeting(staff, meeting);
    await staff.context().close();
  }
});
