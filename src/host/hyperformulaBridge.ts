/**
 * The formula engine. Cell contents are kept in a plain per-sheet store (the source of truth);
 * HyperFormula receives a mirror of every content as soon as the workbook holds a formula or a
 * name, and from then on computes all values. A workbook of plain values never pays for
 * HyperFormula's dependency graph, which keeps large value writes fast.
 * Values come back as `Range.values` returns them in Excel: "" for empty cells, error strings such
 * as "#DIV/0!", dates as serial numbers.
 */
import { HyperFormula, DetailedCellError } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import type { Rect } from "./address";
import { MAX_COLUMNS } from "./address";

/** A value as `Range.values` returns it. */
export type CellValue = string | number | boolean;

/** What one cell is set to. `null` empties it; `text` is always literal text. */
export type EngineContent = { formula: string } | { text: string } | { error: string } | number | boolean | null;

type Stored = Exclude<EngineContent, null>;

const cellKey = (r: number, c: number): number => r * MAX_COLUMNS + c;

function toRaw(content: EngineContent): RawCellContent {
  if (content === null || typeof content === "number" || typeof content === "boolean") return content;
  if ("formula" in content) return content.formula;
  if ("error" in content) return content.error;
  // A leading apostrophe makes HyperFormula keep the text literally (no number or formula parsing).
  return `'${content.text}`;
}

function constantValue(content: Stored | undefined): CellValue {
  if (content === undefined) return "";
  if (typeof content === "number" || typeof content === "boolean") return content;
  if ("text" in content) return content.text;
  if ("error" in content) return content.error;
  return "";
}

function toValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return "";
  if (raw instanceof DetailedCellError) {
    // Excel shows a circular reference as 0 (with a warning); HyperFormula reports #CYCLE!.
    if (raw.value === "#CYCLE!") return 0;
    return raw.value;
  }
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  return JSON.stringify(raw);
}

const isFormula = (c: Stored | undefined): c is { formula: string } => typeof c === "object" && "formula" in c;

/** Cell store plus HyperFormula, for the whole workbook. */
export class FormulaEngine {
  private readonly hf: HyperFormula;
  private readonly store = new Map<number, Map<number, Stored>>();
  private mirrored = false;
  private suspended = false;

  constructor() {
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", evaluateNullToZero: true });
  }

  addSheet(name: string): number {
    const added = this.hf.addSheet(name);
    const id = this.hf.getSheetId(added);
    if (id === undefined) throw new Error(`HyperFormula did not add sheet ${name}`);
    this.store.set(id, new Map());
    return id;
  }

  removeSheet(hfId: number): void {
    this.resume();
    this.hf.removeSheet(hfId);
    this.store.delete(hfId);
    this.refreshFormulaText();
  }

  renameSheet(hfId: number, name: string): void {
    this.hf.renameSheet(hfId, name);
    this.refreshFormulaText();
  }

  /** After a rename or removal, formulas read back as HyperFormula re-serializes them. */
  private refreshFormulaText(): void {
    if (!this.mirrored) return;
    this.resume();
    for (const [sheet, cells] of this.store) {
      for (const [key, content] of cells) {
        if (!isFormula(content)) continue;
        const formula = this.hf.getCellFormula({ sheet, row: Math.floor(key / MAX_COLUMNS), col: key % MAX_COLUMNS });
        if (formula !== undefined) cells.set(key, { formula });
      }
    }
  }

  /** Whether a formula parses. */
  isValidFormula(formula: string): boolean {
    return this.hf.validateFormula(formula);
  }

  private suspend(): void {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  /** Copies every stored content into HyperFormula (once, when the first formula or name arrives). */
  private mirror(): void {
    if (this.mirrored) return;
    this.mirrored = true;
    this.suspend();
    for (const [sheet, cells] of this.store) {
      const rows = new Map<number, Array<[number, Stored]>>();
      for (const [key, content] of cells) {
        const r = Math.floor(key / MAX_COLUMNS);
        const list = rows.get(r) ?? [];
        list.push([key % MAX_COLUMNS, content]);
        rows.set(r, list);
      }
      for (const [r, list] of rows) {
        list.sort((a, b) => a[0] - b[0]);
        const c0 = list[0]?.[0] ?? 0;
        const c1 = list[list.length - 1]?.[0] ?? 0;
        const row = new Array<RawCellContent>(c1 - c0 + 1).fill(null);
        for (const [c, content] of list) row[c - c0] = toRaw(content);
        this.hf.setCellContents({ sheet, row: r, col: c0 }, [row]);
      }
    }
  }

  /** Writes a block of contents with its top-left corner at (r0, c0). */
  write(hfId: number, r0: number, c0: number, block: EngineContent[][]): void {
    const cells = this.store.get(hfId);
    if (!cells || block.length === 0) return;
    let hasFormula = false;
    block.forEach((row, i) =>
      row.forEach((content, j) => {
        const key = cellKey(r0 + i, c0 + j);
        if (content === null) cells.delete(key);
        else {
          cells.set(key, content);
          if (isFormula(content)) hasFormula = true;
        }
      }),
    );
    if (!this.mirrored) {
      if (hasFormula) this.mirror();
      return;
    }
    this.suspend();
    this.hf.setCellContents({ sheet: hfId, row: r0, col: c0 }, block.map((row) => row.map(toRaw)));
  }

  /** Finishes any suspended recalculation, so reads see current results. */
  resume(): void {
    if (this.suspended) {
      this.hf.resumeEvaluation();
      this.suspended = false;
    }
  }

  /** Computed values of a rectangle (blank cells as ""). */
  values(hfId: number, rect: Rect): CellValue[][] {
    const cells = this.store.get(hfId) ?? new Map<number, Stored>();
    if (!this.mirrored) return this.grid(rect, (r, c) => constantValue(cells.get(cellKey(r, c))));
    this.resume();
    const used = this.usedRect(hfId);
    const inner = used && intersect(rect, used);
    const raws = inner ? this.hf.getRangeValues({ start: { sheet: hfId, row: inner.r0, col: inner.c0 }, end: { sheet: hfId, row: inner.r1, col: inner.c1 } }) : [];
    return this.grid(rect, (r, c) => {
      if (!inner || r < inner.r0 || r > inner.r1 || c < inner.c0 || c > inner.c1) return "";
      return toValue(raws[r - inner.r0]?.[c - inner.c0]);
    });
  }

  /** Formulas of a rectangle: the formula text for formula cells, the value otherwise. */
  formulas(hfId: number, rect: Rect): CellValue[][] {
    const cells = this.store.get(hfId) ?? new Map<number, Stored>();
    const values = this.values(hfId, rect);
    return values.map((row, i) =>
      row.map((v, j) => {
        const content = cells.get(cellKey(rect.r0 + i, rect.c0 + j));
        return isFormula(content) ? content.formula : v;
      }),
    );
  }

  /** Whether a cell holds a formula. */
  hasFormula(hfId: number, r: number, c: number): boolean {
    return isFormula(this.store.get(hfId)?.get(cellKey(r, c)));
  }

  private grid(rect: Rect, pick: (r: number, c: number) => CellValue): CellValue[][] {
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    const out = new Array<CellValue[]>(rows);
    for (let i = 0; i < rows; i++) {
      const row = new Array<CellValue>(cols);
      for (let j = 0; j < cols; j++) row[j] = pick(rect.r0 + i, rect.c0 + j);
      out[i] = row;
    }
    return out;
  }

  /** The bounding rectangle of non-empty cells, or null when the sheet is empty. */
  usedRect(hfId: number): Rect | null {
    const cells = this.store.get(hfId);
    if (!cells || cells.size === 0) return null;
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const key of cells.keys()) {
      const r = Math.floor(key / MAX_COLUMNS);
      const c = key % MAX_COLUMNS;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
    return { r0, c0, r1, c1 };
  }

  /** Adds or replaces a workbook-scoped name; returns false when HyperFormula cannot parse it. */
  setName(name: string, formula: string): boolean {
    this.mirror();
    this.resume();
    try {
      if (this.hf.isItPossibleToRemoveNamedExpression(name)) this.hf.removeNamedExpression(name);
      this.hf.addNamedExpression(name, formula);
      return true;
    } catch {
      return false;
    }
  }

  removeName(name: string): void {
    this.resume();
    if (this.hf.isItPossibleToRemoveNamedExpression(name)) this.hf.removeNamedExpression(name);
  }
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 > r.r1 || r.c0 > r.c1 ? null : r;
}
