/**
 * The headline figures of the managed sheets as workbook-scoped defined names (issue 13 §3, the
 * workbook contract in README): `=KPI_OverallScore` works anywhere in the workbook and keeps working
 * across refreshes, since the cells are fixed and the sheets are never deleted. Names are created once
 * (`workbook.names.add`, ExcelApi 1.4). A name of ours that no longer refers to our sheet (it broke:
 * `#REF!`, or our sheet was renamed and so became the user's, and the name followed it) is deleted and
 * added again on the current sheet in the same sync; formulas keep the name's text, so they find it
 * again. A name held by someone else is left alone and reported.
 */
import { scopedName, type WriteScope } from "./scope";
import type { Bilingual } from "../../engine";
import { cellA1 } from "./a1";
import { ROW, TOTAL_CELLS } from "./scorecardLayout";
import type { SheetRole } from "./sheetNames";
import { SMART_PASS_CELL } from "./smartReviewSheet";
import { MATCH_CELLS } from "./strategyMatchSheet";

export interface DefinedName {
  readonly name: string;
  readonly role: SheetRole;
  readonly row: number;
  readonly column: number;
  readonly comment: string;
}

const N = (name: string, role: SheetRole, at: { row: number; column: number }, comment: string): DefinedName => ({ name, role, ...at, comment });

/** The contract's names (stable across versions: add, never rename or remove). */
export const DEFINED_NAMES: readonly DefinedName[] = [
  N("KPI_OverallScore", "scorecard", { row: ROW.total, column: TOTAL_CELLS.value }, "KPI Scorecard: overall weighted score (live)"),
  N("KPI_OnTrack", "scorecard", { row: ROW.total, column: TOTAL_CELLS.onTrack }, "KPI Scorecard: KPIs on track (live)"),
  N("KPI_AtRisk", "scorecard", { row: ROW.total, column: TOTAL_CELLS.atRisk }, "KPI Scorecard: KPIs at risk (live)"),
  N("KPI_OffTrack", "scorecard", { row: ROW.total, column: TOTAL_CELLS.offTrack }, "KPI Scorecard: KPIs off track (live)"),
  N("KPI_NoData", "scorecard", { row: ROW.total, column: TOTAL_CELLS.noData }, "KPI Scorecard: KPIs with no data (live)"),
  N("KPI_MatchIndex", "strategyMatch", MATCH_CELLS.index, "KPI Scorecard: Strategy Match Index 0–100 (last refresh)"),
  N("KPI_Coverage", "strategyMatch", MATCH_CELLS.coverage, "KPI Scorecard: objective coverage C (last refresh)"),
  N("KPI_StrengthCoverage", "strategyMatch", MATCH_CELLS.strengthCoverage, "KPI Scorecard: strength-weighted coverage S (last refresh)"),
  N("KPI_WeightConsistency", "strategyMatch", MATCH_CELLS.weightConsistency, "KPI Scorecard: weight consistency WC (last refresh)"),
  N("KPI_Balance", "strategyMatch", MATCH_CELLS.balance, "KPI Scorecard: perspective balance H (last refresh)"),
  N("KPI_SmartPassRate", "smartReview", SMART_PASS_CELL, "KPI Scorecard: share of KPIs meeting all five SMART criteria (last refresh)"),
];

/** A defined name as the inspection loaded it. */
export interface NameInfo {
  readonly name: string;
  /** Its formula (`=Scorecard!$C$4`), or "" when not loaded. */
  readonly formula: string;
}

/** What to do with each contract name. */
export interface NamePlan {
  /** Names to add (after deleting the old one when `replace`). */
  readonly add: readonly { readonly name: DefinedName; readonly replace: boolean }[];
  /** Names held by someone else (left alone). */
  readonly foreign: readonly string[];
  /** The names that are ours after this refresh. */
  readonly ours: readonly string[];
}

const unquote = (formula: string): string => formula.replace(/^=/, "").replace(/\$/g, "").replace(/''/g, "'").replace(/^'(.*)'!/, "$1!").toLowerCase();

/**
 * @param existing the workbook's names
 * @param ourNames the names our marker says we created
 * @param sheetName the current sheet name per role
 * @param takenByTables table names (a name cannot be a table's name)
 * @param scope a team's scope: `KPI_OverallScore_Sales` …
 * @returns the plan
 * @example planNames([], [], { scorecard: "Scorecard", … }, []).add.length // 11
 */
export function planNames(
  existing: readonly NameInfo[],
  ourNames: readonly string[],
  sheetName: Readonly<Record<SheetRole, string>>,
  takenByTables: readonly string[],
  scope?: WriteScope,
): NamePlan {
  const byName = new Map(existing.map((n) => [n.name.toLowerCase(), n]));
  const mine = new Set(ourNames.map((n) => n.toLowerCase()));
  const tables = new Set(takenByTables.map((t) => t.toLowerCase()));
  const add: { name: DefinedName; replace: boolean }[] = [];
  const foreign: string[] = [];
  const ours: string[] = [];
  for (const contract of DEFINED_NAMES) {
    const name = scope ? { ...contract, name: scopedName(contract.name, scope), comment: `${contract.comment} — ${scope.label}` } : contract;
    const lower = name.name.toLowerCase();
    const found = byName.get(lower);
    if (tables.has(lower) || (found !== undefined && !mine.has(lower))) {
      foreign.push(name.name);
      continue;
    }
    ours.push(name.name);
    const wanted = `${sheetName[name.role]}!${cellA1(name.row, name.column)}`.toLowerCase();
    if (found === undefined) add.push({ name, replace: false });
    else if (unquote(found.formula) !== wanted) add.push({ name, replace: true });
  }
  return { add, foreign, ours };
}

/**
 * Queues the plan (no sync).
 * @param context the request context
 * @param plan the plan
 * @param sheetId the managed sheet's id per role
 */
export function queueNames(context: Excel.RequestContext, plan: NamePlan, sheetId: Readonly<Record<SheetRole, string>>): void {
  const names = context.workbook.names;
  for (const { name, replace } of plan.add) {
    if (replace) names.getItem(name.name).delete();
    const cell = context.workbook.worksheets.getItem(sheetId[name.role]).getRange(cellA1(name.row, name.column));
    names.add(name.name, cell, name.comment);
  }
}

/**
 * The note for names held by someone else.
 * @param foreign the names
 * @returns the note, or undefined
 */
export function foreignNamesNote(foreign: readonly string[]): Bilingual | undefined {
  if (foreign.length === 0) return undefined;
  const list = foreign.join(", ");
  return {
    en: `The names ${list} already exist in this workbook and are not the add-in's, so they were left alone and do not point at the scorecard.`,
    zh: `工作簿中已有名称 ${list}，且不属于加载项，因此未作更改，它们不指向计分卡。`,
  };
}
