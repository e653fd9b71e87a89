/**
 * How the live Scorecard reaches a KPI's source cells (issue 13 §4, DOMAIN §6 "Live figures find their
 * KPI by its key, not by a cell address"). Each Scorecard row finds its source row once, by the KPI's
 * name — `=MATCH(key, Kpis[KPI], 0)` for an Excel table, `=MATCH(key, 'Data'!$B:$B, 0)` for a range —
 * and every live input reads `INDEX(column, that row)`. So the figures stay with their KPI when the
 * source is sorted, filtered or has rows inserted above, and a table that grows is followed by itself.
 * A name that repeats in the source cannot be found by name: such rows keep the position they had at
 * the refresh (a constant), and the writer says so.
 */
import { cellA1 } from "./a1";
import { sheetRef } from "./sheetNames";
import type { WriteSource } from "./writeInput";

/** `~`, `*` and `?` are wildcards to MATCH: escaped so a KPI named "Cost*" finds only itself. */
export function matchKey(name: string): string {
  return name.replace(/[~*?]/g, (c) => `~${c}`);
}

/** A column of a table in a structured reference: `[`, `]`, `#` and `'` are escaped with `'`. */
export function structuredColumn(table: string, header: string): string {
  return `${table}[${header.replace(/['[\]#]/g, (c) => `'${c}`)}]`;
}

/** Whether a header can be named in a structured reference (no line breaks, not blank). */
const usableHeader = (header: string | undefined): header is string => typeof header === "string" && header.trim() !== "" && !/[\r\n\t]/.test(header);

/** Where a source column is: a structured reference into the table, or a whole sheet column. */
function columnRef(source: WriteSource, column: number, header: string | undefined): string {
  if (source.table !== undefined && usableHeader(header)) return structuredColumn(source.table, header);
  const letter = cellA1(0, column).replace(/\d+$/, "");
  return `${sheetRef(source.sheet)}$${letter}:$${letter}`;
}

/** Whether the Scorecard can find KPIs in this source by name (a name column, and a table header when it is a table). */
export function findsByName(source: WriteSource): boolean {
  const column = source.columns.name;
  return column !== undefined && (source.table === undefined || usableHeader(source.headers?.name));
}

/** MATCH cannot look up more than 255 characters (Excel's limit on a lookup value). */
const MATCH_LIMIT = 255;

/**
 * Whether a KPI can be found in its source by its name: a name column, a name that is text, not
 * blank, at most 255 characters, without MATCH's wildcards (`~ * ?`), and not repeated among the KPIs
 * (case-insensitively, as MATCH compares).
 * @param names the name cells as written, indexed like the KPIs
 * @returns per KPI, whether its Source row can be a MATCH
 * @example findableNames(["Revenue", "revenue", "Cost"]) // [false, false, true]
 */
export function findableNames(names: readonly (string | undefined)[]): boolean[] {
  const counts = new Map<string, number>();
  for (const n of names) if (n !== undefined) counts.set(n.toLowerCase(), (counts.get(n.toLowerCase()) ?? 0) + 1);
  return names.map((n) => n !== undefined && n.trim() !== "" && n.length <= MATCH_LIMIT && !/[~*?]/.test(n) && counts.get(n.toLowerCase()) === 1);
}

/**
 * The formula of a Scorecard row's "Source row" cell.
 * @param source where the KPIs are
 * @param nameCell the row's name cell on the Scorecard, holding the name exactly as in the source (e.g. `$B8`)
 * @param position the KPI's row at the refresh: absolute 0-based sheet row
 * @param byName whether the name can be looked up ({@link findableNames})
 * @returns a MATCH formula, or the constant row in the column references' terms
 * @example sourceRowFormula(tableSource, "$B8", 4, true) // "=MATCH($B8,Kpis[KPI],0)"
 */
export function sourceRowFormula(source: WriteSource, nameCell: string, position: number, byName: boolean): string | number {
  const name = source.columns.name;
  const header = source.headers?.name;
  const inTable = source.table !== undefined && usableHeader(header);
  if (!byName || name === undefined || !findsByName(source)) return inTable ? position - (source.headerRow ?? position - 1) : position + 1;
  return `=MATCH(${nameCell},${columnRef(source, name, header)},0)`;
}

/**
 * A live link to a source cell of the KPI's row: blank stays blank (a bare INDEX of a blank gives 0).
 * A KPI no longer found in its source shows `#N/A` here until the next refresh (its attainment, score
 * and status formulas read it as no data: "" and "No data"), which says plainly that the row lost its KPI.
 * @param source where the KPIs are
 * @param column absolute 0-based column of the input
 * @param header the column's header text (for a structured reference)
 * @param rowCell the Scorecard row's "Source row" cell (e.g. `AE8`)
 * @returns the formula
 * @example keyedLink(tableSource, 8, "Actual", "AE8") // '=IF(INDEX(Kpis[Actual],AE8)="","",INDEX(Kpis[Actual],AE8))'
 */
export function keyedLink(source: WriteSource, column: number, header: string | undefined, rowCell: string): string {
  const col = columnRef(source, column, header);
  const at = `INDEX(${col},${rowCell})`;
  return `=IF(${at}="","",${at})`;
}
