// Calendars and the Atom feed as a visitor meets them: the calendar links on a meeting page, the
// downloaded file (parsed with ical.js, the parser of Thunderbird), and the caching contract: a
// second request is a cache hit, and a staff publish refreshes the cached feed and calendars.
import { expect, test, type APIRequestContext } from "@playwright/test";
import ICAL from "ical.js";
import { createDraftMeeting, deleteMeeting, type DraftMeeting } from "../fixtures/draft-meetings";
import { E2E_ADMIN } from "../fixtures/credentials";

const MEETING_SLUG = "hld-series-roundtable-2012-10-12";

async function get(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

test("a meeting page offers its calendar to download and to subscribe to, and the file parses", async ({ page, request, baseURL }) => {
  await page.goto(`/en/meetings/${MEETING_SLUG}`);
  const download = page.getByRole("link", { name: "Add this meeting to your calendar" });
  const subscribe = page.getByRole("link", { name: "Subscribe to this meeting" });
  await expect(download).toHaveAttribute("href", `/api/calendar/en/meetings/${MEETING_SLUG}.ics`);
  await expect(download).toHaveAttribute("download", `${MEETING_SLUG}-en.ics`);
  const host = new URL(baseURL ?? "").host;
  await expect(subscribe).toHaveAttribute("href", `webcal://${host}/api/calendar/en/meetings/${MEETING_SLUG}.ics`);
  await expect(subscribe).toHaveAccessibleDescription("Your calendar program keeps a subscribed calendar up to date.");

  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toBe(`${MEETING_SLUG}-en.ics`);

  const response = await get(request, `/api/calendar/en/meetings/${MEETING_SLUG}.ics`);
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers["content-disposition"]).toContain(`${MEETING_SLUG}-en.ics`);
  const calendar = new ICAL.Component(ICAL.parse(response.body) as unknown[]);
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]);
  expect(event.summary).toBe("HLD Series roundtable, 12 October 2012");
  expect(event.startDate.toString()).toBe("2012-10-12");
  expect(event.uid).toMatch(/^meeting-[a-z0-9]+@/u);
  expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
});

test("unknown slugs and locales are 404, not a calendar", async ({ request }) => {
  expect((await get(request, "/api/calendar/en/meetings/no-such-meeting.ics")).status).toBe(404);
  expect((await get(request, "/api/calendar/xx/all.ics")).status).toBe(404);
  expect((await get(request, "/api/feeds/xx/atom.xml")).status).toBe(404);
});

test.describe("cached and refreshed on publish", () => {
  let meeting: DraftMeeting | undefined;

  test.afterEach(async ({ page }) => {
    if (meeting) await deleteMeeting(page, meeting);
  });

  test("the feed and calendars come from the cache until staff publish a meeting", async ({ page, request }) => {
    for (const path of ["/api/feeds/en/atom.xml", "/api/calendar/en/all.ics", "/api/calendar/en/events/hld-series-2012-2013.ics"]) {
      // Retried: a spec publishing in the other worker empties the cache between the two now and then.
      await expect(async () => {
        await get(request, path);
        const second = await get(request, path);
        expect(second.status, path).toBe(200);
        expect(second.headers["x-nextjs-cache"], path).toBe("HIT");
        expect(second.headers["cache-control"], path).toContain("s-maxage=60");
      }).toPass({ intervals: [200, 500, 1_000], timeout: 15_000 });
    }
    const before = await get(request, "/api/feeds/en/atom.xml");
    expect(before.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");

    await page.goto("/admin/sign-in");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/admin");

    const title = `Feed check <&> ${Date.now()}`;
    meeting = await createDraftMeeting(page, title);
    // A draft never reaches the feed.
    expect((await get(request, "/api/feeds/en/atom.xml")).body).not.toContain(meeting.slug);

    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText("Meeting published. The public page shows it now.")).toBeVisible();

    const after = await get(request, "/api/feeds/en/atom.xml");
    expect(after.body).toContain(`/en/meetings/${meeting.slug}`);
    expect(after.body).toContain("Feed check &lt;&amp;&gt;");
    // The calendars were marked stale by the same publish: the next answer is not the old cache entry.
    expect((await get(request, "/api/calendar/en/all.ics")).headers["x-nextjs-cache"]).not.toBe("HIT");

    // The meeting has no date yet: its page offers no calendar, whose address would answer 404.
    await page.goto(`/en/meetings/${meeting.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Feed check");
    await expect(page.getByRole("link", { name: "Add this meeting to your calendar" })).toHaveCount(0);
    expect((await get(request, `/api/calendar/en/meetings/${meeting.slug}.ics`)).status).toBe(404);
  });
});
