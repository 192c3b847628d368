// Spreadsheet formula injection (CSV/formula injection, OWASP): a cell whose text starts with
// "=", "+", "-" or "@" is read as a formula by Excel, LibreOffice and Google Sheets, and a
// leading tab or carriage return is stripped by some of them, exposing the character after it.
// Registrants type these values, so every text cell of an export passes through here: a
// leading apostrophe makes the spreadsheet show the text as it was typed.

const FORMULA_START = /^[=+\-@\t\r]/u;

/** `value`, with a leading `'` when a spreadsheet could read it as a formula. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// XML 1.0 cannot hold C0 control characters other than tab, LF and CR: one of them in a cell
// would make the whole XLSX file unreadable.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** Text safe to place in an XLSX (XML) cell: invalid control characters removed. */
export function xmlSafeText(value: string): string {
  return value.replace(XML_INVALID, "");
}
