// The public registration journey in the browser (issue 5, points 2–4): client and no-JavaScript
// validation, the generic answer, confirmation by POST, the status page (edit, withdraw, forget),
// "send me my link again", the privacy headers, and hostile text rendered as text.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { latestMailText, linkIn, type OpenHearing, openHearing, signInAsAdmin } from "./registration-helpers";

const stamp = Date.now();
const HOSTILE = `<img src=x onerror="window.__pwned=1">"'&<script>window.__pwned=2</script>`;
let hearing: OpenHearing;
let staff: Page;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  staff = await signInAsAdmin(browser);
  hearing = await openHearing(staff, `Registration hearing ${stamp}`);
});

test.afterAll(async () => {
  await staff?.context().close();
});

const registerPath = () => `/en/meetings/${hearing.slug}/register`;

async function fillValidForm(page: Page, { organisation, email }: { organisation: string; email: string }) {
  const org = page.getByRole("group", { name: "Organisation" });
  await org.getByLabel("Name of the organisation").fill(organisation);
  await org.getByLabel("Type of organisation").selectOption("NGO");
  await org.getByLabel("Country of headquarters").selectOption({ label: "Côte d'Ivoire" });
  await org.getByLabel("Website").fill("www.example.org");
  await org.getByLabel("ECOSOC consultative status").selectOption("NONE");
  await org.getByLabel("Short description").fill(`An organisation that works on migration and development. ${HOSTILE}`);
  const contact = page.getByRole("group", { name: "Contact person" });
  await contact.getByLabel("Full name").fill(`Ada ${HOSTILE}`);
  await contact.getByLabel("Function or title").fill(`Director ${HOSTILE}`);
  await contact.getByLabel("Email address").fill(email);
  await contact.getByLabel("Telephone").fill("+41 22 917 1234");
  await page.getByRole("button", { name: "Copy the contact person" }).click();
  await expect(page.getByRole("group", { name: "Representative 1", exact: true }).getByLabel("Email address")).toHaveValue(email);
  await page.getByLabel(/I have read the privacy notice/u).check();
}

test("the registration pages answer with no-store and a same-origin referrer policy, and unknown hearings are a 404", async ({ request }) => {
  for (const path of [registerPath(), "/en/registration/status", "/en/registration/link", `/en/registration/confirm/${"A".repeat(43)}`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toContain("no-store");
    // Not "no-referrer": browsers then post forms with Origin: null, which Next refuses as cross-site.
    expect(response.headers()["referrer-policy"], path).toBe("same-origin");
    expect(response.headers()["x-robots-tag"], path).toBe("noindex");
  }
  const access = await request.get(`/en/registration/access/${"B".repeat(43)}`, { maxRedirects: 0 });
  expect(access.status()).toBe(303);
  // Relative: an absolute one built from request.url could name another host (Next rewrites 127.0.0.1 to localhost).
  expect(access.headers().location).toBe("/en/registration/status?link=invalid");
  expect(access.headers().location).not.toContain("BBBB");
  expect(access.headers()["cache-control"]).toContain("no-store");
  expect(access.headers()["referrer-policy"]).toBe("no-referrer");
  expect((await request.get("/en/meetings/no-such-hearing/register")).status()).toBe(404);
});

test("the hearing's public page shows the registration window and links to the form", async ({ page }) => {
  // The hearing page is cached; opening registration refreshes it within seconds.
  await expect(async () => {
    await page.goto(`/en/meetings/${hearing.slug}`);
    await expect(page.getByRole("region", { name: "Registration" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const callout = page.getByRole("region", { name: "Registration" });
  await expect(callout).toContainText(/Registration: .+ to .+ \((Eastern Standard|Eastern Daylight) Time\)\./u);
  await expect(callout.getByRole("link", { name: "Register your organisation" })).toHaveAttribute("href", registerPath());
  await expect(callout.getByRole("link", { name: "Already registered? See your registration" })).toHaveAttribute("href", "/en/registration/status");
  await callout.screenshot({ path: test.info().outputPath("callout-1280.png") });
  await expectNoSeriousA11yViolations(page);
});

test("the form checks fields in the browser: errors on the fields and a summary that takes focus and links to them", async ({ page }) => {
  await page.goto(registerPath());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Register for ${hearing.title}`);
  await expect(page.getByText("Without ECOSOC consultative status", { exact: false })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath("register-1280.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await expect(async () => {
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.locator("#error-summary")).toBeFocused({ timeout: 1_000 });
  }).toPass();
  const summary = page.locator("#error-summary");
  await expect(summary.getByRole("link", { name: "Enter the organisation's name." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "You must accept the privacy notice to register." })).toBeVisible();
  const name = page.getByLabel("Name of the organisation");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Enter the organisation's name\./u);
  await summary.getByRole("link", { name: "Enter the organisation's name." }).click();
  await expect(name).toBeFocused();
  await name.fill("Ok");
  await expectNoSeriousA11yViolations(page);

  // Representatives: 1 to the period's maximum (2), focus follows, changes are announced.
  await page.getByRole("button", { name: "Add a representative" }).click();
  const second = page.getByRole("group", { name: "Representative 2", exact: true });
  await expect(second.getByLabel("Full name")).toBeFocused();
  await expect(page.getByText("Representative 2 added.")).toBeAttached();
  await expect(page.getByRole("button", { name: "Add a representative" })).toHaveAttribute("aria-disabled", "true");
  await page.getByRole("button", { name: "Remove representative 2" }).click();
  await expect(second).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Representative 1", exact: true }).getByLabel("Full name")).toBeFocused();

  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: test.info().outputPath("register-errors-375.png"), fullPage: true });
  await page.screenshot({ path: test.info().outputPath("register-errors-375-top.png") });
  await page.getByRole("group", { name: "Representatives", exact: true }).screenshot({ path: test.info().outputPath("register-representatives-375.png") });
  await page.getByRole("group", { name: "Privacy notice" }).screenshot({ path: test.info().outputPath("register-privacy-375.png") });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("without JavaScript the server re-renders the form with every value and its errors", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(registerPath());
  await page.getByLabel("Name of the organisation").fill("Réseau des migrants");
  await page.getByLabel("Type of organisation").selectOption("ACADEMIA");
  await page.getByLabel("Country of headquarters").selectOption("FR");
  await page.getByRole("group", { name: "Contact person" }).getByLabel("Email address").fill("not-an-email");
  await page.getByRole("group", { name: "Contact person" }).getByLabel("Full name").fill("Jean Dupont");
  await page.getByLabel("Français").check();
  // The fill-time check wants a person's pace (3 s).
  await page.waitForTimeout(3_500);
  await page.getByRole("button", { name: "Register" }).click();
  await page.waitForLoadState("load");
  await expect(page.locator("#error-summary")).toBeVisible();
  await expect(page.getByLabel("Name of the organisation")).toHaveValue("Réseau des migrants");
  await expect(page.getByLabel("Type of organisation")).toHaveValue("ACADEMIA");
  await expect(page.getByLabel("Country of headquarters")).toHaveValue("FR");
  await expect(page.getByRole("group", { name: "Contact person" }).getByLabel("Full name")).toHaveValue("Jean Dupont");
  const email = page.getByRole("group", { name: "Contact person" }).getByLabel("Email address");
  await expect(email).toHaveValue("not-an-email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a valid email address.").first()).toBeVisible();
  await expect(page.getByLabel("Français")).toBeChecked();
  await expect(page.locator("#error-summary").getByRole("link", { name: "You must accept the privacy notice to register." })).toBeVisible();
  await context.close();
});

test("the form in Arabic and Chinese: right to left for Arabic, its labels and errors in the page's language", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const cases = [
    { locale: "ar", dir: "rtl", submit: "تسجيل", name: "اسم المنظمة", nameError: "أدخل اسم المنظمة.", consentError: "يجب أن توافق على إشعار الخصوصية لكي تسجّل." },
    { locale: "zh", dir: "ltr", submit: "注册", name: "组织名称", nameError: "请输入组织名称。", consentError: "您必须接受隐私声明才能注册。" },
  ];
  for (const { locale, dir, submit, name, nameError, consentError } of cases) {
    await page.goto(`/${locale}/meetings/${hearing.slug}/register`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await expect(page.getByRole("radio", { name: "العربية" })).toBeVisible();
    await expect(page.getByRole("radio", { name: "中文" })).toBeVisible();
    // The page's language is the default language of our emails.
    await expect(page.locator(`#field-language-${locale}`)).toBeChecked();
    await page.screenshot({ path: test.info().outputPath(`register-${locale}-1280.png`), fullPage: true });
    await expect(async () => {
      await page.getByRole("button", { name: submit, exact: true }).click();
      await expect(page.locator("#error-summary")).toBeFocused({ timeout: 1_000 });
    }).toPass();
    const summary = page.locator("#error-summary");
    await expect(summary.getByRole("link", { name: nameError })).toBeVisible();
    await expect(summary.getByRole("link", { name: consentError })).toBeVisible();
    await expect(page.getByLabel(name)).toHaveAccessibleDescription(new RegExp(nameError.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"), "u"));
    await page.screenshot({ path: test.info().outputPath(`register-${locale}-errors-1280.png`), fullPage: true });
    await expectNoSeriousA11yViolations(page);
  }
});

test("without JavaScript the server's errors come back in the page's language", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`/ru/meetings/${hearing.slug}/register`);
  await page.getByRole("group", { name: "Контактное лицо" }).getByLabel("Адрес электронной почты").fill("not-an-email");
  await page.waitForTimeout(3_500);
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await page.waitForLoadState("load");
  const summary = page.locator("#error-summary");
  await expect(summary.getByRole("link", { name: "Введите правильный адрес электронной почты." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Введите название организации." })).toBeVisible();
  await expect(summary).not.toContainText("Enter");
  await context.close();
});

async function registerAndConfirm(browser: Browser, page: Page, { organisation, email }: { organisation: string; email: string }) {
  await page.goto(registerPath());
  await fillValidForm(page, { organisation, email });
  await page.waitForTimeout(3_000);
  await page.getByRole("button", { name: "Register" }).click();
  const done = page.getByRole("heading", { name: "Check your email" });
  await expect(done).toBeVisible();
  await expect(page.getByRole("link", { name: "Send me my link again" })).toHaveAttribute("href", "/en/registration/link");

  const body = await latestMailText(staff, email, /Confirm/u);
  const confirm = linkIn(body, "confirm");
  // Opening the link changes nothing: only the button (a POST) confirms.
  await page.goto(confirm);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your email address");
  await page.reload();
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await page.waitForURL((url) => url.pathname === "/en/registration/status");
}

test("a complete registration: generic answer, confirmation by button, status page with hostile text inert, edit, withdraw, forget", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const email = `ada-${stamp}@example.org`;
  const organisation = `Hostile ${HOSTILE} ${stamp}`;
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await registerAndConfirm(browser, page, { organisation, email });

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your registration");
  await expect(page.getByRole("heading", { level: 2, name: organisation })).toBeVisible();
  await expect(page.getByTestId("status-next")).toContainText("first put to Member States for non-objection");
  await expect(page.getByText(`Ada ${HOSTILE}`).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("main img, main script").count()).toBe(0);
  expect(dialogs).toBe(0);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath("status-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: test.info().outputPath("status-375.png"), fullPage: true });
  await page.screenshot({ path: test.info().outputPath("status-375-top.png") });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Edit while under review.
  const edit = page.getByRole("region", { name: "Change your details" });
  await edit.getByLabel("Function or title").first().fill("Executive director");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes were saved.", { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: organisation }).getByText("Executive director")).toBeVisible();

  // The status link from "send me my link again" opens the page on another device, at this very address.
  const elsewhere = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await elsewhere.goto("/en/registration/link");
  await elsewhere.getByLabel("Email address").fill(email);
  await elsewhere.getByRole("button", { name: "Send me my link" }).click();
  await expect(elsewhere.getByRole("status").filter({ hasText: "If this address" })).toBeVisible();
  const accessPath = linkIn(await latestMailText(staff, email, /Your registration link/u), "access");
  await elsewhere.goto(accessPath);
  expect(elsewhere.url()).toBe(new URL("/en/registration/status", page.url()).href);
  await expect(elsewhere.getByRole("heading", { level: 2, name: organisation })).toBeVisible();
  await elsewhere.context().close();
  // The new link replaced the old one: this browser's cookie no longer opens the registration.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We cannot show a registration");
  await page.goto(accessPath);
  await expect(page.getByRole("heading", { level: 2, name: organisation })).toBeVisible();

  // Withdraw behind a confirmation step.
  await page.getByText("Withdraw our registration", { exact: true }).click();
  await expect(page.getByText("Withdraw this registration?")).toBeVisible();
  await page.getByRole("button", { name: "Yes, withdraw our registration" }).click();
  await expect(page.getByTestId("status-next")).toHaveText("You withdrew this registration. Its place has been freed.");
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: /Status/u })).toContainText("Withdrawn");
  await expect(page.getByRole("region", { name: "Change your details" })).toHaveCount(0);

  // Forget this device.
  await page.getByRole("button", { name: "Forget this device" }).click();
  await page.waitForURL(/\/en\/registration\/status\?forgotten=1$/u);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We cannot show a registration");
  await expect(page.getByRole("link", { name: "Send me my link again" })).toBeVisible();
});

test("send me my link again answers the same for a known and an unknown address", async ({ page }) => {
  const answers: string[] = [];
  for (const email of [`ada-${stamp}@example.org`, `nobody-${stamp}@example.org`]) {
    await page.goto("/en/registration/link");
    await expect(async () => {
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Send me my link" }).click();
      await expect(page.getByRole("status").filter({ hasText: "If this address" })).toBeVisible({ timeout: 2_000 });
    }).toPass();
    answers.push((await page.locator("main").innerText()).trim());
  }
  expect(answers[0]).toBe(answers[1]);
  await expectNoSeriousA11yViolations(page);
});
