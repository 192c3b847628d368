// The staff console refuses anonymous visitors: the page redirects to sign-in and its content is
// never served, whether or not the request carries something that looks like a session cookie
// (proxy.ts only checks that a cookie exists; the layout and page check the session itself).
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../fixtures/credentials";
import { expectNoSeriousA11yViolations } from "../public/a11y";

test.use({ storageState: { cookies: [], origins: [] } });

test("an anonymous visitor of /admin is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in\?callbackUrl=%2Fadmin$/u);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

for (const cookie of [undefined, "next-auth.session-token=forged-token-value"]) {
  test(`the console's content is not served to a request ${cookie ? "with a forged session cookie" : "without a session"}`, async ({ request }) => {
    for (const path of ["/admin", "/admin/meetings?size=100", "/admin/meetings/cm0000000000000000000000", "/admin/staff", "/admin/account"]) {
      const response = await request.get(path, { maxRedirects: 0, headers: cookie ? { cookie } : {} });
      expect(response.status(), path).toBeGreaterThanOrEqual(300);
      expect(response.status(), path).toBeLessThan(400);
      expect(response.headers().location, path).toMatch(/\/admin\/sign-in/u);
      const body = await response.text();
      expect(body).not.toContain("Informal interactive hearings");
      expect(body).not.toContain("HLD Series roundtable");
      expect(body).not.toContain(E2E_ADMIN.email);
    }
  });
}

test("a wrong password is refused with a clear message; the right one signs in and out", async ({ page }) => {
  await page.goto("/admin/sign-in?callbackUrl=%2Fadmin%3Fsize%3D10");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is incorrect, or the account is not active.")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/sign-in/u);

  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/admin" && url.search === "?size=10");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/admin/sign-in");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/u);
});

test("the sign-in page does not redirect to another site after signing in", async ({ page }) => {
  await page.goto(`/admin/sign-in?callbackUrl=${encodeURIComponent("https://evil.example/admin")}`);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/admin");
  expect(new URL(page.url()).host).not.toBe("evil.example");
});

test("a sign-in submitted before the page's script runs never puts the password in the address", async ({ browser }) => {
  // No JavaScript at all is the extreme case of a click before hydration: the browser submits
  // the form natively. It must be a POST, so that credentials stay out of URLs, logs and history.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  const submitted = page.waitForRequest((request) => new URL(request.url()).pathname === "/admin/sign-in" && request.isNavigationRequest());
  await page.getByRole("button", { name: "Sign in" }).click();
  const request = await submitted;
  expect(request.method()).toBe("POST");
  expect((await request.response())?.status()).toBeLessThan(500);
  await page.waitForLoadState();
  expect(page.url()).not.toContain(encodeURIComponent(E2E_ADMIN.password));
  expect(page.url()).not.toContain("password");
  await context.close();
});
