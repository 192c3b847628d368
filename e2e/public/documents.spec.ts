import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { formatFileSize } from "../../components/meetings/format";
import { signInAsAdmin } from "../fixtures/admin-session";
import { createBilingualDocument, deleteDocument, uploadFrenchFileAndPublish } from "../fixtures/meeting-documents";
import { createDraftMeeting, deleteMeeting } from "../fixtures/draft-meetings";
import { expectNoSeriousA11yViolations } from "./a11y";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

test("the documents page lists the principal documents first, by symbol, each linked to its own page", async ({ page }) => {
  await page.goto("/en/documents");
  const principal = page.getByRole("table", { name: "Principal documents" });
  await expect(principal.getByRole("row").locator("td.doc-symbol")).toHaveText(["A/67/254", "A/RES/58/208", "A/RES/63/225", "A/RES/65/170"]);
  await expect(principal.getByRole("link", { name: "A/RES/58/208" })).toHaveAttribute("href", "/en/documents/symbol/A/RES/58/208");
  // Principal documents come before the others on the page.
  const headings = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(headings).toHaveText(["Filter the documents", "Principal documents", "Other documents"]);
  await expect(principal.getByRole("row", { name: /resolution 58\/208/u })).toContainText("23 December 2003");
  await expect(principal.getByRole("row", { name: /report of the Secretary-General/u })).toContainText("Not yet available");
  await expectNoSeriousA11yViolations(page);
});

test("a document issued in languages without files lists each by its own name as not yet available, never another file", async ({ page }) => {
  await page.goto("/en/documents");
  const reports = page.getByRole("table", { name: "Other documents" });
  const report = reports.getByRole("row", { name: /HLD Series Report/u });
  await expect(report.getByRole("listitem")).toHaveText(["English: not yet available", "Français: not yet available", "Español: not yet available"]);
  // Each name is marked with its language (and direction), so screen readers pronounce it right.
  const names = report.getByRole("listitem").locator("span[lang]");
  await expect(names).toHaveText(["English", "Français", "Español"]);
  expect(await names.evaluateAll((spans) => spans.map((span) => `${span.getAttribute("lang")}/${span.getAttribute("dir")}`))).toEqual([
    "en/ltr",
    "fr/ltr",
    "es/ltr",
  ]);
  // The only link is the event the report belongs to: no download stands in for a missing file.
  await expect(report.getByRole("link")).toHaveText(["2013 High-Level Dialogue on International Migration and Development Series"]);
  await expectNoSeriousA11yViolations(page);
});

test("the stable download address is never redirected to a locale", async ({ request }) => {
  const response = await request.get("/files/no-such-document/fr", { maxRedirects: 0 });
  // An unknown document is a plain 404 at that address, not next-intl's redirect to /en/files/….
  expect(response.status()).toBe(404);
  expect(response.headers().location).toBeUndefined();
});

test("a document issued in English and French with only the French file links Français and leaves English not yet available", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const staff = await signInAsAdmin(browser);
  const meeting = await createDraftMeeting(staff, `Public documents ${stamp}`);
  const title = `Bilingual report ${stamp}`;
  let documentId = "";
  try {
    documentId = await createBilingualDocument(staff, meeting, title);
    const pdf = await uploadFrenchFileAndPublish(staff, meeting, documentId, stamp);

    const expectedSize = formatFileSize(pdf.length, "en");
    for (const path of [`/en/meetings/${meeting.slug}`, "/en/documents"]) {
      // Public pages are cached; the upload and the publications bump the revision, which refreshes them within seconds.
      await expect(async () => {
        await page.goto(path);
        await expect(page.getByRole("row", { name: new RegExp(title, "u") })).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 30_000 });
      const row = page.getByRole("row", { name: new RegExp(title, "u") });
      const download = `Download ${title} in Français (PDF, ${expectedSize})`;
      await expect(row.getByRole("listitem")).toHaveText(["English: not yet available", download]);
      const link = row.getByRole("link", { name: download });
      // Sighted readers see "Français (PDF, …)" in the document's row; the title is there for screen readers.
      await expect(link.locator(".visually-hidden")).toHaveText(`Download ${title} in `);
      await expect(link).toHaveAttribute("href", `/files/${documentId}/fr`);
      await expect(link).toHaveAttribute("hreflang", "fr");
      await expect(link.locator("span[lang=fr]")).toHaveText("Français");
      await expectNoSeriousA11yViolations(page);
    }

    const french = await page.request.get(`/files/${documentId}/fr`);
    expect(french.status()).toBe(200);
    expect(sha256(await french.body())).toBe(sha256(pdf));
    // The size travels with the file (Next strips it; the server's preload restores it), for the
    // browser's download progress and for HEAD; never the private header it came through.
    expect(french.headers()["content-length"]).toBe(String(pdf.length));
    expect(french.headers()["x-body-length"]).toBeUndefined();
    const head = await page.request.head(`/files/${documentId}/fr`);
    expect(head.headers()["content-length"]).toBe(String(pdf.length));
    const range = await page.request.get(`/files/${documentId}/fr`, { headers: { Range: "bytes=0-7" } });
    expect(range.status()).toBe(206);
    expect(range.headers()["content-length"]).toBe("8");
    expect((await range.body()).toString("latin1")).toBe(pdf.subarray(0, 8).toString("latin1"));
    // No substitute at the stable address either: English has no file, so it is a 404, not the French one.
    expect((await page.request.get(`/files/${documentId}/en`)).status()).toBe(404);
  } finally {
    if (documentId) await deleteDocument(staff, documentId);
    await deleteMeeting(staff, meeting);
    await staff.context().close();
  }
});
