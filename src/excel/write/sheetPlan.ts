/**
 * The sheet names of a run: a staging name per role (unique by the run's token, chosen before the
 * workbook is known) and, once it is, the final name per role (a sheet that is not ours keeps its
 * name; ours are replaced) with the list of renamed sheets the user is told about.
 */
import type { Lang } from "../../engine";
import type { Inspection } from "./inspect";
import { DEFAULT_SHEET_NAMES, pickSheetName, SHEET_ROLES, type SheetRole } from "./sheetNames";
import type { SheetNames } from "./writeInput";
import { scopedSheetName, type WriteScope } from "./scope";

/**
 * @param token the run's token
 * @returns staging sheet names, e.g. `~KS scorecard k3x9a` (≤ 31 characters)
 * @example stagingNames("ab12").log // "~KS log ab12"
 */
export function stagingNames(token: string): SheetNames {
  const out: Partial<Record<SheetRole, string>> = {};
  for (const role of SHEET_ROLES) out[role] = `~KS ${role} ${token}`.slice(0, 31);
  return out as SheetNames;
}

/**
 * @param inspection what the workbook holds
 * @param lang the language of the sheet names
 * @param scope a team's scope: its sheets are named `Scorecard · <team>` …
 * @returns final names and the renamed list
 * @example finalNames(inspectionWithUserSheetNamedScorecard, "en").final.scorecard // "Scorecard (2)"
 */
export function finalNames(inspection: Inspection, lang: Lang, scope?: WriteScope): { final: SheetNames; renamed: { wanted: string; used: string }[] } {
  const others = inspection.census.others.map((s) => s.name);
  const final: Partial<Record<SheetRole, string>> = {};
  const renamed: { wanted: string; used: string }[] = [];
  for (const role of SHEET_ROLES) {
    const wanted = scopedSheetName(DEFAULT_SHEET_NAMES[lang][role], scope);
    const used = pickSheetName(wanted, others, Object.values(final));
    final[role] = used;
    if (used !== wanted) renamed.push({ wanted, used });
  }
  return { final: final as SheetNames, renamed };
}
