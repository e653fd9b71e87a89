/**
 * One set of managed sheets per team table (issue 13 §6, Company roll-up): a scope gives a team's
 * Scorecard, Strategy Match, SMART Review and Evaluation Log their own sheet names (`Scorecard · Sales`),
 * their own marker in the workbook's settings, and their own table and defined names
 * (`KpiScorecard_Sales`, `KPI_OverallScore_Sales`), so that several teams' scorecards live side by side
 * and each is refreshed in place like the unscoped one. Without a scope nothing changes: the published
 * contract's names (README "Building on the scorecard") belong to the unscoped scorecard.
 */
import { MARKER_KEY } from "./managedSheets";
import { MAX_SHEET_NAME } from "./sheetNames";

/** A team's scope. */
export interface WriteScope {
  /** Stable identity of the team's scorecard (e.g. its KPI table's name): the marker's key. */
  readonly key: string;
  /** The team's name as the sheet names show it. */
  readonly label: string;
}

/** Separator between a sheet's name and its team. */
export const SCOPE_SEPARATOR = " · ";

/**
 * The settings key of a scope's marker.
 * @example markerKey({ key: "KpiSales", label: "Sales" }) // "kpiScorecard.managedSheets@KpiSales"
 */
export function markerKey(scope: WriteScope | undefined): string {
  return scope ? `${MARKER_KEY}@${scope.key}` : MARKER_KEY;
}

/** Whether a settings key is a managed-sheets marker, scoped or not. */
export function isMarkerKey(key: string): boolean {
  return key === MARKER_KEY || key.startsWith(`${MARKER_KEY}@`);
}

/**
 * A managed sheet's wanted name in a scope: the name, a separator and the team (cut to 31 characters,
 * without Excel's forbidden characters).
 * @example scopedSheetName("Scorecard", { key: "k", label: "Sales" }) // "Scorecard · Sales"
 */
export function scopedSheetName(wanted: string, scope: WriteScope | undefined): string {
  if (!scope) return wanted;
  const label = scope.label.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim() || scope.key;
  return `${wanted}${SCOPE_SEPARATOR}${label}`.slice(0, MAX_SHEET_NAME).trim();
}

/**
 * A table or defined name in a scope: the name, `_` and the team made a valid name part (letters,
 * digits, `_`; at most 40 characters).
 * @example scopedName("KpiScorecard", { key: "k", label: "销售 部" }) // "KpiScorecard_销售_部"
 */
export function scopedName(name: string, scope: WriteScope | undefined): string {
  if (!scope) return name;
  const part = scope.label.replace(/[^\p{L}\p{N}_]/gu, "_").slice(0, 40) || "Team";
  return `${name}_${part}`;
}
