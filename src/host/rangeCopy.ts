/**
 * Range.copyFrom(source, copyType?, skipBlanks?, transpose?) (ExcelApi 1.9): Excel's copy and paste.
 * Sources: Excel.Range.copyFrom and Excel.RangeCopyType (learn.microsoft.com/javascript/api/excel),
 * "Cut, copy, and paste ranges using the Excel JavaScript API"
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-cut-copy-paste),
 * support.microsoft.com "Move or copy a formula", "Using structured references with Excel tables".
 * - The destination grows to the source's size when smaller; when it is an exact multiple of the
 *   source in rows or columns the source is repeated ("a 2x2 range copy into a 2x6 range will result
 *   in 3 copies").
 * - "All" (default): contents and formats; "Formulas": formulas (and constants) without formats;
 *   "Values": computed results; "Formats": number formats, fill, font, alignment, wrap and the
 *   conditional formats of the source. Borders are not modelled.
 * - A formula moves as a paste moves it: relative references shift by the offset, absolute ones stay,
 *   references to other sheets keep their sheet, a reference shifted off the grid becomes #REF!;
 *   structured references stay as written, and an unqualified one copied out of its table gets the
 *   table's name.
 * - skipBlanks: blank source cells change nothing in the destination.
 * Refused: transpose (NotImplemented), copyType "Link" (NotImplemented), a source with several
 * areas (NotImplemented), merged cells in the source or the destination (InvalidOperation; Unsure,
 * stricter), a paste that changes a table header's text or puts a formula in it (InvalidOperation;
 * Unsure, stricter), a protected destination sheet (AccessDenied).
 */
import type { Rect } from "./address";
import { MAX_COLUMNS, MAX_ROWS, rectSize, rectsOverlap } from "./address";
import { formatAt, setFormat } from "./cellFormats";
import { assertUnprotected, writeBlock } from "./cellWrite";
import { ERROR_LITERALS } from "./cellInput";
import type { EngineContent } from "./engineContent";
import { cellKey, isFormula } from "./engineContent";
import { hostError } from "./errors";
import { shiftFormula } from "./formulaRewrite";
import type { RangeTarget } from "./lookup";
import type { HostRuntime } from "./proxy";
import { tableAt } from "./structuredRefs";
import type { FormatValue } from "./workbookModel";
import { FORMAT_DEFAULTS, nextModelId } from "./workbookModel";

const COPY_TYPES = ["All", "Formulas", "Values", "Formats"];

/** The destination rectangle: the source's size, repeated when the destination is an exact multiple of it. */
function destinationRect(source: Rect, dest: Rect): Rect {
  const src = rectSize(source);
  const dst = rectSize(dest);
  const rows = dst.rows > src.rows && dst.rows % src.rows === 0 ? dst.rows : src.rows;
  const cols = dst.cols > src.cols && dst.cols % src.cols === 0 ? dst.cols : src.cols;
  const rect = { r0: dest.r0, c0: dest.c0, r1: dest.r0 + rows - 1, c1: dest.c0 + cols - 1 };
  if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) throw hostError("InvalidArgument", "The pasted range would extend beyond the worksheet.");
  return rect;
}

function deepCopy<V>(value: V): V {
  return JSON.parse(JSON.stringify(value)) as V;
}

function shiftRecordFormulas(record: Record<string, unknown>, dr: number, dc: number): void {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === "string" && /^formula/.test(key) && value.startsWith("=")) record[key] = shiftFormula(value, dr, dc);
    else if (value !== null && typeof value === "object" && !Array.isArray(value)) shiftRecordFormulas(value as Record<string, unknown>, dr, dc);
  }
}

/**
 * Copies a source range onto a destination, as Range.copyFrom does.
 * @param runtime - the host runtime
 * @param source - the source range (any sheet)
 * @param dest - the range copyFrom is called on
 */
export function copyRange(runtime: HostRuntime, source: RangeTarget, dest: RangeTarget, copyType: unknown, skipBlanks: unknown, transpose: unknown): void {
  const type = copyType === undefined ? "All" : copyType;
  if (type === "Link" || type === "ColumnWidths") throw hostError("NotImplemented", `copyFrom with copyType "${type}" is not supported by the in-memory host.`);
  if (typeof type !== "string" || !COPY_TYPES.includes(type)) throw hostError("InvalidArgument", `${JSON.stringify(type)} is not a RangeCopyType.`);
  if (skipBlanks !== undefined && typeof skipBlanks !== "boolean") throw hostError("InvalidArgument", "skipBlanks expects true or false.");
  if (transpose !== undefined && typeof transpose !== "boolean") throw hostError("InvalidArgument", "transpose expects true or false.");
  if (transpose === true) throw hostError("NotImplemented", "copyFrom with transpose is not supported by the in-memory host.");
  assertUnprotected(dest.sheet);
  const { engine } = runtime;
  const src = source.rect;
  const { rows, cols } = rectSize(src);
  if (rows * cols > 5_000_000) throw hostError("RangeExceedsLimit", "A range is limited to 5,000,000 cells.");
  if (source.sheet.merges.some((m) => rectsOverlap(m, src))) {
    throw hostError("InvalidOperation", "Copying merged cells is not supported by the in-memory host (stricter than Excel).");
  }
  const rect = destinationRect(src, dest.rect);
  if (dest.sheet.merges.some((m) => rectsOverlap(m, rect))) throw hostError("InvalidOperation", "Cannot change part of a merged cell.");
  const contents = type !== "Formats";
  const formats = type === "All" || type === "Formats";
  const skip = skipBlanks === true;

  // Read the source completely first: source and destination may overlap.
  const stored = engine.cellsOf(source.sheet.hfId);
  const srcContent = (i: number, j: number) => stored.get(cellKey(src.r0 + i, src.c0 + j));
  const values = type === "Values" ? engine.values(source.sheet.hfId, src) : [];
  const sourceTable = (i: number, j: number) => tableAt(runtime, source.sheet, src.r0 + i, src.c0 + j);

  const block: (EngineContent | undefined)[][] = [];
  if (contents) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      const line: (EngineContent | undefined)[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) {
        const i = (r - rect.r0) % rows;
        const j = (c - rect.c0) % cols;
        const content = srcContent(i, j);
        if (content === undefined) {
          line.push(skip ? undefined : null);
          continue;
        }
        if (type === "Values") {
          const v = values[i]?.[j] ?? "";
          line.push(typeof v !== "string" ? v : (ERROR_LITERALS as readonly string[]).includes(v) ? { error: v } : { text: v });
          continue;
        }
        if (!isFormula(content)) {
          line.push(content);
          continue;
        }
        const dr = r - (src.r0 + i);
        const dc = c - (src.c0 + j);
        const table = content.formula.includes("[") ? sourceTable(i, j) : undefined;
        const inside = table !== undefined && table.sheet === dest.sheet && r >= table.rect.r0 && r <= table.rect.r1 && c >= table.rect.c0 && c <= table.rect.c1;
        line.push({ formula: shiftFormula(content.formula, dr, dc, table && !inside ? () => table.name : undefined) });
      }
      block.push(line);
    }
    assertHeadersKept(runtime, dest, rect, block);
  }

  // Formats of the source cells, read before anything is written.
  let formatGrid: Record<string, FormatValue>[][] = [];
  if (formats) {
    const props = new Set(Object.keys(FORMAT_DEFAULTS));
    for (const layer of [source.sheet.cellFormats, source.sheet.rowFormats, source.sheet.columnFormats]) {
      for (const format of layer.values()) for (const prop of Object.keys(format)) props.add(prop);
    }
    formatGrid = Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_v, j) => {
        const out: Record<string, FormatValue> = {};
        for (const prop of props) out[prop] = formatAt(source.sheet, src.r0 + i, src.c0 + j, prop);
        return out;
      }),
    );
  }
  const sourceFormats = formats ? source.sheet.conditionalFormats.filter((cf) => rectsOverlap(cf.rect, src)).map((cf) => ({ cf, props: deepCopy(cf.props) })) : [];

  if (contents) writeBlock(runtime, dest.sheet, rect, block);
  if (!formats) return;
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const i = (r - rect.r0) % rows;
      const j = (c - rect.c0) % cols;
      if (skip && srcContent(i, j) === undefined) continue;
      const cell = { r0: r, r1: r, c0: c, c1: c };
      for (const [prop, value] of Object.entries(formatGrid[i]?.[j] ?? {})) setFormat(dest.sheet, cell, prop, value);
    }
  }
  for (let tr = rect.r0; tr <= rect.r1; tr += rows) {
    for (let tc = rect.c0; tc <= rect.c1; tc += cols) {
      const dr = tr - src.r0;
      const dc = tc - src.c0;
      for (const { cf, props } of sourceFormats) {
        const part = { r0: Math.max(cf.rect.r0, src.r0), r1: Math.min(cf.rect.r1, src.r1), c0: Math.max(cf.rect.c0, src.c0), c1: Math.min(cf.rect.c1, src.c1) };
        const copied = deepCopy(props);
        shiftRecordFormulas(copied, dr, dc);
        dest.sheet.conditionalFormats.unshift({
          id: nextModelId(runtime.model),
          type: cf.type,
          sheet: dest.sheet,
          rect: { r0: part.r0 + dr, r1: part.r1 + dr, c0: part.c0 + dc, c1: part.c1 + dc },
          stopIfTrue: cf.stopIfTrue,
          props: copied,
          deleted: false,
        });
      }
    }
  }
}

/** Refuses a paste that would change a table header's text or put a formula in it (Unsure: Excel renames the column; stricter). */
function assertHeadersKept(runtime: HostRuntime, dest: RangeTarget, rect: Rect, block: (EngineContent | undefined)[][]): void {
  for (const table of runtime.model.tables) {
    if (table.deleted || table.sheet !== dest.sheet) continue;
    const header = { ...table.rect, r1: table.rect.r0 };
    if (!rectsOverlap(header, rect)) continue;
    const current = runtime.engine.values(dest.sheet.hfId, header)[0] ?? [];
    for (let c = Math.max(header.c0, rect.c0); c <= Math.min(header.c1, rect.c1); c++) {
      const next = block[header.r0 - rect.r0]?.[c - rect.c0];
      if (next === undefined) continue;
      const text = next === null ? "" : typeof next === "object" ? ("formula" in next ? null : "text" in next ? next.text : next.error) : String(next);
      if (text === null || text !== String(current[c - header.c0] ?? "")) {
        throw hostError("InvalidOperation", `The paste would change the header of table ${table.name}; write the header text explicitly instead.`);
      }
    }
  }
}
