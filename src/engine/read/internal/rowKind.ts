/**
 * Internal: what a row below the header is (DOMAIN §1): a KPI, blank, a totals row, a note, or a section
 * heading ("财务层面" alone in a row, for the KPIs below it).
 */
import { FOOTNOTE_PREFIXES, TOTAL_ROW_WORDS } from "../../data/totalRowWords";
import { cellText } from "../../parse/internal/cellText";
import { normalizeHeader } from "../../parse/normalize";

/** Row classification. `label` is the text that decided it. */
export type RowKind = { kind: "kpi" } | { kind: "blank" } | { kind: "total"; label: string } | { kind: "note" } | { kind: "section"; label: string; column: number };

const TOTALS = new Set(TOTAL_ROW_WORDS.map(normalizeHeader));
const FOOTNOTES = FOOTNOTE_PREFIXES.map((p) => p.normalize("NFKC").toLowerCase());

const KPI: RowKind = { kind: "kpi" };
const BLANK: RowKind = { kind: "blank" };
const NOTE: RowKind = { kind: "note" };
const PARTS = /[\s/|]+/u;

/** "Total", "合计", or a bilingual "合计 Total" / "Total / 合计". */
function isTotalLabel(label: string): boolean {
  if (TOTALS.has(normalizeHeader(label))) return true;
  const parts = label.split(PARTS).filter((p) => p !== "");
  return parts.length > 1 && parts.every((p) => TOTALS.has(normalizeHeader(p)));
}

/**
 * Whether a cell is blank (null, undefined, "" or white space).
 * @param cell any cell
 * @returns true for null, undefined, "" and white space
 * @example isBlank("  ") // true
 */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === "" || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Classifies a data row.
 * @param row the row's cells
 * @param width columns to look at
 * @param nameColumn the name column, if any
 * @returns the row kind
 * @example classifyRow(["合计", "", 100], 3, 0) // { kind: "total", label: "合计" }
 */
export function classifyRow(row: readonly unknown[], width: number, nameColumn: number | undefined): RowKind {
  let filled = 0;
  let first = -1;
  let hasNumber = false;
  const end = Math.min(row.length, width);
  for (let c = 0; c < end; c++) {
    const cell = row[c];
    if (isBlank(cell)) continue;
    filled++;
    if (first < 0) first = c;
    if (typeof cell === "number") hasNumber = true;
  }
  if (filled === 0) return BLANK;
  const nameCell = nameColumn !== undefined ? row[nameColumn] : undefined;
  const label = cellText(isBlank(nameCell) ? row[first] : nameCell).trim();
  if (label !== "" && label.length <= 30 && (first <= 2 || !isBlank(nameCell)) && isTotalLabel(label)) return { kind: "total", label };
  const firstText = cellText(row[first]).trim();
  if (filled <= 2 && !hasNumber && FOOTNOTES.some((p) => firstText.normalize("NFKC").toLowerCase().startsWith(p))) return NOTE;
  if (filled === 1 && typeof row[first] === "string") return { kind: "section", label: firstText, column: first };
  return KPI;
}
