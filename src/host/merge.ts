/**
 * Merged cells: `Range.merge(across)`, `Range.unmerge()` and the areas `getMergedAreasOrNullObject()`
 * returns. Sources: Range.merge / unmerge / getMergedAreasOrNullObject in @types/office-js and
 * https://learn.microsoft.com/javascript/api/excel/excel.range ; "Merge and unmerge cells"
 * (https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf):
 * only the upper-left cell's data is kept when cells are merged.
 */
import type { Rect } from "./address";
import { rectsOverlap } from "./address";
import { assertUnprotected, writeBlock } from "./cellWrite";
import type { EngineContent } from "./hyperformulaBridge";
import { hostError } from "./errors";
import type { HostRuntime } from "./proxy";
import type { SheetModel } from "./workbookModel";

/** getMergedAreasOrNullObject fails when more areas than this intersect the range (typings note). */
export const MERGED_AREAS_LIMIT = 512;

const contains = (outer: Rect, inner: Rect): boolean =>
  inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;

/** The rectangles a merge creates: the whole range, or one per row when `across`; single cells are not merged. */
function newAreas(rect: Rect, across: boolean): Rect[] {
  const areas = across ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => ({ ...rect, r0: rect.r0 + i, r1: rect.r0 + i })) : [rect];
  return areas.filter((a) => a.r1 > a.r0 || a.c1 > a.c0);
}

/**
 * Merges a range, as `Range.merge(across)` does.
 * - Every cell but the top-left of each new area is cleared (Excel keeps only the upper-left value).
 * - Merged areas wholly inside the range are absorbed; one that only partly overlaps it fails with
 *   InvalidOperation (Unsure: Excel's UI widens the selection instead; the API behaviour is not
 *   documented, so the host picks the stricter reading).
 * - Cells of an Excel table cannot be merged (InvalidOperation), as in Excel; a protected sheet
 *   fails with AccessDenied.
 * @param runtime - the host runtime
 * @param sheet - the sheet
 * @param rect - the range to merge
 * @param across - true to merge each row separately
 */
export function mergeRange(runtime: HostRuntime, sheet: SheetModel, rect: Rect, across: boolean): void {
  assertUnprotected(sheet);
  if (runtime.model.tables.some((t) => !t.deleted && t.sheet === sheet && rectsOverlap(t.rect, rect))) {
    throw hostError("InvalidOperation", "Cells in a table can't be merged.");
  }
  const partial = sheet.merges.find((m) => rectsOverlap(m, rect) && !contains(rect, m));
  if (partial) throw hostError("InvalidOperation", "The range only partly overlaps a merged area; merge or unmerge the whole area.");
  const areas = newAreas(rect, across);
  if (areas.length === 0) return;
  sheet.merges = sheet.merges.filter((m) => !contains(rect, m));
  for (const area of areas) {
    clearAllButTopLeft(runtime, sheet, area);
    sheet.merges.push(area);
  }
}

function clearAllButTopLeft(runtime: HostRuntime, sheet: SheetModel, area: Rect): void {
  const used = runtime.engine.usedRect(sheet.hfId);
  if (!used || !rectsOverlap(used, area)) return;
  const rows = area.r1 - area.r0 + 1;
  const cols = area.c1 - area.c0 + 1;
  // `undefined` leaves the top-left cell as it is; `null` empties the others.
  const block = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_v, j): EngineContent | undefined => (i === 0 && j === 0 ? undefined : null)));
  writeBlock(runtime, sheet, area, block);
}

/**
 * Unmerges every merged area that overlaps the range (`Range.unmerge()`); the values stay where they are.
 * @param sheet - the sheet
 * @param rect - the range
 */
export function unmergeRange(sheet: SheetModel, rect: Rect): void {
  assertUnprotected(sheet);
  sheet.merges = sheet.merges.filter((m) => !rectsOverlap(m, rect));
}

/**
 * The merged areas that overlap a range, whole (Unsure: Excel may clip them to the range; callers
 * should clip). Null when there are none; more than MERGED_AREAS_LIMIT fails with InvalidOperation.
 * @param sheet - the sheet
 * @param rect - the range
 * @returns the areas, top to bottom then left to right, or null
 */
export function mergedAreasIn(sheet: SheetModel, rect: Rect): Rect[] | null {
  const areas = sheet.merges.filter((m) => rectsOverlap(m, rect)).sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  if (areas.length > MERGED_AREAS_LIMIT) {
    throw hostError("InvalidOperation", `The range has ${areas.length} merged areas; getMergedAreasOrNullObject returns at most ${MERGED_AREAS_LIMIT}.`);
  }
  return areas.length > 0 ? areas : null;
}
