/**
 * Formula text between the host and an .xlsx file. In the file, functions newer than Excel 2007 carry
 * a `_xlfn.` prefix (`_xlfn.MINIFS(…)`) and a formula has no leading "="; the host, as Excel's UI and
 * Range.formulas, shows `=MINIFS(…)`.
 */

/** Functions Excel stores with `_xlfn.` (those the host computes, or a user may type; Excel 2010 and later). */
const FUTURE_FUNCTIONS = [
  "AGGREGATE", "ARABIC", "BASE", "BITAND", "BITOR", "BITXOR", "BITLSHIFT", "BITRSHIFT", "CEILING.MATH", "CEILING.PRECISE",
  "CONCAT", "COT", "COTH", "CSC", "CSCH", "DAYS", "DECIMAL", "FILTER", "FLOOR.MATH", "FLOOR.PRECISE", "FORECAST.LINEAR",
  "IFNA", "IFS", "ISOWEEKNUM", "LET", "MAXIFS", "MINIFS", "MODE.MULT", "MODE.SNGL", "NORM.DIST", "NORM.INV", "NORM.S.DIST",
  "NORM.S.INV", "PERCENTILE.EXC", "PERCENTILE.INC", "QUARTILE.EXC", "QUARTILE.INC", "RANK.AVG", "RANK.EQ", "SEC", "SECH",
  "SEQUENCE", "SHEET", "SHEETS", "SORT", "SORTBY", "STDEV.P", "STDEV.S", "SWITCH", "TEXTJOIN", "UNIQUE", "VAR.P", "VAR.S",
  "XLOOKUP", "XMATCH", "XOR", "COVARIANCE.P", "COVARIANCE.S", "T.DIST", "T.INV", "CHISQ.DIST", "GAMMA", "GAUSS", "PHI",
];

const FUTURE = new Set(FUTURE_FUNCTIONS);

/** Splits a formula into string literals (kept as they are) and the rest. */
function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : map(part)))
    .join("");
}

/**
 * The host's formula as an .xlsx file stores it.
 * @param formula "=…" as the host reports it
 * @returns the formula without "=", future functions prefixed
 */
export function formulaToFile(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return mapOutsideStrings(body, (code) =>
    code.replace(/(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\s*\()/g, (all, before: string, name: string) => (FUTURE.has(name.toUpperCase()) ? `${before}_xlfn.${name}` : all)),
  );
}

/**
 * A formula read from an .xlsx file, as typed into the host.
 * @param formula the file's formula text (no "=")
 * @returns "=…" without `_xlfn.` / `_xlws.` prefixes
 */
export function formulaFromFile(formula: string): string {
  const body = mapOutsideStrings(formula, (code) => code.replace(/_xl(?:fn|ws)\./gi, ""));
  return body.startsWith("=") ? body : `=${body}`;
}
