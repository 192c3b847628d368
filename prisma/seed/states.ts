// The participating states as the profile page lists them (../shared/seeds/000_…txt), verbatim,
// typos included: the page is the source, and keeping its text lets a test prove every entry was
// resolved. Names are never stored; each entry is resolved here to its ISO 3166-1 alpha-2 code.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import { StateStatus } from "@/lib/generated/prisma/enums";

countries.registerLocale(en);

export const SOURCE_STATE_NAMES: readonly string[] = [
  "Afghanistan",
  "Albania",
  "Algeria",
  "Andorra",
  "Angola",
  "Antigua and Barbuda",
  "Argentina",
  "Armenia",
  "Australia",
  "Austria",
  "Azerbaijan",
  "Bahamas",
  "Bahrain",
  "Bangladesh",
  "Barbados",
  "Belarus",
  "Belgium",
  "Belize",
  "Benin",
  "Bhutan",
  "Bolivia",
  "Bosnia andHerzegovina",
  "Botswana",
  "Brazil",
  "Brunei Darussalam",
  "Bulgaria",
  "Burkina Faso",
  "Burundi",
  "Cabo Verde",
  "Cambodia",
  "Cameroon",
  "Canada",
  "Central AfricanRepublic",
  "Chad",
  "Chile",
  "China",
  "Colombia",
  "Comoros",
  "Congo",
  "Democratic Republic of the Congo",
  "Costa Rica",
  "Côte d'Ivoire",
  "Croatia",
  "Cuba",
  "Cyprus",
  "Czech Republic",
  "Denmark",
  "Djibouti",
  "Dominica",
  "Dominican Republic",
  "Ecuador",
  "Egypt",
  "El Salvador",
  "Equatorial Guinea",
  "Eritrea",
  "Estonia",
  "Eswatini",
  "Ethiopia",
  "Fiji",
  "Finland",
  "France",
  "Gabon",
  "Gambia",
  "Georgia",
  "Germany",
  "Ghana",
  "Greece",
  "Grenada",
  "Guatemala",
  "Guinea",
  "Guinea-Bissau",
  "Guyana",
  "Haiti",
  "Holy See (Vatican City State)",
  "Honduras",
  "Hungary",
  "Iceland",
  "India",
  "Indonesia",
  "Iran",
  "Iraq",
  "Ireland",
  "Israel",
  "Italy",
  "Jamaica",
  "Japan",
  "Jordan",
  "Kazakhstan",
  "Kenya",
  "Kiribati",
  "Democratic People’s Republic of Korea",
  "Republic of Korea",
  "Kuwait",
  "Kyrgyzstan",
  "Lao People's Democratic Republic",
  "Latvia",
  "Lebanon",
  "Lesotho",
  "Liberia",
  "Libya",
  "Liechtenstein",
  "Lithuania",
  "Luxembourg",
  "Republic of Macedonia",
  "Madagascar",
  "Malawi",
  "Malaysia",
  "Maldives",
  "Mali",
  "Malta",
  "Marshall Islands",
  "Mauritania",
  "Mauritius",
  "Mexico",
  "Micronesia",
  "Republic of Moldova",
  "Monaco",
  "Mongolia",
  "Montenegro",
  "Morocco",
  "Mozambique",
  "Myanmar",
  "Namibia",
  "Nauru",
  "Nepal",
  "Netherlands",
  "New Zealand",
  "Nicaragua",
  "Niger",
  "Nigeria",
  "Norway",
  "Oman",
  "Pakistan",
  "Palau",
  "Palestinian Territory",
  "Panama",
  "Papua NewGuinea",
  "Paraguay",
  "Peru",
  "Philippines",
  "Poland",
  "Portugal",
  "Qatar",
  "Romania",
  "Russia",
  "Rwanda",
  "Saint Kitts and Nevis",
  "SaintLucia",
  "SaintVincent and the Grenadines",
  "Samoa",
  "SanMarino",
  "São Toméand Príncipe",
  "Saudi Arabia",
  "Senegal",
  "Serbia",
  "Seychelles",
  "Sierra Leone",
  "Singapore",
  "Slovak",
  "Slovenia",
  "Solomon Islands",
  "Somalia",
  "South Africa",
  "South Sudan",
  "Spain",
  "Sri Lanka",
  "Sudan",
  "Suriname",
  "Sweden",
  "Switzerland",
  "Syria",
  "Tajikistan",
  "Tanzania",
  "Thailand",
  "Timor-Leste",
  "Togo",
  "Tonga",
  "Trinidad and Tobago",
  "Tunisia",
  "Turkey",
  "Turkmenistan",
  "Tuvalu",
  "Uganda",
  "Ukraine",
  "United Arab Emirates",
  "United Kingdom",
  "United States of America",
  "Uruguay",
  "Uzbekistan",
  "Vanuatu",
  "Venezuela",
  "Viet Nam",
  "Yemen",
  "Zambia",
  "Zimbabwe",
];

/**
 * Source names the library cannot resolve even after normalisation, with the state they mean.
 * Each is either an older or informal name ("Slovak", "Republic of Macedonia", "Syria"), a UN
 * name the library lacks ("Cabo Verde", "Viet Nam", "Republic of Moldova"), or a typo the
 * normaliser cannot undo ("São Toméand Príncipe": the glued word starts in lower case).
 */
export const SOURCE_NAME_ALIASES: Readonly<Record<string, string>> = {
  "Cabo Verde": "CV",
  "Democratic People's Republic of Korea": "KP",
  "Republic of Macedonia": "MK",
  Micronesia: "FM",
  "Republic of Moldova": "MD",
  "Palestinian Territory": "PS",
  "São Toméand Príncipe": "ST",
  Slovak: "SK",
  Syria: "SY",
  "Viet Nam": "VN",
};

/** The two non-member observer states of the UN General Assembly on the list. */
export const OBSERVER_STATE_CODES: ReadonlySet<string> = new Set(["VA", "PS"]);

/**
 * Undoes the page's typing slips: words glued together ("Bosnia andHerzegovina" → "Bosnia and
 * Herzegovina", "SaintLucia" → "Saint Lucia") and typographic apostrophes.
 */
export function normaliseSourceName(name: string): string {
  return name
    .replace(/[’‘]/g, "'")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/\s+/g, " ")
    .trim();
}

/** The ISO code a source name stands for, or undefined when neither the library nor the alias table knows it. */
export function resolveSourceStateName(name: string): string | undefined {
  const normalised = normaliseSourceName(name);
  return SOURCE_NAME_ALIASES[normalised] ?? countries.getAlpha2Code(normalised, "en");
}

export interface SeedState {
  sourceName: string;
  isoCode: string;
  status: StateStatus;
}

/** The 195 states to seed; throws when a source name cannot be resolved (a bug in this file). */
export function participatingStates(): SeedState[] {
  return SOURCE_STATE_NAMES.map((sourceName) => {
    const isoCode = resolveSourceStateName(sourceName);
    if (isoCode === undefined) throw new Error(`Unresolved participating state "${sourceName}"`);
    const status = OBSERVER_STATE_CODES.has(isoCode) ? StateStatus.OBSERVER_STATE : StateStatus.MEMBER_STATE;
    return { sourceName, isoCode, status };
  });
}
