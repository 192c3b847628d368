// The key that makes "one live registration per organisation" checkable by a unique index:
// "Médecins Sans Frontières", "medecins sans frontieres" and "MÉDECINS-SANS-FRONTIÈRES!" in one
// country are one organisation. Client-safe and pure.

/** Folds the name (compatibility decomposition, marks stripped, lower case, punctuation to spaces) and appends the country. */
export function organisationKey(name: string, countryCode: string): string {
  const folded = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    // Letters that do not decompose into a base letter plus a mark.
    .replace(/ß/gu, "ss")
    .replace(/æ/gu, "ae")
    .replace(/œ/gu, "oe")
    .replace(/ø/gu, "o")
    .replace(/ł/gu, "l")
    .replace(/đ/gu, "d")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return `${folded}|${countryCode.trim().toUpperCase()}`;
}
