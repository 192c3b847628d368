import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";

test("the states page lists the 195 participating states with clean names, alphabetically", async ({ page }) => {
  await page.goto("/en/states");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Participating States");
  await expect(page.getByText("195 participating states")).toBeVisible();
  await expect(page.getByText("2 of them take part as observer states: Holy See and State of Palestine.")).toBeVisible();

  const items = page.getByRole("list", { name: "Participating states" }).getByRole("listitem");
  await expect(items).toHaveCount(195);
  const names = (await items.allTextContents()).map((text) => text.replace(/ \(Observer state\)$/u, ""));
  for (const name of ["Bosnia and Herzegovina", "Central African Republic", "Slovakia", "North Macedonia", "Saint Lucia", "São Tomé and Príncipe"]) {
    expect(names).toContain(name);
  }
  for (const broken of ["Bosnia andHerzegovina", "Slovak", "Central AfricanRepublic"]) {
    expect(names).not.toContain(broken);
  }
  const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  expect([...names].sort(collator.compare)).toEqual(names);
  await expectNoSeriousA11yViolations(page);
});

test("the filter narrows the list by keyboard and announces the count", async ({ page }) => {
  await page.goto("/en/states");
  const filter = page.getByRole("searchbox", { name: "Filter by name" });
  await filter.focus();
  await page.keyboard.type("sao tome");
  const status = page.getByRole("search").getByRole("status");
  await expect(status).toHaveText("1 of 195 states shown.");
  await expect(status).toHaveAttribute("aria-live", "polite");
  const visible = page.getByRole("list", { name: "Participating states" }).getByRole("listitem").filter({ visible: true });
  await expect(visible).toHaveText(["São Tomé and Príncipe"]);

  await filter.fill("zzz");
  await expect(status).toHaveText("No state matches the filter.");
  await filter.fill("");
  await expect(status).toHaveText("195 of 195 states shown.");
  await expectNoSeriousA11yViolations(page);
});

test("without JavaScript the full list shows", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/states");
  await expect(page.getByRole("list", { name: "Participating states" }).getByRole("listitem")).toHaveCount(195);
  await context.close();
});

test("in French and Arabic the states are named and sorted in that language, Arabic right to left", async ({ page }) => {
  for (const { locale, title, present, absent } of [
    { locale: "fr", title: "États participants", present: ["Bosnie-Herzégovine", "Slovaquie", "Égypte"], absent: ["Bosnia and Herzegovina", "Slovakia"] },
    { locale: "ar", title: "الدول المشاركة", present: ["البوسنة والهرسك", "سلوفاكيا", "مصر"], absent: ["Egypt"] },
  ]) {
    await page.goto(`/${locale}/states`);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const list = page.getByRole("main").getByRole("list").last();
    await expect(list.getByRole("listitem")).toHaveCount(195);
    const names = (await list.getByRole("listitem").allTextContents()).map((text) => text.replace(/\s*\(.*\)$/u, "").trim());
    for (const name of present) expect(names, locale).toContain(name);
    for (const name of absent) expect(names, locale).not.toContain(name);
    // Sorted by the language's own collation: "Égypte" among the E's in French, not after Z.
    const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    expect([...names].sort(collator.compare), locale).toEqual(names);
    // Counts in Western digits in Arabic too, as on the UN's Arabic site.
    expect(await page.getByRole("main").innerText()).not.toMatch(/[٠-٩]/u);
    await expectNoSeriousA11yViolations(page);
  }
});
