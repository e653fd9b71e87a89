/**
 * Names of the Excel tables on the managed sheets (issue 13 §3, the workbook contract in README).
 * Table names are workbook-wide and unique (also against defined names). A refresh keeps each table
 * (same name, same identity: `table.resize`) so that users' structured references such as
 * `KpiScorecard[Score]` keep working; the contract tables also keep a fixed header row with fixed
 * English headers. A wanted name held by a table or name that is not ours gets a number
 * (`KpiScorecard2`) and the refresh says so.
 */

import { scopedName, type WriteScope } from "./scope";

/** Table names (valid: letter first, then letters, digits, `_`; not a cell reference). */
export const TABLE_NAMES = {
  kpis: "KpiScorecard",
  perspectives: "KpiByPerspective",
  statuses: "KpiStatusCounts",
  chartData: "KpiAttainmentChart",
  history: "KpiSignalHistory",
  kept: "KpiKeptNotes",
  matchSummary: "KpiMatchSummary",
  objectives: "KpiObjectiveCoverage",
  balance: "KpiPerspectiveBalance",
  matrix: "KpiStrengthMatrix",
  smart: "KpiSmartReview",
  log: "KpiEvaluationLog",
} as const;

export type TableKey = keyof typeof TABLE_NAMES;

/**
 * Tables of the published contract: fixed name, fixed header row, fixed English headers, whatever
 * the language and the KPI list (README "Building on the scorecard").
 */
export const CONTRACT_TABLES: readonly TableKey[] = ["kpis", "objectives", "smart", "log"];

/** Names the tables had before the workbook contract (version 1 of the marker), by key. */
export const LEGACY_TABLE_NAMES: Readonly<Partial<Record<TableKey, string>>> = {
  kpis: "KS_Scorecard",
  perspectives: "KS_ByPerspective",
  statuses: "KS_StatusCounts",
  chartData: "KS_AttainmentChart",
  history: "KS_SignalHistory",
  matchSummary: "KS_MatchSummary",
  objectives: "KS_ObjectiveCoverage",
  balance: "KS_PerspectiveBalance",
  matrix: "KS_StrengthMatrix",
  smart: "KS_SmartReview",
  log: "KS_EvaluationLog",
};

/**
 * The name a new table gets: the wanted name, or the wanted name with the first free number.
 * @param key which table
 * @param taken names of tables and defined names in the workbook that are not this table (any case)
 * @param scope a team's scope: `KpiScorecard_Sales` …
 * @returns the name
 * @example freeTableName("kpis", ["kpiscorecard"]) // "KpiScorecard2"
 */
export function freeTableName(key: TableKey, taken: ReadonlySet<string>, scope?: WriteScope): string {
  const wanted: string = scopedName(TABLE_NAMES[key], scope);
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
  return name;
}

const OUR_NAMES: ReadonlySet<string> = new Set(
  [...Object.values(TABLE_NAMES), ...Object.values(LEGACY_TABLE_NAMES)].map((n) => n.toLowerCase()),
);

/**
 * Whether a table name is one the add-in gives its own tables (with or without a number). Such a
 * table on a sheet that is no longer managed (a renamed archive) is still a scorecard, not a source:
 * detection offers it after the user's own tables.
 * @example isOurTableName("KpiScorecard2") // true
 */
export function isOurTableName(name: string): boolean {
  return OUR_NAMES.has(name.replace(/\d+$/, "").toLowerCase());
}
