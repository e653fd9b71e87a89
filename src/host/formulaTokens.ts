/**
 * The references in a formula's text, found by a small scanner of Excel's (en-US, A1) formula
 * grammar: A1 references and ranges (`B2`, `$A$1:$C$9`, `A:C`, `2:4`), optionally sheet-qualified
 * (`Data!B2`, `'Strategy Match'!A1`), reference errors Excel writes into formulas (`#REF!`,
 * `Data!#REF!`, `#REF!A1` after a sheet was deleted) and structured references (`Table1[Column]`,
 * `[@Column]`). String literals, numbers, function names and defined names are skipped.
 * Only references are returned, with their spans, so callers can rewrite a formula by replacing
 * spans and keep everything else exactly as written.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters, quoteSheetName } from "./address";

/** One corner of an A1 reference: a column and/or a row (null for whole columns or rows). */
export interface Corner {
  col: number | null;
  row: number | null;
  colAbs: boolean;
  rowAbs: boolean;
}

/** The sheet part of a reference: a name as written (unquoted), or `#REF!` for a deleted sheet. */
export type SheetPart = { name: string } | "#REF!" | null;

/** An A1 reference: a cell (`a` only) or a range (`a:b`), with its span in the formula text. */
export interface A1Token {
  kind: "a1";
  start: number;
  end: number;
  sheet: SheetPart;
  a: Corner;
  b: Corner | null;
}

/** A reference error in a reference's place: `#REF!` or `Sheet!#REF!`. */
export interface RefErrorToken {
  kind: "refError";
  start: number;
  end: number;
  sheet: { name: string } | null;
}

/** A structured reference: `Table1[...]` (table named) or `[...]` (the table the formula is in). */
export interface StructToken {
  kind: "struct";
  start: number;
  end: number;
  table: string | null;
  /** The bracketed part, outer brackets included: `[Sales]`, `[[#Headers],[Sales]]`, `[@Sales]`. */
  spec: string;
}

export type RefToken = A1Token | RefErrorToken | StructToken;

const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || // 0-9
  (code >= 65 && code <= 90) || // A-Z
  (code >= 97 && code <= 122) || // a-z
  code === 95 || // _
  code === 46 || // .
  code === 36 || // $
  code === 92 || // \
  code > 127;

const cellWord = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const colWord = /^(\$?)([A-Za-z]{1,3})$/;
const rowWord = /^(\$?)(\d{1,7})$/;
const numberStart = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;

type Kind = "cell" | "col" | "row";

function classify(word: string): { kind: Kind; corner: Corner } | null {
  const cell = cellWord.exec(word);
  if (cell) {
    const col = columnIndex(cell[2] ?? "");
    const row = Number(cell[4]) - 1;
    if (col < 0 || row < 0 || row >= MAX_ROWS) return null;
    return { kind: "cell", corner: { col, row, colAbs: cell[1] === "$", rowAbs: cell[3] === "$" } };
  }
  const col = colWord.exec(word);
  if (col) {
    const c = columnIndex(col[2] ?? "");
    return c < 0 ? null : { kind: "col", corner: { col: c, row: null, colAbs: col[1] === "$", rowAbs: false } };
  }
  const row = rowWord.exec(word);
  if (row) {
    const r = Number(row[2]) - 1;
    return r < 0 || r >= MAX_ROWS ? null : { kind: "row", corner: { col: null, row: r, colAbs: false, rowAbs: row[1] === "$" } };
  }
  return null;
}

function wordEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  return j;
}

/** An A1 reference starting at `p`: a cell, or a range of cells, columns or rows. */
function a1At(text: string, p: number): { a: Corner; b: Corner | null; end: number } | null {
  const e1 = wordEnd(text, p);
  const first = classify(text.slice(p, e1));
  if (!first) return null;
  const next = text[e1];
  if (next === "(" || next === "[" || next === "!") return null;
  if (next === ":") {
    const e2 = wordEnd(text, e1 + 1);
    const second = classify(text.slice(e1 + 1, e2));
    const after = text[e2];
    if (second && second.kind === first.kind && after !== "(" && after !== "[" && after !== "!") {
      return { a: first.corner, b: second.corner, end: e2 };
    }
  }
  return first.kind === "cell" ? { a: first.corner, b: null, end: e1 } : null;
}

/** End (exclusive) of the balanced brackets starting at `p`, honouring `'` escapes; -1 when unbalanced. */
function bracketEnd(text: string, p: number): number {
  let depth = 0;
  for (let k = p; k < text.length; k++) {
    const ch = text[k];
    if (ch === "'") {
      k++;
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]") {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  return -1;
}

const startsWithRef = (text: string, p: number): boolean => text.slice(p, p + 5).toUpperCase() === "#REF!";

/**
 * The references in a formula, in order.
 * @param formula - formula text, with or without the leading "="
 * @returns reference tokens with their spans
 * @example
 * tokenizeFormula("=SUM('My data'!A1:B2)+Kpis[Target]")
 * // [{ kind: "a1", sheet: { name: "My data" }, … }, { kind: "struct", table: "Kpis", spec: "[Target]", … }]
 */
export function tokenizeFormula(formula: string): RefToken[] {
  const text = formula;
  const out: RefToken[] = [];
  let i = text.startsWith("=") ? 1 : 0;
  const afterSheet = (start: number, sheetName: string, p: number): number => {
    if (startsWithRef(text, p)) {
      out.push({ kind: "refError", start, end: p + 5, sheet: { name: sheetName } });
      return p + 5;
    }
    const ref = a1At(text, p);
    if (!ref) return p; // a sheet-scoped name or something HyperFormula will judge
    out.push({ kind: "a1", start, end: ref.end, sheet: { name: sheetName }, a: ref.a, b: ref.b });
    return ref.end;
  };
  while (i < text.length) {
    const ch = text[i] ?? "";
    const code = text.charCodeAt(i);
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < text.length) {
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      if (text[j + 1] === "!") {
        const name = text.slice(i + 1, j).replace(/''/g, "'");
        i = afterSheet(i, name, j + 2);
      } else {
        i = j + 1;
      }
      continue;
    }
    if (ch === "[") {
      const end = bracketEnd(text, i);
      if (end < 0) {
        i++;
        continue;
      }
      out.push({ kind: "struct", start: i, end, table: null, spec: text.slice(i, end) });
      i = end;
      continue;
    }
    if (ch === "#") {
      if (startsWithRef(text, i)) {
        const ref = a1At(text, i + 5);
        if (ref) {
          out.push({ kind: "a1", start: i, end: ref.end, sheet: "#REF!", a: ref.a, b: ref.b });
          i = ref.end;
        } else {
          out.push({ kind: "refError", start: i, end: i + 5, sheet: null });
          i += 5;
        }
        continue;
      }
      const literal = /^#(N\/A|[A-Za-z0-9/_]+[!?]?)/.exec(text.slice(i));
      i += literal ? literal[0].length : 1;
      continue;
    }
    if (isWordChar(code)) {
      // A number (with an exponent such as 1E+3) is never a reference, except a row range (2:4).
      if ((code >= 48 && code <= 57) || ch === ".") {
        const ref = a1At(text, i);
        if (ref && ref.b) {
          out.push({ kind: "a1", start: i, end: ref.end, sheet: null, a: ref.a, b: ref.b });
          i = ref.end;
          continue;
        }
        const num = numberStart.exec(text.slice(i, i + 400));
        i = wordEnd(text, i + (num ? num[0].length : 1));
        continue;
      }
      const j = wordEnd(text, i);
      const next = text[j];
      if (next === "!") {
        i = afterSheet(i, text.slice(i, j), j + 1);
        continue;
      }
      if (next === "(") {
        i = j;
        continue;
      }
      if (next === "[") {
        const end = bracketEnd(text, j);
        if (end > 0) {
          out.push({ kind: "struct", start: i, end, table: text.slice(i, j), spec: text.slice(j, end) });
          i = end;
          continue;
        }
        i = j;
        continue;
      }
      const ref = a1At(text, i);
      if (ref) {
        out.push({ kind: "a1", start: i, end: ref.end, sheet: null, a: ref.a, b: ref.b });
        i = ref.end;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** Whether a formula may hold something HyperFormula cannot take as written (structured references, reference errors). */
export function needsTranslation(formula: string): boolean {
  return formula.includes("[") || formula.includes("#REF!") || formula.includes("#ref!");
}

/** Formats a corner: `$B$2`, `B`, `$4`. */
export function cornerText(c: Corner): string {
  const col = c.col === null ? "" : `${c.colAbs ? "$" : ""}${columnLetters(c.col)}`;
  const row = c.row === null ? "" : `${c.rowAbs ? "$" : ""}${c.row + 1}`;
  return col + row;
}

/** The sheet prefix as Excel writes it: `Data!`, `'My data'!`, `#REF!`, or nothing. */
export function sheetPrefix(sheet: SheetPart): string {
  if (sheet === null) return "";
  if (sheet === "#REF!") return "#REF!";
  return `${quoteSheetName(sheet.name)}!`;
}

/** Formats an A1 reference: `Data!$A$1:B2`. */
export function a1Text(sheet: SheetPart, a: Corner, b: Corner | null): string {
  return `${sheetPrefix(sheet)}${cornerText(a)}${b ? `:${cornerText(b)}` : ""}`;
}

/** The reference error Excel writes in place of a reference: `#REF!` or `Data!#REF!`. */
export function refErrorText(sheet: { name: string } | null): string {
  return sheet ? `${quoteSheetName(sheet.name)}!#REF!` : "#REF!";
}

/**
 * Rewrites a formula's references. `replace` returns the new text of a reference, or undefined to
 * keep it as written; everything between references is kept exactly.
 * @returns the new formula, or the same string when nothing changed
 */
export function rewriteReferences(formula: string, replace: (token: RefToken) => string | undefined, tokens = tokenizeFormula(formula)): string {
  let out = "";
  let last = 0;
  let changed = false;
  for (const token of tokens) {
    const next = replace(token);
    if (next === undefined) continue;
    const original = formula.slice(token.start, token.end);
    if (next === original) continue;
    out += formula.slice(last, token.start) + next;
    last = token.end;
    changed = true;
  }
  return changed ? out + formula.slice(last) : formula;
}

/** Whether a sheet part names a sheet (case-insensitively, as Excel compares sheet names). */
export function namesSheet(sheet: SheetPart, name: string): boolean {
  return sheet !== null && sheet !== "#REF!" && sheet.name.toLowerCase() === name.toLowerCase();
}

/** Whether a corner is inside the grid. */
export function cornerInGrid(c: Corner): boolean {
  return (c.col === null || (c.col >= 0 && c.col < MAX_COLUMNS)) && (c.row === null || (c.row >= 0 && c.row < MAX_ROWS));
}
