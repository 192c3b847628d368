// Public pages and feeds come from Next's cache (ISR), never rendered per request, and a shared
// cache may keep them only briefly; staff publishing refreshes them at once; personal pages are
// never cacheable. Against the production server (x-nextjs-cache is what `next start` reports:
// HIT served from the cache, MISS rendered now, STALE served old while rendering anew).
import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { signInAsAdmin } from "../fixtures/admin-session";
import { createDraftMeeting, deleteMeeting, PARENT_EVENT } from "../fixtures/draft-meetings";

/** A seeded, dated meeting (so it has a calendar file) no other spec edits. */
const MEETING = "hld-series-roundtable-2013-01-24";
const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

const PUBLIC_ADDRESSES: [string, string][] = [
  ["home", "/en"],
  ["events", "/en/events"],
  ["an event", `/en/events/${PARENT_EVENT.slug}`],
  ["a meeting", `/en/meetings/${MEETING}`],
  ["documents", "/en/documents"],
  ["filtered documents", "/en/documents?kind=RESOLUTION&language=fr"],
  ["states", "/en/states"],
  ["partners", "/en/partners"],
  ["sitemap", "/sitemap.xml"],
  ["all meetings calendar", "/api/calendar/en/all.ics"],
  ["event calendar", `/api/calendar/en/events/${PARENT_EVENT.slug}.ics`],
  ["meeting calendar", `/api/calendar/en/meetings/${MEETING}.ics`],
  ["Atom feed", "/api/feeds/en/atom.xml"],
];

async function get(request: APIRequestContext, address: string): Promise<APIResponse> {
  return request.get(address, { maxRedirects: 0, headers: { "Cache-Control": "" } });
}

/**
 * Two requests in a row, the second served from the cache. Retried a few times: a staff spec
 * publishing in the other worker empties the cache between the two now and then.
 */
async function expectCacheHit(request: APIRequestContext, name: string, address: string): Promise<APIResponse> {
  let second: APIResponse | undefined;
  await expect(async () => {
    const first = await get(request, address);
    expect(first.status(), `${name} ${address}`).toBe(200);
    second = await get(request, address);
    expect(second.headers()["x-nextjs-cache"], `${name} ${address}: second request`).toBe("HIT");
  }).toPass({ intervals: [200, 500, 1_000], timeout: 15_000 });
  return second!;
}

test("public pages, the sitemap, calendars and the feed are served from the cache and may be kept briefly by a shared cache", async ({ request }) => {
  test.setTimeout(90_000);
  for (const [name, address] of PUBLIC_ADDRESSES) {
    const hit = await expectCacheHit(request, name, address);
    expect(hit.headers()["cache-control"], `${name} ${address}`).toBe(PUBLIC_CACHE_CONTROL);
    // A response that sets a cookie would hand one visitor's cookie to every other.
    expect(hit.headers()["set-cookie"], `${name} ${address}`).toBeUndefined();
  }
});

test("publishing a meeting in the console refreshes the cached pages and feeds at once", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const staff = await signInAsAdmin(browser);
  const meeting = await createDraftMeeting(staff, `Cache round table ${Date.now()}`);
  try {
    for (const [name, address] of PUBLIC_ADDRESSES) await expectCacheHit(request, name, address);
    expect(await (await get(request, `/en/events/${PARENT_EVENT.slug}`)).text()).not.toContain(meeting.title);

    await staff.getByRole("button", { name: "Publish" }).click();
    await expect(staff.getByText("Meeting published. The public page shows it now.")).toBeVisible();

    // Every cached page was emptied: the next request renders it anew (MISS), and it is never
    // served old while rendering in the background (STALE). A HIT is accepted because a spec in the
    // other worker may have requested the page (and so rendered it anew) since the publish; the
    // pages that list the meeting show below that what they serve is the new rendering.
    for (const [name, address] of PUBLIC_ADDRESSES) {
      const response = await get(request, address);
      expect(response.status(), `${name} ${address}`).toBe(200);
      expect(["MISS", "REVALIDATED", "HIT"], `${name} ${address} after publishing`).toContain(response.headers()["x-nextjs-cache"]);
    }
    // The pages that list the meeting show it.
    const meetingPage = await get(request, `/en/meetings/${meeting.slug}`);
    expect(meetingPage.status()).toBe(200);
    expect(await meetingPage.text()).toContain(meeting.title);
    expect(await (await get(request, `/en/events/${PARENT_EVENT.slug}`)).text()).toContain(meeting.title);
    expect(await (await get(request, "/sitemap.xml")).text()).toContain(`/en/meetings/${meeting.slug}`);
    expect(await (await get(request, "/api/feeds/en/atom.xml")).text()).toContain(meeting.title);
  } finally {
    await deleteMeeting(staff, meeting);
    await staff.context().close();
  }
});

test("personal pages and the staff console are never cacheable by a shared cache", async ({ request }) => {
  const personal = [
    "/en/registration/status",
    "/en/registration/link",
    "/en/registration/confirm/not-a-real-token",
    "/en/registration/access/not-a-real-token",
    "/en/meetings/hld-2013-informal-interactive-hearings/register",
    `/en/events/${PARENT_EVENT.slug}/register`,
    "/admin",
    "/admin/sign-in",
    "/api/auth/session",
  ];
  for (const address of personal) {
    const response = await get(request, address);
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl, address).toMatch(/(^|,\s*)no-store(,|$)/u);
    expect(cacheControl, address).not.toMatch(/public|s-maxage/u);
    expect(response.headers()["x-nextjs-cache"], address).not.toBe("HIT");
  }
});
