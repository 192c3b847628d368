import { describe, expect, it } from "vitest";
import { countryName } from "@/lib/states/names";
import {
  OBSERVER_STATE_CODES,
  SOURCE_NAME_ALIASES,
  SOURCE_STATE_NAMES,
  normaliseSourceName,
  participatingStates,
  resolveSourceStateName,
} from "./states";

// The 193 member states of the United Nations, written out independently of the seed's resolver
// (from the UN's member-state list, in the UN's English alphabetical order) so that a wrong
// mapping (e.g. "Congo" → CD, "Dominica" → DO) fails here.
const UN_MEMBER_STATES = `
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM
GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS
LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO
OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
`.trim().split(/\s+/);

describe("participating states from the source page", () => {
  const states = participatingStates();

  it("lists 195 states with 195 distinct codes", () => {
    expect(SOURCE_STATE_NAMES).toHaveLength(195);
    expect(new Set(states.map((state) => state.isoCode)).size).toBe(195);
  });

  it("resolves every source name to a code", () => {
    const unresolved = SOURCE_STATE_NAMES.filter((name) => resolveSourceStateName(name) === undefined);
    expect(unresolved).toEqual([]);
  });

  it("has exactly the 193 UN member states as members and the Holy See and Palestine as observers", () => {
    expect(UN_MEMBER_STATES).toHaveLength(193);
    const members = states.filter((state) => state.status === "MEMBER_STATE").map((state) => state.isoCode);
    const observers = states.filter((state) => state.status === "OBSERVER_STATE").map((state) => state.isoCode);
    expect(members).toHaveLength(193);
    expect(new Set(members)).toEqual(new Set(UN_MEMBER_STATES));
    expect(observers.sort()).toEqual(["PS", "VA"]);
    expect([...OBSERVER_STATE_CODES].sort()).toEqual(["PS", "VA"]);
  });

  it.each([
    ["Bosnia andHerzegovina", "BA", "Bosnia and Herzegovina"],
    ["Central AfricanRepublic", "CF", "Central African Republic"],
    ["Slovak", "SK", "Slovakia"],
    ["Republic of Macedonia", "MK", "North Macedonia"],
    ["SaintLucia", "LC", "Saint Lucia"],
    ["São Toméand Príncipe", "ST", "São Tomé and Príncipe"],
    ["Holy See (Vatican City State)", "VA", "Holy See"],
    ["Palestinian Territory", "PS", "State of Palestine"],
    ["Congo", "CG", "Congo"],
    ["Democratic Republic of the Congo", "CD", "Democratic Republic of the Congo"],
    ["Democratic People’s Republic of Korea", "KP", "Democratic People's Republic of Korea"],
    ["Republic of Korea", "KR", "Republic of Korea"],
    ["Dominica", "DM", "Dominica"],
    ["Niger", "NE", "Niger"],
    ["Guinea", "GN", "Guinea"],
  ])("maps the page's %j to %s, shown as %j", (sourceName, code, englishName) => {
    expect(SOURCE_STATE_NAMES).toContain(sourceName);
    expect(resolveSourceStateName(sourceName)).toBe(code);
    expect(countryName(code, "en")).toBe(englishName);
  });

  it("repairs glued words without touching correct names", () => {
    expect(normaliseSourceName("Papua NewGuinea")).toBe("Papua New Guinea");
    expect(normaliseSourceName("SaintVincent and the Grenadines")).toBe("Saint Vincent and the Grenadines");
    expect(normaliseSourceName("Guinea-Bissau")).toBe("Guinea-Bissau");
  });

  it("keeps only aliases that are needed and used", () => {
    const normalisedSource = new Set(SOURCE_STATE_NAMES.map(normaliseSourceName));
    for (const alias of Object.keys(SOURCE_NAME_ALIASES)) expect(normalisedSource).toContain(alias);
  });
});
