/**
 * Internal: one data row → one KPI (DOMAIN §1), with every unreadable cell reported.
 */
import type { CellValue, Direction, HistoryPoint, Kpi, PeriodTarget, Perspective } from "../../model";
import { makeIssue } from "../../messages/define";
import { READ_MESSAGES } from "../../messages/read";
import { cellText } from "../../parse/internal/cellText";
import { parseNumber } from "../../parse/number";
import { percentScale, scalesPlain } from "../../parse/percentScale";
import { parsePerspective } from "../../parse/perspective";
import { memo, type ReadContext } from "./context";
import { cellIssue, readText, reportNumber, scaleToFraction, toNumberCell, type NumberCell } from "./readCells";
import { readDeadlineAndFrequency, readDirection } from "./readSchedule";
import { readTargetCell } from "./targetCell";

/**
 * Values carried down from the rows above. The perspective is a grouping column and always carries
 * down (merged 维度 cells, section rows); objective and department carry down only into cells Excel
 * reports as merged (ReadOptions.merged), so a genuinely blank objective is not hidden.
 */
export interface FillDown {
  perspective?: Perspective;
  perspectiveText?: string;
  objective?: string;
  department?: string;
  parent?: string;
}

/** A KPI under construction. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads one KPI row.
 * @param ctx table facts (issues are appended to `ctx.issues`)
 * @param row the row's cells
 * @param r the row's index in the block
 * @param k the index this KPI will have in `kpis`
 * @param fill values from the rows above; updated in place
 * @returns the KPI
 * @example readRow(ctx, ["Revenue", "1.2M", 1100000], 4, 0, {}) // { row: 4, name: "Revenue", target: 1200000, … }
 */
export function readRow(ctx: ReadContext, row: readonly unknown[], r: number, k: number, fill: FillDown): Kpi {
  const cols = ctx.columns;
  const text = (c: number | undefined) => readText(ctx, row, r, c, k);
  const name = text(cols.name) ?? "";
  const kpi: Mutable<Kpi> = { row: r, name, history: [], extra: {} };
  if (name === "") ctx.issues.push(makeIssue(READ_MESSAGES, "NAME_MISSING", { row: r + 1 }, { row: r, kpi: k }));
  setText(kpi, "description", text(cols.description));
  setText(kpi, "owner", text(cols.owner));
  setText(kpi, "unit", text(cols.unit));
  const merged = (c: number | undefined) => c !== undefined && ctx.mergedCells.has(`${r}:${c}`);
  const objective = text(cols.objective) ?? (merged(cols.objective) ? fill.objective : undefined);
  setText(kpi, "objective", (fill.objective = objective));
  const department = text(cols.department) ?? (merged(cols.department) ? fill.department : undefined);
  setText(kpi, "department", (fill.department = department));
  // DOMAIN §2 "Cascades": the KPI this one rolls up into, as written (a merged Parent cell covers its rows).
  const parent = text(cols.parent) ?? (merged(cols.parent) ? fill.parent : undefined);
  setText(kpi, "parent", (fill.parent = parent));
  readPerspective(ctx, row, r, k, kpi, fill);

  // Numbers: target (may be a band or a comparator), baseline, actual, history; then the row percent rule.
  const numbers: NumberCell[] = [];
  const num = (c: number | undefined): NumberCell | undefined => {
    if (c === undefined) return undefined;
    const parsed = parseNumber(row[c]);
    reportNumber(ctx, parsed, r, c, k);
    const cell = toNumberCell(ctx, parsed, r, c);
    if (cell !== undefined) numbers.push(cell);
    return cell;
  };
  let targetCell: NumberCell | undefined;
  let statedDirection: Direction | undefined;
  let multiple: number | undefined;
  if (cols.target !== undefined) {
    const t = readTargetCell(row[cols.target]);
    if (t.text !== undefined) kpi.targetText = t.text;
    multiple = t.multiple;
    // Words are judged, not refused: a vague or multiple target is said so, not called "not a number".
    if (t.vague === true) ctx.issues.push(cellIssue(ctx, "TARGET_VAGUE", r, cols.target, k, t.text ?? ""));
    else if (t.multiple === undefined) reportNumber(ctx, t.parsed, r, cols.target, k);
    targetCell = toNumberCell(ctx, t.parsed, r, cols.target, t.band);
    if (targetCell !== undefined) numbers.push(targetCell);
    if (t.band !== undefined) {
      statedDirection = "band";
      if (t.reversed === true) ctx.issues.push(cellIssue(ctx, "BAND_REVERSED", r, cols.target, k, cellText(row[cols.target])));
    } else if (t.direction !== undefined) statedDirection = t.direction;
  }
  const baseline = num(cols.baseline);
  const actual = num(cols.actual);
  const history = ctx.columns.history.map((c) => num(c));
  // Per-period targets (DOMAIN §5) are the row's numbers too: the one percent scale below covers them.
  const periodTargets = (ctx.columns.periodTargets ?? []).map((t) => ({ index: t.index, cell: num(t.column) }));
  // One percent scale for the whole row (DOMAIN §3; parse/percentScale.ts). Cells that are % by their
  // text, number format or a % header column are fractions already; the rule scales the plain ones.
  const scale = percentScale(numbers, { unit: kpi.unit, text: name });
  if (scale.isPercent) {
    if (scale.plainFactor === 0.01) {
      const first = numbers.find((n) => n.plain && scalesPlain(n.value, scale));
      if (first !== undefined) ctx.issues.push(cellIssue(ctx, "PERCENT_POINTS_ASSUMED", r, first.column, k, String(first.value)));
      for (const n of numbers) if (n.plain && scalesPlain(n.value, scale)) scaleToFraction(n);
    }
    kpi.isPercent = true;
  } else if (kpi.unit === undefined && ctx.headerUnit !== undefined) kpi.unit = ctx.headerUnit;
  if (targetCell !== undefined) kpi.target = targetCell.value; // a band's midpoint, so a target is always there
  if (targetCell?.band !== undefined) kpi.band = targetCell.band;
  if (baseline !== undefined) kpi.baseline = baseline.value;
  if (multiple !== undefined && cols.target !== undefined) {
    // "double" the baseline: the target is factor × baseline, when there is one.
    if (baseline !== undefined) {
      kpi.target = Number((multiple * baseline.value).toPrecision(15));
      ctx.issues.push(cellIssue(ctx, "TARGET_FROM_MULTIPLE", r, cols.target, k, kpi.targetText ?? ""));
    } else ctx.issues.push(cellIssue(ctx, "TARGET_MULTIPLE_NO_BASELINE", r, cols.target, k, kpi.targetText ?? ""));
  }
  if (actual !== undefined) kpi.actual = actual.value;
  kpi.history = history.map((h, i): HistoryPoint => ({ label: ctx.historyLabels[i] ?? "", value: h?.value ?? null }));
  if (periodTargets.length > 0) {
    const values: (number | null)[] = ctx.periodTargetLabels.map(() => null);
    for (const { index, cell } of periodTargets) if (cell !== undefined && index < values.length) values[index] = cell.value;
    kpi.periodTargets = ctx.periodTargetLabels.map((label, i): PeriodTarget => ({ label, value: values[i] ?? null }));
  }
  if (cols.actual === undefined) actualFromHistory(ctx, kpi, k);

  readWeightAndThresholds(ctx, row, r, k, kpi);
  readDirection(ctx, row, r, k, kpi, statedDirection);
  readDeadlineAndFrequency(ctx, row, r, k, kpi);
  // Keyed by the user's header text: a null-prototype object, so a column named "__proto__" is data.
  const extra: Record<string, CellValue> = Object.create(null) as Record<string, CellValue>;
  for (const { column, key } of ctx.extras) extra[key] = asCellValue(row[column]);
  kpi.extra = extra;
  return kpi;
}

function setText<K extends "description" | "owner" | "unit" | "objective" | "department" | "parent">(kpi: Mutable<Kpi>, key: K, value: string | undefined): void {
  if (value !== undefined) kpi[key] = value;
}

function readPerspective(ctx: ReadContext, row: readonly unknown[], r: number, k: number, kpi: Mutable<Kpi>, fill: FillDown): void {
  const c = ctx.columns.perspective;
  const written = readText(ctx, row, r, c, k);
  if (written !== undefined && c !== undefined) {
    const p = memo(ctx.memo.perspective, written, parsePerspective);
    fill.perspective = p;
    fill.perspectiveText = p === undefined ? written : undefined;
    if (p === undefined) ctx.issues.push(cellIssue(ctx, "PERSPECTIVE_UNKNOWN", r, c, k, written));
  }
  if (fill.perspective !== undefined) kpi.perspective = fill.perspective;
  else if (fill.perspectiveText !== undefined) kpi.perspectiveText = fill.perspectiveText;
}

function actualFromHistory(ctx: ReadContext, kpi: Mutable<Kpi>, k: number): void {
  for (let i = kpi.history.length - 1; i >= 0; i--) {
    const point = kpi.history[i];
    if (point?.value === null || point === undefined) continue;
    kpi.actual = point.value;
    ctx.issues.push(makeIssue(READ_MESSAGES, "ACTUAL_FROM_HISTORY", { name: kpi.name, period: point.label }, { row: kpi.row, kpi: k }));
    return;
  }
}

function readWeightAndThresholds(ctx: ReadContext, row: readonly unknown[], r: number, k: number, kpi: Mutable<Kpi>): void {
  const cols = ctx.columns;
  if (cols.weight !== undefined) {
    const w = parseNumber(row[cols.weight]);
    reportNumber(ctx, w, r, cols.weight, k);
    if (w.ok) kpi.weight = w.value; // weights are relative: 40%, 40 and 0.4 all work (DOMAIN §2)
  }
  for (const key of ["green", "amber"] as const) {
    const c = cols[key];
    if (c === undefined) continue;
    const parsed = parseNumber(row[c]);
    reportNumber(ctx, parsed, r, c, k);
    const cell = toNumberCell(ctx, parsed, r, c);
    // Thresholds are score ratios (DOMAIN §2): 95 written without % means 95 %.
    if (cell !== undefined) kpi[key] = cell.plain && Math.abs(cell.value) > 2 ? cell.value / 100 : cell.value;
  }
}

function asCellValue(cell: unknown): CellValue {
  if (cell === null || cell === undefined || typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") return cell;
  return cellText(cell);
}
