/**
 * The formula engine. Cell contents are kept in a plain per-sheet store (the source of truth);
 * HyperFormula computes the formulas. A sheet's contents are copied into HyperFormula only when a
 * formula could need them: when the sheet gets a formula, or a formula names the sheet (its name
 * appears in the formula text, checked again when a sheet is added or renamed), and for every sheet
 * once the workbook has a defined name or an INDIRECT formula. Sheets of plain values that no formula
 * reads (the SMART Review, the Strategy Match) never pay for HyperFormula's dependency graph.
 * Writes are batched: evaluation is suspended at the first write and resumed before the next read of
 * a computed value (and at the end of every sync), so a sync's writes cost one recalculation.
 */
import { HyperFormula } from "hyperformula";
import type { RawCellContent, SimpleCellAddress } from "hyperformula";
import type { Rect } from "./address";
import { MAX_COLUMNS } from "./address";
import type { CellValue, EngineContent, Stored } from "./engineContent";
import { cellKey, constantValue, isFormula, toRaw, toValue } from "./engineContent";
import { needsTranslation } from "./formulaTokens";
import { linkRangesOnce, registerFastIndex } from "./hfPlugins";

export type { CellValue, EngineContent } from "./engineContent";

/** The part of HyperFormula's internal parser `validateFormula` uses (ParserWithCaching.parse). */
interface InternalParser {
  parse(formula: string, address: SimpleCellAddress): { errors: readonly unknown[] };
}

/** Whether lower-case formula text names a sheet, plainly or quoted (`'O''Brien'!A1`). */
const names = (formulaLower: string, sheetName: string): boolean => {
  const lower = sheetName.toLowerCase();
  return formulaLower.includes(lower) || formulaLower.includes(lower.replace(/'/g, "''"));
};

interface SheetStore {
  name: string;
  cells: Map<number, Stored>;
  formulas: number;
  /** Whether HyperFormula holds this sheet's contents. */
  inHf: boolean;
  /** Cells whose formula HyperFormula gets in a translated form (structured references, #REF!), with that form. */
  translated: Map<number, string>;
}

/**
 * Turns a formula as written into the formula HyperFormula computes (structured references to
 * absolute A1 ranges, reference errors to #REF!). `strict` throws on a reference Excel would refuse.
 */
export type FormulaTranslator = (formula: string, hfId: number, row: number, col: number, strict: boolean) => string;

/** Cell store plus HyperFormula, for the whole workbook. */
/**
 * Number literals with an upper-case exponent (`1E-9`, `2.5E+3`) as HyperFormula reads them: Excel
 * accepts either case (docs/host-rules.md "Exponent literals"); HyperFormula's parser only a lower-case `e`. Text in
 * double quotes and sheet names in single quotes are left alone; a cell reference cannot start with a
 * digit, so `1E9` is always a number.
 * @example lowerExponents('=MAX(1E-9,"1E-9")') // '=MAX(1e-9,"1E-9")'
 */
export function lowerExponents(formula: string): string {
  if (!/\dE/.test(formula)) return formula;
  let out = "";
  let quote: string | undefined;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] ?? "";
    if (quote) {
      if (ch === quote) quote = formula[i + 1] === quote ? (out += ch, i++, quote) : undefined;
      out += ch;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    const literal = ch === "E" && /\d/.test(formula[i - 1] ?? "") && /[+\-\d]/.test(formula[i + 1] ?? "") && !/[A-Za-z_$]/.test(leadOf(formula, i - 1));
    out += literal ? "e" : ch;
  }
  return out;
}

/** The character before the run of digits and dots that ends at `end` (to tell `1E5` from `A1E5`). */
function leadOf(formula: string, end: number): string {
  let i = end;
  while (i >= 0 && /[\d.]/.test(formula[i] ?? "")) i--;
  return formula[i] ?? "";
}

export class FormulaEngine {
  private readonly hf: HyperFormula;
  private readonly sheets = new Map<number, SheetStore>();
  /** Every sheet is kept in HyperFormula (a defined name or INDIRECT can reach any cell). */
  private allInHf = false;
  private suspended = false;
  /** Set by the host: translates formulas that HyperFormula cannot take as written. */
  translator: FormulaTranslator | null = null;
  /** Bumped whenever cell contents, sheets or tables change: translations cached at one version stay valid within it. */
  version = 0;

  constructor() {
    // undoLimit 0: the host never undoes, and HyperFormula's undo stack would keep a copy of every write.
    // precisionRounding 14: Excel keeps 15 significant digits; HyperFormula's default (10) would round
    // computed results far more than Excel does. 14 still hides binary noise such as 0.1 + 0.2.
    registerFastIndex();
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", evaluateNullToZero: true, undoLimit: 0, precisionRounding: 14 });
    linkRangesOnce(this.hf);
  }

  addSheet(name: string): number {
    const added = this.hf.addSheet(name);
    const id = this.hf.getSheetId(added);
    if (id === undefined) throw new Error(`HyperFormula did not add sheet ${name}`);
    this.sheets.set(id, { name, cells: new Map(), formulas: 0, inHf: this.allInHf || this.mentioned(name), translated: new Map() });
    return id;
  }

  removeSheet(hfId: number): void {
    this.version++;
    this.resume();
    this.hf.removeSheet(hfId);
    this.sheets.delete(hfId);
  }

  renameSheet(hfId: number, name: string): void {
    this.version++;
    this.hf.renameSheet(hfId, name);
    const sheet = this.sheets.get(hfId);
    if (sheet) sheet.name = name;
    if (sheet && !sheet.inHf && this.mentioned(name)) this.copyIntoHf(hfId);
  }

  /** The formula HyperFormula gets for a formula written at a cell (the text itself unless it needs translating). */
  hfFormula(written: string, hfId: number, row: number, col: number, strict = false): string {
    const formula = lowerExponents(written);
    return this.translator && needsTranslation(formula) ? this.translator(formula, hfId, row, col, strict) : formula;
  }

  /** A stored content as HyperFormula takes it at a cell. */
  private rawAt(content: EngineContent, hfId: number, row: number, col: number): RawCellContent {
    if (content !== null && typeof content === "object" && "formula" in content) {
      return this.sheets.get(hfId)?.translated.get(cellKey(row, col)) ?? this.hfFormula(content.formula, hfId, row, col);
    }
    return toRaw(content);
  }

  /**
   * Whether a formula parses, as HyperFormula would parse it in that cell. Parsing at the cell's own
   * address lets HyperFormula's parse cache (keyed by the formula in relative form) serve the rows of
   * a filled-down column after the first, and the write that follows hits the same cache entry.
   * Uses HyperFormula's internal parser when present (as `validateFormula` does), else `validateFormula`.
   */
  isValidFormula(written: string, hfId?: number, row = 0, col = 0): boolean {
    const formula = hfId === undefined ? lowerExponents(written) : this.hfFormula(written, hfId, row, col, true);
    const parser = (this.hf as unknown as { _parser?: InternalParser })._parser;
    if (hfId === undefined || typeof parser?.parse !== "function" || !formula.startsWith("=")) return this.hf.validateFormula(formula);
    return parser.parse(formula, { sheet: hfId, row, col }).errors.length === 0;
  }

  private suspend(): void {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  /** Whether some stored formula names a sheet of this name (a plain text search: over-inclusive is safe). */
  private mentioned(name: string): boolean {
    for (const sheet of this.sheets.values()) {
      if (sheet.formulas === 0) continue;
      for (const content of sheet.cells.values()) if (isFormula(content) && names(content.formula.toLowerCase(), name)) return true;
    }
    return false;
  }

  /** Copies a sheet's stored contents into HyperFormula, one row run at a time (once per sheet). */
  private copyIntoHf(hfId: number): void {
    const sheet = this.sheets.get(hfId);
    if (!sheet || sheet.inHf) return;
    sheet.inHf = true;
    this.suspend();
    const rows = new Map<number, Array<[number, Stored]>>();
    for (const [key, content] of sheet.cells) {
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
      for (const [c, content] of list) row[c - c0] = this.rawAt(content, hfId, r, c);
      this.hf.setCellContents({ sheet: hfId, row: r, col: c0 }, [row]);
    }
  }

  private copyAllIntoHf(): void {
    this.allInHf = true;
    for (const id of this.sheets.keys()) this.copyIntoHf(id);
  }

  /** Brings into HyperFormula the sheets a new formula may read. */
  private copyReferenced(formula: string): void {
    if (this.allInHf) return;
    const lower = formula.toLowerCase();
    if (lower.includes("indirect")) {
      this.copyAllIntoHf();
      return;
    }
    for (const [id, sheet] of this.sheets) if (!sheet.inHf && names(lower, sheet.name)) this.copyIntoHf(id);
  }

  /** Told of every change of cell contents (the host's Worksheet.onChanged, events.ts). */
  onChange: ((hfId: number, rect: Rect) => void) | undefined;

  /** Writes a block of contents with its top-left corner at (r0, c0). */
  write(hfId: number, r0: number, c0: number, block: EngineContent[][]): void {
    const sheet = this.sheets.get(hfId);
    if (!sheet || block.length === 0) return;
    const width = Math.max(0, ...block.map((row) => row.length));
    if (width > 0) this.onChange?.(hfId, { r0, c0, r1: r0 + block.length - 1, c1: c0 + width - 1 });
    const wasInHf = sheet.inHf;
    const { cells, translated } = sheet;
    const formulas: string[] = [];
    const pending: Array<[number, number, string]> = [];
    // Cells emptied that were already empty: HyperFormula holds nothing there either, so they are not sent.
    const noop: boolean[][] = block.map((row, i) =>
      row.map((content, j) => {
        const key = cellKey(r0 + i, c0 + j);
        const old = cells.get(key);
        if (isFormula(old)) sheet.formulas--;
        if (translated.size > 0) translated.delete(key);
        if (content === null) {
          cells.delete(key);
          return old === undefined;
        }
        cells.set(key, content);
        if (isFormula(content)) {
          sheet.formulas++;
          if (this.translator && needsTranslation(content.formula)) pending.push([i, j, content.formula]);
          else formulas.push(content.formula);
        }
        return false;
      }),
    );
    // Translated once the whole block is stored (a structured reference may read a header in it).
    this.version++;
    for (const [i, j, formula] of pending) {
      const engineFormula = this.hfFormula(formula, hfId, r0 + i, c0 + j);
      translated.set(cellKey(r0 + i, c0 + j), engineFormula);
      formulas.push(engineFormula);
    }
    for (const formula of formulas) this.copyReferenced(formula);
    if (formulas.length > 0) this.copyIntoHf(hfId); // copies the whole sheet, this block included
    if (!wasInHf) return;
    this.suspend();
    const raw = (row: EngineContent[], i: number, from: number, to: number): RawCellContent[] =>
      translated.size === 0
        ? row.slice(from, to).map(toRaw)
        : row.slice(from, to).map((content, j) => (isFormula(content ?? undefined) ? (translated.get(cellKey(r0 + i, c0 + from + j)) ?? toRaw(content)) : toRaw(content)));
    if (!noop.some((row) => row.includes(true))) {
      this.hf.setCellContents({ sheet: hfId, row: r0, col: c0 }, block.map((row, i) => raw(row, i, 0, row.length)));
      return;
    }
    block.forEach((row, i) => {
      const skip = noop[i] ?? [];
      let start = -1;
      for (let j = 0; j <= row.length; j++) {
        const send = j < row.length && skip[j] !== true;
        if (send && start < 0) start = j;
        if (!send && start >= 0) {
          this.hf.setCellContents({ sheet: hfId, row: r0 + i, col: c0 + start }, [raw(row, i, start, j)]);
          start = -1;
        }
      }
    });
  }

  /**
   * Replaces every cell of a sheet (after cells were inserted, deleted or moved): the store takes
   * the new contents and HyperFormula, when it holds the sheet, is refilled from them.
   */
  replaceCells(hfId: number, cells: Map<number, Stored>): void {
    const sheet = this.sheets.get(hfId);
    if (!sheet) return;
    const before = this.usedRect(hfId);
    this.version++;
    sheet.cells = cells;
    sheet.formulas = 0;
    sheet.translated = new Map();
    const formulas: string[] = [];
    for (const [key, content] of cells) {
      if (!isFormula(content)) continue;
      sheet.formulas++;
      if (this.translator && needsTranslation(content.formula)) {
        const engineFormula = this.hfFormula(content.formula, hfId, Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
        sheet.translated.set(key, engineFormula);
        formulas.push(engineFormula);
      } else formulas.push(content.formula);
    }
    for (const formula of formulas) this.copyReferenced(formula);
    const wasInHf = sheet.inHf;
    if (wasInHf) {
      this.suspend();
      this.hf.clearSheet(hfId);
      sheet.inHf = false;
    }
    if (wasInHf || formulas.length > 0 || this.allInHf) this.copyIntoHf(hfId);
    // Cells moved (inserted / deleted / sorted): the changed area is what the sheet used, before and after.
    const after = this.usedRect(hfId);
    const box = before && after ? { r0: Math.min(before.r0, after.r0), c0: Math.min(before.c0, after.c0), r1: Math.max(before.r1, after.r1), c1: Math.max(before.c1, after.c1) } : (before ?? after);
    if (box) this.onChange?.(hfId, box);
  }

  /** The stored contents of a sheet (read-only use: callers build a new map for replaceCells). */
  cellsOf(hfId: number): ReadonlyMap<number, Stored> {
    return this.sheets.get(hfId)?.cells ?? new Map<number, Stored>();
  }

  /**
   * Rewrites formula texts across the workbook. `rewrite` gets each formula (with its sheet and
   * cell) and returns the new text, or undefined to keep it. A changed formula goes to HyperFormula
   * only when what HyperFormula computes changes (a renamed table translates to the same ranges).
   * @param engineFollows - HyperFormula already made the change itself (a renamed sheet): texts only
   */
  rewriteFormulas(rewrite: (hfId: number, row: number, col: number, formula: string) => string | undefined, engineFollows = false): void {
    for (const [hfId, sheet] of this.sheets) {
      if (sheet.formulas === 0) continue;
      const changes: Array<[number, string, string]> = [];
      for (const [key, content] of sheet.cells) {
        if (!isFormula(content)) continue;
        const next = rewrite(hfId, Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS, content.formula);
        if (next !== undefined && next !== content.formula) changes.push([key, content.formula, next]);
      }
      for (const [key, old, formula] of changes) {
        const r = Math.floor(key / MAX_COLUMNS);
        const c = key % MAX_COLUMNS;
        const translate = this.translator !== null && needsTranslation(formula);
        const engineFormula = translate ? this.hfFormula(formula, hfId, r, c) : formula;
        const held = sheet.translated.get(key) ?? old;
        if (!engineFollows && engineFormula !== held) {
          this.write(hfId, r, c, [[{ formula }]]);
          continue;
        }
        sheet.cells.set(key, { formula });
        this.version++;
        if (translate) sheet.translated.set(key, engineFormula);
        else sheet.translated.delete(key);
      }
    }
  }

  /** Sends every translated formula to HyperFormula again (a table's range or name changed). */
  retranslate(): void {
    this.version++;
    for (const [hfId, sheet] of this.sheets) {
      if (sheet.translated.size === 0) continue;
      for (const [key, held] of [...sheet.translated]) {
        const content = sheet.cells.get(key);
        if (!isFormula(content)) continue;
        const r = Math.floor(key / MAX_COLUMNS);
        const c = key % MAX_COLUMNS;
        const formula = this.hfFormula(content.formula, hfId, r, c);
        if (formula === held) continue;
        sheet.translated.set(key, formula);
        this.copyReferenced(formula);
        if (!sheet.inHf) continue;
        this.suspend();
        this.hf.setCellContents({ sheet: hfId, row: r, col: c }, [[formula]]);
      }
    }
  }

  /** Finishes any suspended recalculation, so reads see current results. */
  resume(): void {
    if (this.suspended) {
      this.hf.resumeEvaluation();
      this.suspended = false;
    }
  }

  /**
   * Computed values of a rectangle (blank cells as ""). Constants come from the store (HyperFormula
   * holds the same); only formula cells, and empty cells of a sheet with formulas (an array formula
   * may spill into them), need computed values, so a read of constants forces no recalculation.
   */
  values(hfId: number, rect: Rect): CellValue[][] {
    const sheet = this.sheets.get(hfId);
    const cells = sheet?.cells ?? new Map<number, Stored>();
    const spills = sheet !== undefined && sheet.inHf && sheet.formulas > 0;
    let resumed = false;
    return this.grid(rect, (r, c) => {
      const content = cells.get(cellKey(r, c));
      if (!isFormula(content) && (content !== undefined || !spills)) return constantValue(content);
      if (!resumed) {
        this.resume();
        resumed = true;
      }
      return toValue(this.hf.getCellValue({ sheet: hfId, row: r, col: c }));
    });
  }

  /**
   * Formulas of a rectangle: the formula text for formula cells (as written, and as rewritten when
   * a referenced sheet, table or cell moved, was renamed or deleted), the value otherwise.
   */
  formulas(hfId: number, rect: Rect): CellValue[][] {
    const cells = this.sheets.get(hfId)?.cells ?? new Map<number, Stored>();
    const values = this.values(hfId, rect);
    return values.map((row, i) =>
      row.map((v, j) => {
        const content = cells.get(cellKey(rect.r0 + i, rect.c0 + j));
        return isFormula(content) ? content.formula : v;
      }),
    );
  }

  /** Whether a cell holds anything (a value or a formula, even one that shows ""). */
  hasContent(hfId: number, r: number, c: number): boolean {
    return this.sheets.get(hfId)?.cells.has(cellKey(r, c)) ?? false;
  }

  /** Whether a cell holds a formula. */
  hasFormula(hfId: number, r: number, c: number): boolean {
    return isFormula(this.sheets.get(hfId)?.cells.get(cellKey(r, c)));
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
    const cells = this.sheets.get(hfId)?.cells;
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
    this.copyAllIntoHf();
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
