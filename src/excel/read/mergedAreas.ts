/**
 * Merged areas of a KPI table's objective and department columns (ExcelApi 1.13,
 * `Range.getMergedAreasOrNullObject`), queued so they travel in the same sync as the table's values.
 * `readKpiTable` carries a merged 战略目标 / 部门 cell down to the rows it covers only when told the
 * areas (ReadOptions.merged); without them only the perspective is carried down.
 * Excel fails the call when more than 512 areas intersect the range (typings note), so each column
 * is asked in blocks of MERGE_BLOCK_ROWS rows: a one-column block of 512 cells meets at most 512 areas.
 */
import type { SheetRect } from "../address";
import { MERGED_AREAS, supports, type IsSetSupported } from "./apiSets";

/** A merged area in 0-based coordinates of the block read (readKpiTable's ReadOptions.merged). */
export interface MergedArea {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Rows per getMergedAreasOrNullObject call (Excel's limit of 512 areas per call). */
export const MERGE_BLOCK_ROWS = 512;

/**
 * Queues the merged-area loads of some columns of a block; call the returned function after the next sync.
 * Queues nothing (and returns `() => undefined`) when ExcelApi 1.13 is missing or no column is given.
 * @param context the request context of the current `Excel.run`
 * @param rect the block (absolute position on its sheet)
 * @param columns columns to ask about, 0-based inside the block
 * @param isSetSupported the requirement-set check
 * @returns after the sync: the areas clipped to the block, deduplicated, in block coordinates (undefined when not asked)
 */
export function queueMergedAreas(
  context: Excel.RequestContext,
  rect: SheetRect,
  columns: readonly number[],
  isSetSupported: IsSetSupported,
): () => MergedArea[] | undefined {
  const wanted = [...new Set(columns)].filter((c) => Number.isInteger(c) && c >= 0 && c < rect.columnCount);
  if (wanted.length === 0 || rect.rowCount <= 0 || !supports(isSetSupported, MERGED_AREAS)) return () => undefined;
  const sheet = context.workbook.worksheets.getItem(rect.sheet);
  const queued: Excel.RangeAreas[] = [];
  for (const c of wanted) {
    for (let first = 0; first < rect.rowCount; first += MERGE_BLOCK_ROWS) {
      const rows = Math.min(MERGE_BLOCK_ROWS, rect.rowCount - first);
      const areas = sheet.getRangeByIndexes(rect.row + first, rect.column + c, rows, 1).getMergedAreasOrNullObject();
      areas.areas.load("items/rowIndex, items/columnIndex, items/rowCount, items/columnCount");
      queued.push(areas);
    }
  }
  return () => {
    const found = new Map<string, MergedArea>();
    for (const areas of queued) {
      if (areas.isNullObject) continue;
      for (const r of areas.areas.items) {
        const area = clip(rect, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount);
        if (area) found.set(`${area.row}:${area.column}:${area.rowCount}:${area.columnCount}`, area);
      }
    }
    return [...found.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  };
}

/** An absolute area cut to the block, in block coordinates; undefined when it covers one cell or none of the block. */
function clip(rect: SheetRect, row: number, column: number, rowCount: number, columnCount: number): MergedArea | undefined {
  const r0 = Math.max(row, rect.row);
  const c0 = Math.max(column, rect.column);
  const r1 = Math.min(row + rowCount, rect.row + rect.rowCount);
  const c1 = Math.min(column + columnCount, rect.column + rect.columnCount);
  if (r1 - r0 < 1 || c1 - c0 < 1 || (r1 - r0) * (c1 - c0) < 2) return undefined;
  return { row: r0 - rect.row, column: c0 - rect.column, rowCount: r1 - r0, columnCount: c1 - c0 };
}
