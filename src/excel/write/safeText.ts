/**
 * Text from the user's table written as text, never as a formula (issue 6 §3).
 *
 * Excel interprets a string written through `Range.values` as if it were typed: `=…` becomes a
 * formula, and the Range.values reference says a value starting with `+`, `-` or `=` is treated as a
 * formula; `@SUM(…)` is read as a formula too, `1,234` / `12%` / `TRUE` / `#N/A` become numbers,
 * booleans or errors. A leading apostrophe is Excel's quote prefix: the apostrophe is dropped, the
 * rest is stored as literal text, and `values` reads back the text without it.
 *
 * Choice: every user string gets the apostrophe (not only the dangerous ones), because the set of
 * strings Excel re-interprets (dates, fractions, currencies, locale-specific numbers) is open-ended
 * and the apostrophe costs one byte. Setting the number format to "@" first would also work, but it
 * leaves the cell as "text" for anything a user types there later, and it depends on the order of
 * two operations within a batch. The in-memory host implements both rules (src/host/cellInput.ts)
 * and test/excel/write/injection.test.ts proves the text survives.
 */

/**
 * @param text user text (KPI names, owners, objective names, messages that quote them)
 * @returns the string to put in `values` so that the cell holds exactly `text`
 * @example safeText("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 * @example safeText("") // ""
 */
export function safeText(text: string | undefined | null): string {
  if (text === undefined || text === null || text === "") return "";
  return `'${text}`;
}
