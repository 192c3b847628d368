// Staff edit a meeting and publish it; the public meeting page follows (edit → publish → public
// page, end to end on the production build). The hearing meeting is used because no public spec
// depends on its title or status.
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../public/a11y";

const SLUG = "hld-2013-informal-interactive-hearings";

// The tests below edit the same meeting, so they run one after another.
test.describe.configure({ mode: "serial" });

async function openMeetingEditor(page: Page) {
  await page.goto(`/admin/meetings?q=${encodeURIComponent("interactive hearings")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  const table = page.getByRole("table", { name: "Meetings" });
  await table.getByRole("row").filter({ hasText: "Interactive hearing" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\/meetings\/[a-z0-9]+$/u);
  await expect(page.getByLabel("Title (English)")).toBeVisible();
}

test("staff edit a meeting's title, unpublish and publish it, and the public page follows", async ({ page }) => {
  const title = `Informal interactive hearings (edited ${Date.now()})`;
  await openMeetingEditor(page);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Title (English)").fill(title);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // Unpublishing asks first, then takes the meeting back to draft.
  await page.getByRole("button", { name: "Unpublish" }).click();
  const dialog = page.getByRole("dialog", { name: "Take this meeting off the public site?" });
  await dialog.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByText("Meeting unpublished. It is a draft again.")).toBeVisible();
  await expect(page.locator(".page-header").getByText("Draft", { exact: true })).toBeVisible();

  // A draft is not on the public site.
  const draftResponse = await page.goto(`/en/meetings/${SLUG}`);
  expect(draftResponse?.status()).toBe(404);

  await page.goBack();
  await expect(page.getByLabel("Title (English)")).toHaveValue(title);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Meeting published. The public page shows it now.")).toBeVisible();
  await expect(page.locator(".page-header").getByText("Published", { exact: true })).toBeVisible();

  const publicResponse = await page.goto(`/en/meetings/${SLUG}`);
  expect(publicResponse?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("the meetings list pages and sorts on the server, keeping its state in the URL", async ({ page }) => {
  await page.goto("/admin/meetings?size=10");
  const table = page.getByRole("table", { name: "Meetings" });
  await expect(table.getByRole("row")).toHaveCount(11);
  await expect(page.getByText(/^1–10 of \d+ · page 1 of \d+$/u)).toBeVisible();

  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2/u);
  await expect(page.getByText(/^11–\d+ of \d+ · page 2 of \d+$/u)).toBeVisible();

  await table.getByRole("button", { name: /Status/u }).click();
  await expect(page).toHaveURL(/[?&]sort=status/u);
  await expect(page).not.toHaveURL(/[?&]page=/u);
  await expect(table.getByRole("columnheader", { name: /Status/u })).toHaveAttribute("aria-sort", "ascending");
});

test("a replay of the staff edit request without the session cookie changes nothing", async ({ page, playwright, baseURL }) => {
  const savedTitle = `Informal interactive hearings (saved ${Date.now()})`;
  await openMeetingEditor(page);
  await page.getByLabel("Title (English)").fill(savedTitle);
  const captured = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Save changes" }).click();
  const request = await captured;
  await expect(page.getByText("Changes saved.")).toBeVisible();

  const allHeaders = await request.allHeaders();
  const body = request.postData() ?? "";
  const version = Number(/"version":(\d+)/u.exec(body)?.[1]);
  expect(body).toContain(savedTitle);
  expect(version).toBeGreaterThan(0);
  // The replay carries the meeting's current version, so only the missing session can stop it.
  const replayBody = (title: string) => body.replace(savedTitle, title).replace(`"version":${version}`, `"version":${version + 1}`);
  const { cookie, ...headersWithoutCookie } = allHeaders;
  expect(cookie).toContain("next-auth.session-token=");
  const replayHeaders = Object.fromEntries(
    Object.entries(headersWithoutCookie).filter(([name]) => !name.startsWith(":") && !["host", "content-length", "connection", "accept-encoding"].includes(name)),
  );

  // Request contexts inherit the project's storageState (the signed-in admin): start empty.
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  // Without any cookie (proxy.ts turns it away before the action runs)…
  const withoutCookie = await anonymous.post(request.url(), { headers: replayHeaders, data: replayBody("Replayed without a session"), maxRedirects: 0 });
  expect(await withoutCookie.text()).not.toContain('"ok":true');
  // …and with a made-up session cookie, which passes proxy.ts, so the action's own check refuses it.
  const forged = await anonymous.post(request.url(), {
    headers: { ...replayHeaders, cookie: "next-auth.session-token=forged" },
    data: replayBody("Replayed without a session"),
    maxRedirects: 0,
  });
  const refusal = await forged.text();
  expect(refusal).toContain("Please sign in.");
  expect(refusal).not.toContain('"ok":true');
  await anonymous.dispose();

  await page.reload();
  await expect(page.getByLabel("Title (English)")).toHaveValue(savedTitle);
  await page.goto(`/en/meetings/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(savedTitle);

  // Control: the same replay with the session cookie is accepted, so the request above was
  // well-formed and refused for want of a session alone.
  const withSession = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const accepted = await withSession.post(request.url(), { headers: { ...replayHeaders, cookie: cookie ?? "" }, data: replayBody("Replayed with the session") });
  expect(await accepted.text()).toContain('"ok":true');
  await withSession.dispose();
  await page.goto(`/en/meetings/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Replayed with the session");
});
