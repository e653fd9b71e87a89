/**
 * The whole Evaluate / Refresh action inside one `Excel.run`: read (2 syncs, readEvaluationInput.ts),
 * evaluate in the engine (no sync), write the managed sheets (4 syncs, ../write) — 6 syncs for 10 KPIs
 * and for 10,000.
 */
import { evaluate, readKpiTable, readObjectives, type CellValue, type ColumnRole, type Evaluation, type KpiTable } from "../../engine";
import { workbookError } from "../errors";
import type { Bilingual } from "../../engine";
import type { EvaluateOutcome, EvaluateRequest, ProgressStep, TableRef } from "../port";
import { writeEvaluation } from "../write/writeEvaluation";
import type { LinkedRole, WriteSource } from "../write/writeInput";
import type { IsSetSupported } from "./apiSets";
import type { CellBlock } from "./readCells";
import { readColumnsOption, readEvaluationInput, type EvaluationInput } from "./readEvaluationInput";

/** What the evaluation needs from the environment. */
export interface EvaluateEnv {
  readonly isSetSupported: IsSetSupported;
  readonly now: () => Date;
  readonly user?: () => string | undefined;
}

const LINKED: readonly LinkedRole[] = ["actual", "target", "baseline", "weight"];

/** `2027-03-01 09:30`, local time. */
export function timestampText(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

function asCell(value: unknown): CellValue {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : null;
}

/**
 * What the pane shows when a plain-range source grew (issue 13 §4): from where to where, and that an
 * Excel table would grow by itself.
 * @param from the address asked for
 * @param to the address read
 */
export function grownNote(from: string, to: string): Bilingual {
  return {
    en: `The KPI range grew from ${from} to ${to}: the rows and columns typed next to it were evaluated too. Convert it to an Excel table to have it grow by itself.`,
    zh: `KPI 区域已从 ${from} 扩展到 ${to}：紧邻其下方或右侧新输入的行和列也已参与评估。将其转换为 Excel 表格后，它会自动扩展。`,
  };
}

/** Where the table's KPIs and columns are on the sheet (absolute, 0-based), for the writer and the pane. */
export function sourceOf(block: CellBlock, table: KpiTable, request: EvaluateRequest): WriteSource {
  const { rect } = block;
  const columns: Partial<Record<ColumnRole, number>> & { history?: number[] } = {};
  for (const [role, c] of Object.entries(table.columns) as [string, unknown][]) {
    if (role !== "history" && typeof c === "number") columns[role as ColumnRole] = rect.column + c;
  }
  columns.history = table.columns.history.map((c) => rect.column + c);
  const cells = table.kpis.map((kpi) => {
    const row = block.values[kpi.row] ?? [];
    const out: Partial<Record<LinkedRole, CellValue>> = {};
    for (const role of LINKED) {
      const c = table.columns[role];
      if (c !== undefined) out[role] = asCell(row[c]);
    }
    return out;
  });
  const headers: Partial<Record<ColumnRole, string>> = {};
  for (const [role, c] of Object.entries(table.columns) as [string, unknown][]) {
    if (role !== "history" && typeof c === "number") headers[role as ColumnRole] = table.headers[c] ?? "";
  }
  const nameColumn = table.columns.name;
  const names = table.kpis.map((kpi) => {
    const raw = nameColumn === undefined ? undefined : block.values[kpi.row]?.[nameColumn];
    return typeof raw === "string" ? raw : undefined;
  });
  return {
    sheet: rect.sheet,
    headers,
    ...(table.headerRow >= 0 ? { headerRow: rect.row + table.headerRow } : {}),
    names,
    tableName: request.kpiTable.name,
    address: request.kpiTable.address,
    ...(request.kpiTable.kind === "table" ? { table: request.kpiTable.name } : {}),
    rows: table.kpis.map((kpi) => rect.row + kpi.row),
    columns,
    historyLabels: table.columns.history.map((c) => table.headers[c] ?? ""),
    cells,
  };
}

/** A KPI table read and evaluated (no sheet written yet). */
export interface ReadAndEvaluated {
  readonly input: EvaluationInput;
  readonly table: KpiTable;
  readonly evaluation: Evaluation;
  /** The request as evaluated: the asked one, or with the grown range. */
  readonly request: EvaluateRequest;
  /** Set when a plain range grew (the ref to store). */
  readonly grownRef?: TableRef;
}

/**
 * Reads a KPI table (and its strategy table) and evaluates it: two syncs (readEvaluationInput.ts).
 * @param context the request context of the current `Excel.run`
 * @param asked the KPI table, column overrides, strategy, settings and language
 * @param env requirement-set check, clock and user
 * @returns what was read and the evaluation; NO_KPI_TABLE when the range holds no KPI rows
 */
export async function readAndEvaluate(context: Excel.RequestContext, asked: EvaluateRequest, env: EvaluateEnv): Promise<ReadAndEvaluated> {
  const input = await readEvaluationInput(context, asked, env.isSetSupported);
  // A grown plain range is evaluated, written and stored under its new address.
  const kpiTable: TableRef | undefined = input.grown
    ? { kind: "range", name: input.grown.to, sheet: asked.kpiTable.sheet, address: input.grown.to }
    : undefined;
  const request = kpiTable ? { ...asked, kpiTable } : asked;
  const { settings } = request;
  const table = readKpiTable(input.kpi.values, {
    columns: readColumnsOption(request.columns),
    numberFormats: input.kpi.numberFormats,
    asOf: settings.asOf,
    ...(input.merged ? { merged: input.merged } : {}),
    ...(settings.fiscalYearStartMonth !== undefined ? { fiscalYearStartMonth: settings.fiscalYearStartMonth } : {}),
  });
  if (table.headerRow < 0 || table.kpis.length === 0) throw workbookError("NO_KPI_TABLE");
  const objectives = input.strategy ? readObjectives(input.strategy).objectives : (request.strategy.objectives ?? []);
  const evaluation = evaluate(table, objectives, settings);
  return { input, table, evaluation, request, ...(kpiTable ? { grownRef: kpiTable } : {}) };
}

/**
 * Reads, evaluates and writes.
 * @param context the request context of the current `Excel.run`
 * @param asked the KPI table, column overrides, strategy, settings and language
 * @param env requirement-set check, clock and user
 * @param onProgress told each step as it starts, then "done"
 * @returns the evaluation, the sheets written and where each KPI's source cells are
 */
export async function evaluateWorkbook(
  context: Excel.RequestContext,
  asked: EvaluateRequest,
  env: EvaluateEnv,
  onProgress?: (step: ProgressStep) => void,
): Promise<EvaluateOutcome> {
  onProgress?.("reading");
  const { input, table, evaluation, request, grownRef: kpiTable } = await readAndEvaluate(context, asked, env);
  onProgress?.("evaluating");
  const source = sourceOf(input.kpi, table, request);
  onProgress?.("writing");
  const user = env.user?.();
  const written = await writeEvaluation(context, {
    evaluation,
    language: request.language,
    source,
    timestamp: timestampText(env.now()),
    ...(user !== undefined ? { user } : {}),
    isSetSupported: env.isSetSupported,
    ...(request.scope ? { scope: request.scope } : {}),
  });
  onProgress?.("done");
  const { history: _history, ...roleColumns } = source.columns;
  return {
    evaluation,
    sheets: written.sheets,
    renamed: written.renamed,
    notes: input.grown ? [grownNote(input.grown.from, input.grown.to), ...written.notes] : written.notes,
    ...(kpiTable ? { kpiTable } : {}),
    source: { sheet: source.sheet, rows: source.rows, columns: roleColumns },
  };
}
