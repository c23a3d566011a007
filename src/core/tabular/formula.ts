// The one spreadsheet-formula defuser, for every CSV or XLSX the platform writes (exports, findings, templates).
//
// Excel, LibreOffice and Google Sheets run a cell that starts with = + - @ (or a tab or carriage return, which some
// of them skip first) as a formula: a value such as =HYPERLINK("http://evil.example","…") in an exported file would
// run on the reader's machine. Such text is written with a leading apostrophe, which the spreadsheet shows as text.
//
// A plain number is data, not a formula: "-5", "+3" and "-2,5" are defused by no spreadsheet and mean the number, so
// they are written as they are (an apostrophe would turn a negative amount into text and break sums). Only text that
// is not a number is defused. (The registry's CSV once defused "-5" and the findings CSV did not; this is the rule.)

const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-]?\d+(?:[.,]\d+)?$/;

/** True when a spreadsheet would run the text as a formula. */
export function isFormulaLike(text: string): boolean {
  return formulaStart.test(text) && !plainNumber.test(text);
}

/** The text, with a leading apostrophe when a spreadsheet would run it as a formula; numbers such as -5 stay. */
export function defuseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** defuseFormula for a cell of any type: only text can be a formula (a number cell -5 is a number). */
export function defuseCell<T>(value: T): T | string {
  return typeof value === 'string' ? defuseFormula(value) : value;
}
