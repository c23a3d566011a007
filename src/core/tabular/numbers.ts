// Numbers in tabular files, as Vietnamese users type them: a comma or a point before the decimals ("3,5" or "3.5").
// No thousands separators: "1.000" is one, not a thousand (a spreadsheet cell holds the number itself, not its display).

/** The shape of an integer as text: an optional sign and digits. */
export const integerText = /^[+-]?\d+$/;
/** The shape of a decimal as text: an optional sign, digits, and a comma or a point before the decimals. */
export const decimalText = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** The number a text holds, a decimal comma read as a point; NaN when it is not a number. Trims first. */
export function parseDecimal(text: string): number {
  return Number(text.trim().replace(',', '.'));
}
