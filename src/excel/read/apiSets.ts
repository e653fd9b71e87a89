/**
 * Optional Excel APIs we use above ExcelApi 1.9, each checked with the `isSetSupported` function the
 * composition root passes in (Office.context.requirements.isSetSupported in the add-in).
 * Source: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 */

/** A requirement set and the version that introduced a member. */
export interface ApiSet {
  readonly name: string;
  readonly version: string;
}

/**
 * `Range.getSurroundingRegion()`: "[Api set: ExcelApi 1.7]" in @types/office-js (Excel.Range). An
 * older Excel falls back to the used range.
 */
export const SURROUNDING_REGION: ApiSet = { name: "ExcelApi", version: "1.7" };

/**
 * `Range.getMergedAreasOrNullObject()`: "[Api set: ExcelApi 1.13]" in @types/office-js (Excel.Range);
 * the `RangeAreas` it returns (`areas`, `areaCount`) is ExcelApi 1.9. Without it, merged cells read
 * as blank below their first cell.
 */
export const MERGED_AREAS: ApiSet = { name: "ExcelApi", version: "1.13" };

/** The function that answers "is this requirement set supported?". */
export type IsSetSupported = (set: string, version: string) => boolean;

/** Whether an optional API may be called; a throwing checker counts as "no". */
export function supports(isSetSupported: IsSetSupported, api: ApiSet): boolean {
  try {
    return isSetSupported(api.name, api.version);
  } catch {
    return false;
  }
}
