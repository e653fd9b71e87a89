/**
 * Internal helpers shared by the cell parsers: turn any value into text without throwing, and fold text
 * for matching (NFKC, lower case, the minus sign and dashes that NFKC leaves alone).
 */

const NON_ASCII = /[^\t\n\r -~]/;
const DASHES = /[\u2212\u2012\u2013\u2014\u2015\ufe58]/g;
const SPACES = /\s+/g;

/**
 * Text of a cell value; objects and symbols become their `String()` form when that works, else "".
 * @param value any value
 * @returns the text, untrimmed
 * @example cellText(12) // "12"
 */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null || value === undefined) return "";
  try {
    const toString = (value as { toString?: unknown }).toString;
    const text: unknown = typeof toString === "function" ? toString.call(value) : "";
    return typeof text === "string" ? text : "";
  } catch {
    return "";
  }
}

/**
 * Folds text for matching: NFKC (only when non-ASCII, for speed), dashes and U+2212 to "-",
 * lower case, collapsed spaces, trimmed.
 * @param text any text
 * @returns folded text
 * @example foldText("  １２\u2212３ ") // "12-3"
 */
export function foldText(text: string): string {
  let t = text;
  if (NON_ASCII.test(t)) t = t.normalize("NFKC").replace(DASHES, "-");
  return t.toLowerCase().replace(SPACES, " ").trim();
}

/**
 * Builds a lookup set from a word list, folded the same way as the input will be.
 * @param words the word list
 * @param fold the folding function used on input
 * @returns a set for O(1) lookups
 * @example wordSet(["ASAP"], foldText).has("asap") // true
 */
export function wordSet(words: readonly string[], fold: (text: string) => string): ReadonlySet<string> {
  return new Set(words.map(fold));
}
