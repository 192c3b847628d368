// Documents in every UN language, as an editor works with them: create a document on a meeting,
// upload the French report by the picker with its progress bar, publish, and see the public page
// list "Français" whose download has exactly the uploaded bytes; drop three files at once and
// check the recognised languages; replace, see the history, revert; a renamed HTML file refused
// with the server's message; documents reordered on the meeting's page by buttons, by the drag
// handle's keyboard mode and by the mouse.
import { createHash } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { renamedHtml, samplePdf } from "../../lib/uploads/testing/sample-files";
import { createDraftMeeting, deleteMeeting, type DraftMeeting } from "../fixtures/draft-meetings";
import { expectNoSeriousA11yViolations } from "../public/a11y";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A valid PDF of about `megabytes` MB: a real one-page PDF followed by a comment block (allowed after %%EOF). */
function largePdf(text: string, megabytes: number): Buffer {
  const line = `%${"x".repeat(78)}\n`;
  const padding = Buffer.from(line.repeat(Math.ceil((megabytes * 1_000_000) / line.length)), "latin1");
  return Buffer.concat([samplePdf(text), padding]);
}

/** The document page's tabs switch only once React runs: click until they do. */
async function waitForHydration(page: Page) {
  await expect(async () => {
    await page.getByRole("tab", { name: /Français/u }).click();
    await expect(page.getByLabel("Title (French)")).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.getByRole("tab", { name: /English/u }).click();
}

/** Creates a draft document on the meeting through its "New document" link; stays on the document's page. */
async function createDocument(page: Page, meeting: DraftMeeting, title: string, languages: readonly string[]): Promise<string> {
  await page.goto(`/admin/meetings/${meeting.id}`);
  await page.getByRole("region", { name: "Documents" }).getByRole("link", { name: "New document" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New document" })).toBeVisible();
  await waitForHydration(page);
  await page.getByLabel("Kind").selectOption({ label: "Report" });
  await page.getByLabel("Title (English)").fill(title);
  for (const language of languages) await page.getByRole("checkbox", { name: new RegExp(`^${language}`, "u") }).check();
  await page.getByRole("button", { name: "Create document" }).click();
  await page.waitForURL(/\/admin\/documents\/[a-z0-9]{20,40}$/u, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await waitForHydration(page);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

async function deleteDocument(page: Page, id: string) {
  await page.goto(`/admin/documents/${id}`);
  await waitForHydration(page);
  const unpublish = page.getByRole("button", { name: "Unpublish", exact: true });
  if (await unpublish.isVisible()) {
    await unpublish.click();
    await page.getByRole("dialog").getByRole("button", { name: "Unpublish" }).click();
    await expect(page.getByRole("button", { name: "Delete draft" })).toBeVisible();
  }
  await page.getByRole("button", { name: "Delete draft" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete draft" }).click();
  await page.waitForURL(/\/admin\/meetings\/[a-z0-9]{20,40}$/u);
  // The URL changes before the meeting page has rendered; a navigation now would abort that one.
  await expect(page.getByRole("region", { name: "Documents" })).toBeVisible();
}

/** Chooses `file` in the row's own picker (Upload or Replace). */
async function chooseFile(page: Page, languageRow: ReturnType<Page["getByRole"]>, action: "Upload" | "Replace", name: string, file: { name: string; buffer: Buffer }) {
  const chooser = page.waitForEvent("filechooser");
  await languageRow.getByRole("button", { name: `${action} the ${name} file` }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: "application/pdf", buffer: file.buffer });
}

test("an editor uploads the French report with a progress bar, publishes, and the public downloads the same bytes", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const meeting = await createDraftMeeting(page, `E2E documents ${stamp}`);
  const title = `E2E report ${stamp}`;
  const created: string[] = [];
  try {
    const documentId = await createDocument(page, meeting, title, ["Français"]);
    created.push(documentId);
    await expectNoSeriousA11yViolations(page);
    const french = page.getByRole("listitem", { name: "Français (French)" });
    await expect(french.getByText("No file yet")).toBeVisible();

    // A 24 MB PDF sent through a link limited to 6 MB/s: the upload takes seconds, so the bar is
    // seen moving, not just asserted to exist.
    const pdf = largePdf(`Rapport ${stamp}`, 24);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 6 * 1024 * 1024 });
    // Cancel stops the upload half way: nothing is stored, and focus goes back to Upload.
    await chooseFile(page, french, "Upload", "Français", { name: "HLD_Series_Report_FR.pdf", buffer: pdf });
    await expect(french.getByRole("progressbar")).toHaveAttribute("value", /^[1-9][0-9]?$/u);
    await french.getByRole("button", { name: "Cancel the upload of HLD_Series_Report_FR.pdf" }).click();
    await expect(french.getByText("Upload of HLD_Series_Report_FR.pdf cancelled.")).toBeVisible();
    await expect(french.getByRole("button", { name: "Upload the Français file" })).toBeFocused();
    await page.reload();
    await waitForHydration(page);
    await expect(french.getByText("No file yet")).toBeVisible();

    await chooseFile(page, french, "Upload", "Français", { name: "HLD_Series_Report_FR.pdf", buffer: pdf });
    const bar = french.getByRole("progressbar", { name: "Uploading HLD_Series_Report_FR.pdf (Français)" });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute("value", /^[1-9][0-9]?$/u);
    await expect(french.getByRole("button", { name: "Cancel the upload of HLD_Series_Report_FR.pdf" })).toBeVisible();
    await expect(french.getByRole("link", { name: "Download the current Français file, HLD_Series_Report_FR.pdf" })).toBeVisible({ timeout: 60_000 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(french).toContainText(/PDF · 24(\.\d)? MB · version 1/u);
    await expect(bar).toBeHidden();

    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText("Document published.")).toBeVisible();

    // The meeting goes public too, so its public page lists the document.
    await page.goto(`/admin/meetings/${meeting.id}`);
    await expect(page.getByRole("region", { name: "Documents" }).getByRole("link", { name: title })).toBeVisible();
    await expect(async () => {
      await page.getByRole("button", { name: "Publish", exact: true }).click();
      await expect(page.getByText("Meeting published.", { exact: false })).toBeVisible({ timeout: 2_000 });
    }).toPass();

    await page.goto(`/en/meetings/${meeting.slug}`);
    const link = page.getByRole("link", { name: new RegExp(`Download ${title} in Français \\(PDF, 24(\\.\\d)? MB\\)`, "u") });
    await expect(link).toBeVisible();
    const href = await link.getAttribute("href");
    expect(href).toBe(`/files/${documentId}/fr`);
    const response = await page.request.get(href ?? "");
    expect(response.status()).toBe(200);
    expect(sha256(await response.body())).toBe(sha256(pdf));
  } finally {
    for (const id of created) await deleteDocument(page, id);
    await deleteMeeting(page, meeting);
  }
});

test("several files dropped at once, a replaced file reverted from the history, and a renamed HTML file refused", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const meeting = await createDraftMeeting(page, `E2E documents drop ${stamp}`);
  const created: string[] = [];
  try {
    created.push(await createDocument(page, meeting, `E2E series report ${stamp}`, []));
    const files = [
      { name: "HLD_Series_Report_EN.pdf", base64: samplePdf("English").toString("base64") },
      { name: "HLD_Series_Report-fr.pdf", base64: samplePdf("Francais").toString("base64") },
      { name: "HLD_Series_Report.es.pdf", base64: samplePdf("Espanol").toString("base64") },
    ];
    // A drop as the browser delivers it: a DataTransfer holding the files, on the drop zone.
    await page.evaluate((dropped) => {
      const transfer = new DataTransfer();
      for (const file of dropped) {
        const bytes = Uint8Array.from(atob(file.base64), (character) => character.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: "application/pdf" }));
      }
      const zone = document.querySelector('[data-testid="document-drop-zone"]');
      if (!zone) throw new Error("The drop zone is on the page");
      zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    const review = page.getByRole("region", { name: "Check the languages of 3 files" });
    await expect(review.getByLabel("Language of HLD_Series_Report_EN.pdf")).toHaveValue("en");
    await expect(review.getByLabel("Language of HLD_Series_Report-fr.pdf")).toHaveValue("fr");
    await expect(review.getByLabel("Language of HLD_Series_Report.es.pdf")).toHaveValue("es");
    await expect(page.getByRole("heading", { name: "Check the languages of 3 files" })).toBeFocused();
    // A wrong choice is caught before anything is sent.
    await review.getByLabel("Language of HLD_Series_Report.es.pdf").selectOption("fr");
    await expect(review.getByText("Another file is also set to Français.").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await review.getByLabel("Language of HLD_Series_Report.es.pdf").selectOption("es");
    await review.getByRole("button", { name: "Upload 3 files" }).click();

    for (const [name, english, fileName] of [
      ["English", "English", "HLD_Series_Report_EN.pdf"],
      ["Français", "French", "HLD_Series_Report-fr.pdf"],
      ["Español", "Spanish", "HLD_Series_Report.es.pdf"],
    ] as const) {
      const row = page.getByRole("listitem", { name: name === "English" ? "English" : `${name} (${english})` });
      await expect(row.getByRole("link", { name: `Download the current ${name} file, ${fileName}` })).toBeVisible();
    }

    // Replace French: version 2 is current, version 1 waits in the history; revert to it.
    const french = page.getByRole("listitem", { name: "Français (French)" });
    await chooseFile(page, french, "Replace", "Français", { name: "HLD_Series_Report_FR_rev.pdf", buffer: samplePdf("Francais revu") });
    await expect(french.getByRole("link", { name: "Download the current Français file, HLD_Series_Report_FR_rev.pdf" })).toBeVisible();
    await expect(french).toContainText("version 2");
    await french.getByText("History: 1 earlier version").click();
    const history = french.getByRole("table", { name: "Earlier versions of the Français file" });
    await expect(history.getByRole("row", { name: /HLD_Series_Report-fr\.pdf/u })).toContainText("1");
    await history.getByRole("button", { name: "Revert Français to version 1" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revert to this version" }).click();
    await expect(french.getByRole("link", { name: "Download the current Français file, HLD_Series_Report-fr.pdf" })).toBeVisible();
    await expect(french).toContainText("version 1");
    await expect(page.getByText("Français: version 1 is current again.")).toBeVisible();
    // The row no longer claims the replacement it just stopped serving.
    await expect(french.getByText("Uploaded HLD_Series_Report_FR_rev.pdf.")).toHaveCount(0);

    // An HTML page renamed to .pdf is refused by the server, which says why, beside the row.
    const russian = page.getByRole("listitem", { name: "Русский (Russian)" });
    await chooseFile(page, russian, "Upload", "Русский", { name: "HLD_Series_Report_RU.pdf", buffer: renamedHtml() });
    await expect(russian.locator(".staff-files__error")).toContainText("This file is a web page (HTML), not a PDF.");
    await expect(russian.getByText("No file yet")).toBeVisible();
    await page.reload();
    await expectNoSeriousA11yViolations(page);
  } finally {
    for (const id of created) await deleteDocument(page, id);
    await deleteMeeting(page, meeting);
  }
});

test("documents of a meeting reorder by buttons, by the handle's keyboard mode and by dragging, each move saved and announced", async ({ page }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const meeting = await createDraftMeeting(page, `E2E documents order ${stamp}`);
  const created: string[] = [];
  try {
    created.push(await createDocument(page, meeting, `E2E agenda ${stamp}`, []));
    created.push(await createDocument(page, meeting, `E2E concept note ${stamp}`, []));
    await page.goto(`/admin/meetings/${meeting.id}`);
    const list = page.getByRole("list", { name: "Documents in their public order" });
    await expect(list.getByRole("listitem")).toHaveCount(2);
    await expect(list.getByRole("listitem").first()).toContainText(`E2E agenda ${stamp}`);
    const moveUp = page.getByRole("button", { name: `Move “E2E concept note ${stamp}” up` });
    await expect(async () => {
      await moveUp.click();
      await expect(page.getByText(`“E2E concept note ${stamp}” moved to position 1 of 2.`)).toBeAttached({ timeout: 1_000 });
    }).toPass();
    await expect(moveUp).toBeFocused();
    await expect(list.getByRole("listitem").first()).toContainText(`E2E concept note ${stamp}`);
    await page.reload();
    await expect(list.getByRole("listitem").first()).toContainText(`E2E concept note ${stamp}`);

    // The handle's keyboard mode: Space picks the agenda up, ArrowUp moves it, Space drops it,
    // each step announced by dnd-kit's live region (which exists once the page is hydrated).
    const announcer = page.locator("[id^='DndLiveRegion']");
    await expect(announcer).toBeAttached();
    await page.getByRole("button", { name: `Drag “E2E agenda ${stamp}” to reorder` }).focus();
    await page.keyboard.press("Space");
    await expect(announcer).toHaveText(`“E2E agenda ${stamp}” is over position 2.`);
    await page.keyboard.press("ArrowUp");
    await expect(announcer).toHaveText(`“E2E agenda ${stamp}” is over position 1.`);
    await page.keyboard.press("Space");
    await expect(announcer).toHaveText(`“E2E agenda ${stamp}” dropped at position 1 of 2.`);
    await expect(list.getByRole("listitem").first()).toContainText(`E2E agenda ${stamp}`);
    await expect(page.getByText(`“E2E agenda ${stamp}” moved to position 1 of 2.`)).toBeAttached();

    // The mouse: drag the concept note by its handle above the agenda.
    const handle = await page.getByRole("button", { name: `Drag “E2E concept note ${stamp}” to reorder` }).boundingBox();
    const target = await list.getByRole("listitem").first().boundingBox();
    if (!handle || !target) throw new Error("The handle and the first document are on screen");
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, handle.y - 10, { steps: 4 });
    await page.mouse.move(handle.x + handle.width / 2, target.y + 5, { steps: 12 });
    await page.mouse.up();
    await expect(list.getByRole("listitem").first()).toContainText(`E2E concept note ${stamp}`);
    await expect(page.getByText(`“E2E concept note ${stamp}” moved to position 1 of 2.`)).toBeAttached();
    await page.reload();
    await expect(list.getByRole("listitem").first()).toContainText(`E2E concept note ${stamp}`);
  } finally {
    for (const id of created) await deleteDocument(page, id);
    await deleteMeeting(page, meeting);
  }
});
