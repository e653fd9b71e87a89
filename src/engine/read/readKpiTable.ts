/**
 * Reading an analyst's KPI table (DOMAIN §1, issue 3 item 1): find the header row, recognise the columns,
 * read each KPI row's values, and report every cell that could not be read. Never throws.
 */
import type { ColumnMap, HeaderRole, Issue, Kpi, KpiTable } from "../model";
import { makeIssue } from "../messages/define";
import { READ_MESSAGES } from "../messages/read";
import { cellText } from "../parse/internal/cellText";
import { normalizeHeader } from "../parse/normalize";
import { parsePerspective } from "../parse/perspective";
import { serialToIso } from "../parse/serial";
import { assignColumns } from "./internal/assignColumns";
import { columnLetter } from "./internal/cellRef";
import type { ReadContext } from "./internal/context";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "./internal/findHeaderRow";
import { guessNameColumn } from "./internal/guessNameColumn";
import { isPercentFormat, isPercentHeader, POINTS_ABOVE } from "../parse/percentScale";
import { readRow, type FillDown } from "./internal/readRow";
import { classifyRow, isBlank } from "./internal/rowKind";
import { parseNumber } from "../parse/number";

/** Options for `readKpiTable`. */
export interface ReadOptions {
  /**
   * Override any role (including `parent`) by header text or 0-based column index; `history` lists period
   * columns oldest first. Per-period target columns (`Target Jan` …) are found by their headers.
   */
  columns?: Partial<Record<HeaderRole, string | number>> & { history?: ReadonlyArray<string | number> };
  /** Excel number formats, same shape as the values ("0.0%" marks a cell as a fraction shown as a percentage). */
  numberFormats?: unknown[][];
  /** First month of the fiscal year (1–12, default 1): FY2027 with 4 ends 2027-03-31. */
  fiscalYearStartMonth?: number;
  /** Excel serial of "today", for cadence deadlines (`monthly`) and relative ones (`年底`). */
  asOf?: number;
  /**
   * Merged areas of the block (0-based, as Excel's `getMergedAreas` reports them). A blank objective or
   * department cell inside a merged area takes the area's value; without this, only the perspective
   * (a grouping column) is carried down, so a genuinely blank objective stays blank.
   */
  merged?: ReadonlyArray<{ row: number; column: number; rowCount: number; columnCount: number }>;
}

/** Excel's column limit: wider rows are cut there. */
const MAX_COLUMNS = 16384;
const EMPTY_ROW: readonly unknown[] = [];
const HEADER_UNIT = /[(（[【]\s*([^)）\]】]{1,12}?)\s*[)）\]】]\s*$/u;

/**
 * Reads a block of cells as a KPI table.
 * @param values the cells as Excel hands them over (numbers, text, booleans, null/"" blanks, "#N/A", serial dates); any input is accepted
 * @param options column overrides, number formats, fiscal year start, "today"
 * @returns header row, column map, one KPI per data row (with its source row), and issues with codes and en/zh messages
 * @example readKpiTable([["KPI", "Target", "Actual"], ["Revenue", "1.2M", 1_100_000]]).kpis[0] // { row: 1, name: "Revenue", target: 1200000, actual: 1100000, … }
 */
export function readKpiTable(values: unknown[][], options: ReadOptions = {}): KpiTable {
  const opts: ReadOptions = options !== null && typeof options === "object" ? options : {};
  if (!Array.isArray(values)) return empty(-1, [makeIssue(READ_MESSAGES, "NOT_A_TABLE")]);
  const rows = values.map((row) => (Array.isArray(row) ? (row as readonly unknown[]) : EMPTY_ROW));
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  width = Math.min(width, MAX_COLUMNS);

  const overrides = opts.columns !== null && typeof opts.columns === "object" ? opts.columns : undefined;
  const overrideKeys = new Set<string>();
  let numericOverride = false;
  for (const [key, ref] of Object.entries(overrides ?? {})) {
    for (const item of key === "history" && Array.isArray(ref) ? (ref as unknown[]) : [ref]) {
      if (typeof item === "string" && normalizeHeader(item) !== "") overrideKeys.add(normalizeHeader(item));
      if (typeof item === "number") numericOverride = true;
    }
  }
  const headerRow = findHeaderRow(rows, width, overrideKeys);
  if (headerRow < 0 && !numericOverride) {
    return empty(-1, [makeIssue(READ_MESSAGES, "HEADER_NOT_FOUND", { rows: HEADER_SEARCH_ROWS })]);
  }
  const headerCells = headerRow >= 0 ? (rows[headerRow] ?? EMPTY_ROW) : EMPTY_ROW;
  const headers: string[] = [];
  for (let c = 0; c < width; c++) headers.push(headerText(headerCells[c]));
  const layout = assignColumns(headers, headerCells, overrides);
  const issues: Issue[] = [...layout.issues];
  const columns: ColumnMap = layout.columns;
  const firstData = headerRow + 1;
  const guessed = columns.name === undefined ? guessNameColumn(rows, firstData, layout.extras) : undefined;
  const finalColumns: ColumnMap = guessed !== undefined ? { ...columns, name: guessed } : columns;
  if (guessed !== undefined) issues.push(makeIssue(READ_MESSAGES, "NAME_COLUMN_GUESSED", { cell: columnLetter(guessed), header: headers[guessed] || columnLetter(guessed) }));
  const extras = extraKeys(layout.extras.filter((c) => c !== guessed), headers);

  const formats = Array.isArray(opts.numberFormats) ? opts.numberFormats : undefined;
  const periodTargetColumns = (finalColumns.periodTargets ?? []).map((t) => t.column);
  const numeric = [finalColumns.baseline, finalColumns.target, finalColumns.actual, ...finalColumns.history, ...periodTargetColumns].filter((c): c is number => c !== undefined);
  const percentHeader = new Set(numeric.filter((c) => isPercentHeader(headers[c] ?? "")));
  const ctx: ReadContext = {
    headers,
    columns: finalColumns,
    historyLabels: layout.historyLabels,
    periodTargetLabels: layout.periodTargetLabels,
    extras,
    formats,
    percentHeader,
    pointsColumns: pointsColumns(rows, firstData, percentHeader, formats),
    deadlineOptions: { fiscalYearStartMonth: opts.fiscalYearStartMonth, asOf: opts.asOf },
    issues,
    memo: { perspective: new Map(), direction: new Map(), cadence: new Map(), deadline: new Map() },
    mergedCells: mergedCells(opts.merged),
    ...headerUnit(headers, finalColumns),
  };

  const kpis: Kpi[] = [];
  const fill: FillDown = {};
  const kinds = rows.map((row, r) => (r < firstData ? undefined : classifyRow(row, width, finalColumns.name)));
  let last = kinds.length - 1;
  while (last >= firstData && (kinds[last]?.kind === "blank" || kinds[last]?.kind === "note")) last--;
  for (let r = firstData; r < rows.length; r++) {
    const row = rows[r] ?? EMPTY_ROW;
    const kind = kinds[r] ?? { kind: "blank" };
    if (r === last && kpis.length > 0 && isUnlabelledSum(row, finalColumns.name)) {
      issues.push(makeIssue(READ_MESSAGES, "TOTAL_ROW_SKIPPED", { row: r + 1, text: "Σ" }, { row: r }));
      continue;
    }
    if (kind.kind === "blank" || kind.kind === "note") continue;
    if (kind.kind === "total") {
      issues.push(makeIssue(READ_MESSAGES, "TOTAL_ROW_SKIPPED", { row: r + 1, text: kind.label }, { row: r }));
      continue;
    }
    if (kind.kind === "section" && kind.column !== finalColumns.name) {
      section(fill, kind.label, kind.column, finalColumns);
      continue;
    }
    if (kind.kind === "section" && parsePerspective(kind.label) !== undefined) {
      section(fill, kind.label, finalColumns.perspective ?? -1, finalColumns);
      continue;
    }
    kpis.push(readRow(ctx, row, r, kpis.length, fill));
  }
  const table: KpiTable = { headerRow, headers, columns: finalColumns, kpis, issues };
  return layout.historyCadence !== undefined ? { ...table, historyCadence: layout.historyCadence } : table;
}

/** The last row holds only numbers and no name: a sum row without a label (weights adding up to 100 …). */
function isUnlabelledSum(row: readonly unknown[], nameColumn: number | undefined): boolean {
  if (nameColumn !== undefined && !isBlank(row[nameColumn])) return false;
  return row.every((cell) => isBlank(cell) || typeof cell === "number" || (typeof cell === "string" && parseNumber(cell).ok));
}

function empty(headerRow: number, issues: Issue[]): KpiTable {
  return { headerRow, headers: [], columns: { history: [] }, kpis: [], issues };
}

function headerText(cell: unknown): string {
  if (typeof cell === "number" && Number.isFinite(cell) && cell >= 20000 && cell <= 80000) return serialToIso(cell);
  return cellText(cell).trim();
}

/** A section heading row sets the value carried down in its column (a perspective heading sets the perspective). */
function section(fill: FillDown, label: string, column: number, columns: ColumnMap): void {
  const perspective = parsePerspective(label);
  if (perspective !== undefined && (column === columns.perspective || column === columns.name || columns.perspective === undefined || column < 0)) {
    fill.perspective = perspective;
    fill.perspectiveText = undefined;
  } else if (column === columns.objective) fill.objective = label;
  else if (column === columns.department) fill.department = label;
}

function extraKeys(columns: readonly number[], headers: readonly string[]): { column: number; key: string }[] {
  const used = new Set<string>();
  return columns.map((column) => {
    const base = headers[column] || columnLetter(column);
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base} (${n})`;
    used.add(key);
    return { column, key };
  });
}

/** Percent-header columns holding percent points: some plain number above 1.5 in size (see parse/percentScale.ts). */
function pointsColumns(rows: readonly (readonly unknown[])[], first: number, percentHeader: ReadonlySet<number>, formats: unknown[][] | undefined): Set<number> {
  const points = new Set<number>();
  for (const c of percentHeader) {
    for (let r = first; r < rows.length; r++) {
      const parsed = parseNumber(rows[r]?.[c]);
      if (parsed.ok && !parsed.percent && !isPercentFormat(formats?.[r]?.[c]) && Math.abs(parsed.value) > POINTS_ABOVE) {
        points.add(c);
        break;
      }
    }
  }
  return points;
}

/** "目标（万元）" → unit "万元" for KPIs without a unit column. */
function headerUnit(headers: readonly string[], columns: ColumnMap): { headerUnit?: string } {
  if (columns.unit !== undefined) return {};
  for (const c of [columns.target, columns.actual, columns.baseline]) {
    const unit = c === undefined ? undefined : HEADER_UNIT.exec(headers[c] ?? "")?.[1]?.trim();
    if (unit !== undefined && unit !== "" && !/^\d{2,4}$/u.test(unit)) return { headerUnit: unit };
  }
  return {};
}

/** Cells covered by a merged area below or right of its first cell, as "row:column" keys. */
function mergedCells(areas: unknown): ReadonlySet<string> {
  const cells = new Set<string>();
  if (!Array.isArray(areas)) return cells;
  const whole = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
  for (const area of areas as readonly unknown[]) {
    if (area === null || typeof area !== "object") continue;
    const { row, column, rowCount, columnCount } = area as Record<string, unknown>;
    if (!whole(row) || !whole(column) || !whole(rowCount) || !whole(columnCount) || rowCount * columnCount > 1_000_000) continue;
    for (let r: number = row; r < row + rowCount; r++) for (let c: number = column; c < column + columnCount; c++) if (r !== row || c !== column) cells.add(`${r}:${c}`);
  }
  return cells;
}
