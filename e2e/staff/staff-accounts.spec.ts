// Staff accounts end to end: the admin (the staff project's signed-in user) adds an editor, the
// editor signs in elsewhere, must replace the temporary password, then works; the admin
// deactivates the editor and the editor's open session is refused on its very next request.
import { expect, test } from "@playwright/test";
import { chooseNewPassword, createStaffUser, signInAs, strongPassword } from "../fixtures/staff-users";
import { expectNoSeriousA11yViolations } from "../public/a11y";

test("an admin adds an editor, who must choose a password, works, and is shut out at once when deactivated", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await page.goto("/admin/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/admin/staff/new");
  await expect(page.getByRole("heading", { level: 1, name: "Add a staff member" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const editor = await createStaffUser(page, { role: "EDITOR", keepTemporaryPassword: true });

  // The editor, in a second browser: the temporary password only leads to the new-password page.
  const editorPage = await signInAs(browser, editor);
  await expect(editorPage).toHaveURL(/\/admin\/sign-in\/new-password/u);
  await expect(editorPage.getByRole("heading", { level: 1, name: "Choose your password" })).toBeVisible();
  await expectNoSeriousA11yViolations(editorPage);
  await editorPage.goto("/admin/meetings");
  await expect(editorPage).toHaveURL(/\/admin\/sign-in\/new-password\?callbackUrl=%2Fadmin%2Fmeetings/u);

  // A weak password is refused on the field, before anything is sent.
  await editorPage.getByLabel("Temporary password").fill(editor.password);
  await editorPage.getByLabel(/^New password/u).fill("password1234");
  await editorPage.getByLabel("Repeat the new password").fill("password1234");
  await editorPage.getByRole("button", { name: "Change password" }).click();
  await expect(editorPage.getByText(/too easy to guess/u)).toBeVisible();

  const chosen = strongPassword();
  await chooseNewPassword(editorPage, editor.password, chosen);
  await expect(editorPage).toHaveURL(/\/admin\/meetings$/u);
  await expect(editorPage.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  // An editor works on content but not on staff accounts.
  await editorPage.goto("/admin/staff");
  await expect(editorPage.getByText("Your role does not allow you to manage staff accounts.", { exact: false })).toBeVisible();
  await expect(editorPage.getByRole("table")).toHaveCount(0);

  // The admin finds the editor in the list and deactivates the account.
  await page.goto(`/admin/staff?q=${encodeURIComponent(editor.email)}`);
  const row = page.getByRole("row", { name: new RegExp(editor.email.replace(/[.]/gu, "\\."), "u") });
  await expect(row).toContainText("Editor");
  await expect(row).toContainText("Active");
  await row.getByRole("link", { name: editor.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: editor.name })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Deactivate…" }).click();
  const dialog = page.getByRole("dialog", { name: `Deactivate ${editor.name}?` });
  await dialog.getByRole("button", { name: "Deactivate account" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("This account cannot sign in.")).toBeVisible();

  // The editor's open session is refused on the very next request…
  await editorPage.goto("/admin/meetings");
  await expect(editorPage).toHaveURL(/\/admin\/sign-in\?callbackUrl=%2Fadmin%2Fmeetings/u);
  // …and signing in again is refused with the usual answer.
  await editorPage.getByLabel("Email").fill(editor.email);
  await editorPage.getByLabel(/^Password/u).fill(chosen);
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(editorPage.getByText("The email or password is incorrect, or the account is not active.")).toBeVisible();
  await editorPage.context().close();
});

test("a password reset ends the user's sessions and makes them choose a new password", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const registrar = await createStaffUser(page, { role: "REGISTRAR" });
  const registrarPage = await signInAs(browser, registrar);
  await expect(registrarPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.goto(`/admin/staff?q=${encodeURIComponent(registrar.email)}&role=REGISTRAR&status=active`);
  await page.getByRole("link", { name: registrar.name }).click();
  await page.getByRole("button", { name: "Reset password…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Reset password" }).click();
  const temporary = (await page.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(temporary).toHaveLength(24);

  await registrarPage.goto("/admin");
  await expect(registrarPage).toHaveURL(/\/admin\/sign-in\?/u);
  const again = await signInAs(browser, { email: registrar.email, password: temporary });
  await chooseNewPassword(again, temporary, strongPassword());
  await expect(again.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await again.goto("/admin/account");
  await expect(again.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectNoSeriousA11yViolations(again);
  await registrarPage.context().close();
  await again.context().close();
});
