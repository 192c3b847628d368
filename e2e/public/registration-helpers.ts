// Set-up for the public registration specs, done the way staff do it, through the console: a
// published interactive hearing of its own with registration open since a minute ago, and the
// confirmation link read from the staff Mail log (no mail server in e2e: messages are held there).
import { expect, type Page } from "@playwright/test";
import { signInAsAdmin } from "../fixtures/admin-session";
import { PARENT_EVENT } from "../fixtures/draft-meetings";
import { venueMinute } from "../fixtures/venue-time";

export const VENUE_TIME_ZONE = "America/New_York";

export interface OpenHearing {
  id: string;
  slug: string;
  title: string;
}

/** Creates and publishes a hearing under the seeded 2013 event, and opens registration on it now. */
export async function openHearing(staff: Page, title: string, { maxRepresentatives = 2 } = {}): Promise<OpenHearing> {
  await staff.goto("/admin/meetings/new");
  await expect(async () => {
    await staff.getByLabel("Title (English)").fill(title);
    await expect(staff.getByLabel("Page address")).not.toHaveValue("", { timeout: 1_000 });
  }).toPass();
  await staff.getByLabel("Kind").selectOption("INTERACTIVE_HEARING");
  await staff.getByLabel("Event").selectOption({ label: PARENT_EVENT.option });
  const slug = await staff.getByLabel("Page address").inputValue();
  await staff.getByRole("button", { name: "Create meeting" }).click();
  await staff.waitForURL(/\/admin\/meetings\/[a-z0-9]{20,40}$/u);
  const id = new URL(staff.url()).pathname.split("/").pop() ?? "";
  await expect(async () => {
    await staff.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(staff.getByText("Meeting published.", { exact: false })).toBeVisible({ timeout: 2_000 });
  }).toPass();

  await staff.goto(`/admin/registrations/periods/new?meetingId=${id}`);
  const now = Date.now();
  await expect(async () => {
    await staff.getByLabel(/^Opens/u).fill(venueMinute(now - 120_000, VENUE_TIME_ZONE));
    await staff.getByLabel(/^Closes/u).fill(venueMinute(now + 7 * 86_400_000, VENUE_TIME_ZONE));
    await staff.getByLabel("Representatives per organisation").fill(String(maxRepresentatives));
    await staff.getByRole("button", { name: "Open registration" }).click();
    await staff.waitForURL(/\/admin\/registrations\/periods\/[a-z0-9]{20,40}$/u, { timeout: 5_000 });
  }).toPass();
  return { id, slug, title };
}

/** The newest message of `template` to `recipient` in the Mail log: its plain-text body. */
export async function latestMailText(staff: Page, recipient: string, subject: RegExp): Promise<string> {
  let body = "";
  await expect(async () => {
    await staff.goto(`/admin/mail?q=${encodeURIComponent(recipient)}`);
    await staff.getByRole("link", { name: subject }).first().click({ timeout: 2_000 });
    await staff.waitForURL(/\/admin\/mail\/[a-z0-9]{20,40}$/u, { timeout: 2_000 });
    body = (await staff.locator(".mail-text").textContent({ timeout: 2_000 })) ?? "";
    expect(body).not.toBe("");
  }).toPass({ timeout: 20_000 });
  return body;
}

/** The path of the first registration link of `kind` in an email body. */
export function linkIn(body: string, kind: "confirm" | "access"): string {
  const match = new RegExp(`/en/registration/${kind}/[A-Za-z0-9_-]{43}`, "u").exec(body);
  if (!match) throw new Error(`no ${kind} link in the email`);
  return match[0];
}

export { signInAsAdmin };
