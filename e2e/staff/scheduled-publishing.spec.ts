// Scheduled publication, end to end on the production build: a draft scheduled for a venue time
// stays off the public site until then, and appears on time without anyone touching it — the
// server's scheduler publishes it and the cache watcher refreshes the cached (404) public page.
import { expect, test } from "@playwright/test";
import { createDraftMeeting, deleteMeeting } from "../fixtures/draft-meetings";
import { nextWholeMinute, venueMinute } from "../fixtures/venue-time";
import { expectNoSeriousA11yViolations } from "../public/a11y";

const VENUE_ZONE = "America/New_York";

test("a draft scheduled for a venue time appears on the public site on time, not before", async ({ page, playwright, baseURL }) => {
  // The form takes whole minutes: the wait is up to 80 s by design.
  test.setTimeout(180_000);
  const meeting = await createDraftMeeting(page, `Scheduled round table ${Date.now()}`);
  const visitor = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const publicPath = `/en/meetings/${meeting.slug}`;

  try {
    // Visited before: the 404 is now in the page cache (the second visit is served from it), so
    // only a revalidation can make the page appear — and no staff request will make one: the
    // scheduler publishes in the background and the cache watcher must refresh the cache.
    expect((await visitor.get(publicPath)).status()).toBe(404);
    const cached = await visitor.get(publicPath);
    expect(cached.status()).toBe(404);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");

    // The next whole minute at least 20 s away (UTC offsets of the zone are whole hours).
    const target = nextWholeMinute(20_000);
    const panel = page.getByRole("region", { name: "Scheduled publication" });
    await expect(panel.getByLabel(`Publish at (venue time, ${VENUE_ZONE})`)).toBeVisible();
    // Checked once the "created" toast is gone, so the page itself is what is checked.
    await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
    await expectNoSeriousA11yViolations(page);
    await panel.getByLabel(`Publish at (venue time, ${VENUE_ZONE})`).fill(venueMinute(target, VENUE_ZONE));
    await panel.getByRole("button", { name: "Schedule publication" }).click();
    await expect(page.getByText(/^Publication scheduled for /u)).toBeVisible();
    await expect(panel.getByTestId("scheduled-publication")).toContainText(`(venue time, ${VENUE_ZONE})`);
    await expect(panel.getByTestId("scheduled-publication")).toContainText(/in \d+ minutes?\.|within a minute\./u);

    // Still a draft until the time comes.
    expect((await visitor.get(publicPath)).status()).toBe(404);

    await expect
      .poll(async () => (await visitor.get(publicPath)).status(), { timeout: 120_000, intervals: [1_000] })
      .toBe(200);
    const appearedAt = Date.now();
    expect(appearedAt).toBeGreaterThanOrEqual(target - 1_000);
    // Scheduler every 2 s, cache check every 1 s in the e2e server: well within 20 s.
    expect(appearedAt).toBeLessThanOrEqual(target + 20_000);
    const body = await (await visitor.get(publicPath)).text();
    expect(body).toContain(meeting.title);

    // The event page lists it too, and the console shows it published, with no schedule left.
    await expect.poll(async () => (await (await visitor.get("/en/events/hld-2013")).text()).includes(meeting.title), { timeout: 10_000 }).toBe(true);
    await page.reload();
    await expect(page.getByRole("region", { name: "Scheduled publication" })).toContainText("already published");
  } finally {
    await visitor.dispose();
    await deleteMeeting(page, meeting);
  }
});
