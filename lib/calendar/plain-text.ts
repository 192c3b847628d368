// Text from staff forms goes into iCalendar TEXT values and XML. Both forbid most C0 control
// characters (RFC 5545 3.3.11 TSAFE-CHAR; XML 1.0 Char) and unpaired surrogates cannot be encoded
// in UTF-8; the libraries escape what is allowed but pass these through, so they are dropped here.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** `text` without the characters no calendar or XML file may carry; newlines and tabs are kept. */
export function plainText(text: string): string {
  return text.replace(FORBIDDEN, "");
}
