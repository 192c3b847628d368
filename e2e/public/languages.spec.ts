// The six languages in the browser (issue 6, points 1, 2 and 7): the switcher keeps the page and
// its query, works from the keyboard, `lang`/`dir` and hreflang alternates per language, Arabic
// laid out right to left, and content lacking a translation shown with its own `lang` and a note.
import { expect, type Page, test } from "@playwright/test";
import { LANGUAGE_AUTONYMS, textDirection } from "../../lib/i18n/languages";
import { PUBLIC_LOCALES } from "../../lib/i18n/routing";

const switcher = (page: Page) => page.getByRole("navigation", { name: /^(Language|Langue|Idioma|اللغة|语言|Язык)$/u });

/** Presses Tab until `target` has the focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, limit = 30): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error("Tab never reached the element");
}

test("the switcher lists the languages by their own names and keeps the page and its query", async ({ page }) => {
  await page.goto("/en/documents?year=2013");
  const links = switcher(page).getByRole("link");
  await expect(links).toHaveText(PUBLIC_LOCALES.map((locale) => LANGUAGE_AUTONYMS[locale]));
  for (const locale of PUBLIC_LOCALES) {
    const link = switcher(page).getByRole("link", { name: LANGUAGE_AUTONYMS[locale] });
    await expect(link).toHaveAttribute("lang", locale);
    await expect(link).toHaveAttribute("hreflang", locale);
    await expect(link).toHaveAttribute("href", `/${locale}/documents?year=2013`);
  }
  await expect(switcher(page).getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
  await switcher(page).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/documents\?year=2013$/u);
  await expect(switcher(page).getByRole("link", { name: "Français" })).toHaveAttribute("aria-current", "true");
});

test("the switcher and the search box work from the keyboard alone", async ({ page }) => {
  await page.goto("/en/events/hld-2013");
  // The skip link comes first.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await tabTo(page, switcher(page).getByRole("link", { name: "العربية" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ar\/events\/hld-2013$/u);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  await page.goto("/en/events");
  const search = page.getByRole("search").getByRole("searchbox");
  await tabTo(page, search);
  await page.keyboard.type("migration");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=migration$/u);
});

test("each language sets lang and dir on the document and lists its alternates in the head", async ({ page }) => {
  for (const locale of PUBLIC_LOCALES) {
    await page.goto(`/${locale}/events`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", textDirection(locale));
    for (const other of PUBLIC_LOCALES) {
      await expect(page.locator(`head link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute("href", new RegExp(`^https?://[^/]+/${other}/events$`, "u"));
    }
    await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/en\/events$/u);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${locale}/events$`, "u"));
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", new RegExp(`/api/feeds/${locale}/atom\\.xml$`, "u"));
  }
  // A 404 inside the site keeps its language; an address outside any route gets the default's.
  await page.goto("/ar/events/no-such-event");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.goto("/no-such-page-anywhere");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});

test("an Arabic page reads right to left: the navigation starts at the right edge", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/ar/events");
  const nav = page.locator(".site-nav__list");
  const [first, last, list] = await Promise.all([nav.getByRole("link").first().boundingBox(), nav.getByRole("link").last().boundingBox(), nav.boundingBox()]);
  if (!first || !last || !list) throw new Error("the navigation is not laid out");
  // The first item sits at the list's right edge (within its padding), the last to its left.
  expect(list.x + list.width - (first.x + first.width)).toBeLessThan(40);
  expect(last.x).toBeLessThan(first.x);
  await page.screenshot({ path: test.info().outputPath("arabic-events.png"), fullPage: true });
});

test("content lacking a translation is shown with its own lang and a note in the page's language", async ({ page }) => {
  // The seeded events are in English only.
  await page.goto("/fr/events/hld-2013");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveAttribute("lang", "en");
  const note = page.locator("main .fallback-note").first();
  await expect(note).toHaveText("Non disponible en français ; affiché en anglais.");
  await expect(note).toHaveAttribute("lang", "fr");
  await expect(note).toBeVisible();

  await page.goto("/ar/events/hld-2013");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("dir", "ltr");
  await expect(page.locator("main .fallback-note").first()).toHaveText("غير متاح باللغة العربية؛ معروض باللغة الإنجليزية.");
});
