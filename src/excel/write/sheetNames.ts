/**
 * Managed sheet names per language (issue 6 §3) and the rule for a name already taken by a sheet
 * that is not ours. Excel's rules: at most 31 characters, none of `[ ] : * ? / \`, not blank, not
 * starting or ending with an apostrophe, unique ignoring case.
 */
import type { Lang } from "../../engine";
import type { SheetNames } from "./writeInput";

export type SheetRole = keyof SheetNames;

/** The roles in the order the sheets are created (and appear as tabs). */
export const SHEET_ROLES: readonly SheetRole[] = ["scorecard", "strategyMatch", "smartReview", "log"];

/** Default names (data; easy to extend with another language). */
export const DEFAULT_SHEET_NAMES: Readonly<Record<Lang, SheetNames>> = {
  en: { scorecard: "Scorecard", strategyMatch: "Strategy Match", smartReview: "SMART Review", log: "Evaluation Log" },
  zh: { scorecard: "计分卡", strategyMatch: "战略匹配", smartReview: "SMART 评审", log: "评估日志" },
};

export const MAX_SHEET_NAME = 31;

/**
 * The name to use for a managed sheet: the wanted name, or `wanted (2)`, `wanted (3)` … when a
 * sheet that is not ours holds it. Names held by our own sheets count as free (they are replaced).
 * @param wanted the default name
 * @param takenByOthers names of sheets that are not ours (any case)
 * @param alsoTaken names already chosen for our other sheets in this run
 * @returns a valid, free sheet name
 * @example pickSheetName("Scorecard", ["scorecard"]) // "Scorecard (2)"
 */
export function pickSheetName(wanted: string, takenByOthers: Iterable<string>, alsoTaken: Iterable<string> = []): string {
  const taken = new Set<string>();
  for (const name of takenByOthers) taken.add(name.toLowerCase());
  for (const name of alsoTaken) taken.add(name.toLowerCase());
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A sheet name quoted for a formula reference: `'KPI 2027'!` (apostrophes doubled).
 * @param name the sheet name
 * @returns the quoted name with the `!`
 * @example sheetRef("O'Neil") // "'O''Neil'!"
 */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
