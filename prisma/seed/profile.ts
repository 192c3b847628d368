// The process profile as the profile page states it (../shared/seeds/000_…txt), English only:
// the page exists in English, and translations are staff's to add. Wording is the page's; the
// only repairs are spacing ("post- 2015") and the stray comma after the first focus theme.
import type { SeedClient } from "./client";

export const PROFILE_KEY = "hld";

/** Paragraphs of the "Objectives" section, in order; stored joined by blank lines. */
export const OBJECTIVES_PARAGRAPHS: readonly string[] = [
  "The UN General Assembly in its resolution 58/208 of 23 December 2003 decided to devote a high-level dialogue to international migration and development during its sixty-first session in 2006. The purpose of the high-level dialogue is to discuss the multidimensional aspects of international migration and development and identify appropriate ways to maximize its development benefits and minimize its negative impacts.",
  "Additionally, the high-level dialogue has a strong focus on policy issues, including the challenge of achieving internationally agreed development goals, including the Millennium Development Goals (MDGs) and the Sustainable Development Goals (SDGs).",
  "The First HLD examined the relationship and synergies between international migration and development. It was composed of four plenary meetings and four interactive round tables on such themes as migrant’s right, human trafficking and migrant smuggling, remittances, partnerships at the bilateral and regional levels.",
  "The First HLD resulted in the creation of the voluntary, State-led and non-binding Global Forum on Migration and Development (GFMD), a platform for informal dialogue and cooperation.",
  "In 2006, the UN Secretary-General established the Global Migration Group (GMG), an interagency coordination mechanism including the International Organization for Migration (IOM) and 15 entities of the United Nations system, to promote the wider application of international and regional instruments and norms relating to migration and to encourage the adoption of more coherent, comprehensive and better coordinated inter-agency approaches.",
  "The Second High-level Dialogue on International Migration and Development discussed the post-2015 development framework and integrating migration into development policies, labour migration, migrant’s rights, safe migration, among other topics. The Second HLD’s result was the eight-point agenda for action on making migration work. Informal interactive hearings were held with the representatives of civil society organizations and the private sector.",
  "The Second HLD identified concrete measures to strengthen coherence and cooperation at all levels, with a view to enhancing the benefits of international migration for migrants and countries alike and its important links to development, while reducing its negative implications.",
];

/** Paragraph separator inside the objectives text (the public page splits on it). */
export const PARAGRAPH_SEPARATOR = "\n\n";

export const FOCUS_THEMES: readonly string[] = [
  "Migration and Development",
  "Labour Migration",
  "Human Rights of Migrants",
  "Migrant Exploitation",
  "Human Trafficking",
  "Stranded Migrants",
  "Migration data and Migration Evidence Base",
  "Public Perceptions of Migrants",
  "Migration partnerships and cooperation",
];

export const PARTNER_CATEGORIES: readonly string[] = ["CSOs", "Private Sector organizations"];

export const PROFILE = {
  key: PROFILE_KEY,
  name: { en: "High-Level Dialogue on International Migration and Development" },
  acronym: "HLD",
  yearEstablished: 2006,
  objectives: { en: OBJECTIVES_PARAGRAPHS.join(PARAGRAPH_SEPARATOR) },
  secretariat: { en: "UN DESA Population Division" },
  websiteUrl: "http://www.un.org/en/ga/68/meetings/migration/",
} as const;

/**
 * Creates the profile with its themes and partner categories, in one write, when no profile
 * with the key exists. An existing profile is staff's: it is neither updated nor completed (a
 * theme staff removed stays removed). The page lists no observers, so none are created.
 */
export async function seedProfile(db: SeedClient): Promise<{ created: boolean }> {
  const existing = await db.processProfile.findUnique({ where: { key: PROFILE_KEY }, select: { id: true } });
  if (existing !== null) return { created: false };
  await db.processProfile.create({
    data: {
      ...PROFILE,
      focusThemes: { create: FOCUS_THEMES.map((title, index) => ({ position: index + 1, title: { en: title } })) },
      partnerCategories: { create: PARTNER_CATEGORIES.map((name, index) => ({ position: index + 1, name: { en: name } })) },
    },
  });
  return { created: true };
}
