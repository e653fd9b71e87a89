/**
 * Structured references (`Table1[Column]`), which HyperFormula does not parse. The formula keeps
 * its text exactly as written (Range.formulas reads it back); HyperFormula gets an equivalent with
 * absolute A1 ranges, translated again whenever a table's range, name or existence changes.
 * Sources: support.microsoft.com "Using structured references with Excel tables" (components,
 * special items, syntax rules) and the grammar in [MS-OE376] 3.2.3.1.1 "Structure References".
 *
 * Supported forms (column names match case-insensitively; `'` escapes `[`, `]`, `#` and `'`):
 * `T[Col]`, `T[[Col]]`, `T[[Col1]:[Col2]]`, `T[]`, `T[#All]`, `T[#Data]`, `T[#Headers]`, `T[#Totals]`,
 * `T[#This Row]`, `T[[#Headers],[Col]]`, `T[[#Headers],[#Data],[Col]]`, `T[[#Data],[#Totals],[Col]]`,
 * `T[@Col]`, `T[@[Col]]`, `T[@[Col1]:[Col2]]`, `T[@]`, and each of them without `T` inside the table.
 * - `#Totals` without a totals row: `#REF!`. `@` / `#This Row` on a data row of the table (or, outside
 *   the table, on the same sheet in a row of its data rows): that row; anywhere else `#VALUE!`.
 * - Refused when written (InvalidArgument, as Excel refuses the formula): an unknown table, an unknown
 *   column, a malformed specifier, an unqualified reference outside a table, and a single-bracket
 *   column name with a special character other than a space (Excel requires `[[Total $ Amount]]`).
 * - A bare table name (`=SUM(Table1)`) is not translated: HyperFormula reads it as an unknown name
 *   (#NAME?), stricter than Excel.
 */
import type { Rect } from "./address";
import { formatRect, quoteSheetName } from "./address";
import { hostError } from "./errors";
import type { RefToken, StructToken } from "./formulaTokens";
import { a1Text, rewriteReferences } from "./formulaTokens";
import type { HostRuntime } from "./proxy";
import type { SheetModel, TableModel } from "./workbookModel";

/** The rows a structured reference covers. */
export type StructArea = "data" | "headers" | "totals" | "all" | "headers+data" | "data+totals" | "thisRow";

/** A parsed specifier: rows and, optionally, a column or a range of columns (by header name). */
export interface StructSpec {
  area: StructArea;
  cols: [string, string] | null;
}

/** Where a formula is (null for a defined name). */
export interface FormulaSite {
  sheet: SheetModel;
  r: number;
  c: number;
}

const KEYWORDS: Record<string, StructArea> = {
  "#all": "all",
  "#data": "data",
  "#headers": "headers",
  "#totals": "totals",
  "#this row": "thisRow",
};

/** Characters a single-bracket column name may not hold unescaped (the syntax rules; a space is allowed). */
const NEEDS_DOUBLE_BRACKETS = new Set(["\t", "\n", "\r", ",", ":", ".", '"', "{", "}", "$", "^", "&", "*", "+", "=", "-", ">", "<", "/", "[", "]", "#"]);

function unescape(name: string): string {
  return name.replace(/'(.)/g, "$1");
}

/** Problem with a column name as written, or undefined. */
function columnProblem(raw: string, singleBracket: boolean): string | undefined {
  for (let k = 0; k < raw.length; k++) {
    const ch = raw[k] ?? "";
    if (ch === "'") {
      k++;
      continue;
    }
    if (singleBracket ? NEEDS_DOUBLE_BRACKETS.has(ch) : ch === "[" || ch === "]" || ch === "#") {
      return singleBracket
        ? `the column name "${unescape(raw)}" holds "${ch}": write it in double brackets, [[${raw}]]`
        : `"${ch}" in a column name must be escaped with an apostrophe`;
    }
  }
  return raw.length === 0 ? "a column name cannot be empty" : undefined;
}

/** Splits `[a],[b]:[c]` into its bracketed groups and the separators between them. */
function groups(text: string): { items: string[]; seps: string[] } | string {
  const items: string[] = [];
  const seps: string[] = [];
  let p = 0;
  const skip = (): void => {
    while (text[p] === " ") p++;
  };
  for (;;) {
    skip();
    if (text[p] !== "[") return "expected [";
    let depth = 0;
    let end = -1;
    for (let k = p; k < text.length; k++) {
      const ch = text[k];
      if (ch === "'") {
        k++;
        continue;
      }
      if (ch === "[") depth++;
      else if (ch === "]" && --depth === 0) {
        end = k;
        break;
      }
    }
    if (end < 0) return "unbalanced brackets";
    items.push(text.slice(p + 1, end));
    p = end + 1;
    skip();
    if (p >= text.length) return { items, seps };
    const sep = text[p];
    if (sep !== "," && sep !== ":") return `unexpected "${sep ?? ""}"`;
    seps.push(sep);
    p++;
  }
}

function columnsFrom(items: string[], seps: string[]): [string, string] | null | string {
  if (items.length === 0) return null;
  for (const raw of items) {
    const problem = columnProblem(raw.trim(), false);
    if (problem) return problem;
  }
  const names = items.map((raw) => unescape(raw.trim()));
  if (names.length === 1) return [names[0] ?? "", names[0] ?? ""];
  if (names.length === 2 && seps[0] === ":") return [names[0] ?? "", names[1] ?? ""];
  return "columns are named one, or two joined by a colon";
}

/**
 * Parses a structured reference's bracketed part.
 * @param spec - e.g. "[Sales]", "[[#Headers],[Sales]]", "[@Sales]"
 * @returns the specifier, or a string saying why it is not valid
 */
export function parseStructSpec(spec: string): StructSpec | string {
  if (!spec.startsWith("[") || !spec.endsWith("]")) return "a specifier is enclosed in brackets";
  const inner = spec.slice(1, -1);
  const trimmed = inner.trim();
  if (trimmed === "") return { area: "data", cols: null };
  if (trimmed.startsWith("@")) {
    const rest = trimmed.slice(1).trim();
    if (rest === "") return { area: "thisRow", cols: null };
    if (rest.startsWith("[")) {
      const parts = groups(rest);
      if (typeof parts === "string") return parts;
      const cols = columnsFrom(parts.items, parts.seps);
      return typeof cols === "string" ? cols : { area: "thisRow", cols };
    }
    const problem = columnProblem(rest, true);
    return problem ?? { area: "thisRow", cols: [unescape(rest), unescape(rest)] };
  }
  if (trimmed.startsWith("#")) {
    const area = KEYWORDS[trimmed.toLowerCase()];
    return area ? { area, cols: null } : `"${trimmed}" is not a special item (#All, #Data, #Headers, #Totals, #This Row)`;
  }
  if (trimmed.startsWith("[")) {
    const parts = groups(trimmed);
    if (typeof parts === "string") return parts;
    const keywords: StructArea[] = [];
    let k = 0;
    for (; k < parts.items.length; k++) {
      const item = (parts.items[k] ?? "").trim();
      if (!item.startsWith("#")) break;
      const area = KEYWORDS[item.toLowerCase()];
      if (!area) return `"${item}" is not a special item`;
      if (k < parts.seps.length && parts.seps[k] !== ",") return "special items are separated by commas";
      keywords.push(area);
    }
    const cols = columnsFrom(parts.items.slice(k), parts.seps.slice(k));
    if (typeof cols === "string") return cols;
    const set = new Set(keywords);
    if (set.size !== keywords.length) return "a special item is repeated";
    let area: StructArea;
    if (keywords.length === 0) area = "data";
    else if (keywords.length === 1) area = keywords[0] ?? "data";
    else if (keywords.length === 2 && set.has("headers") && set.has("data")) area = "headers+data";
    else if (keywords.length === 2 && set.has("data") && set.has("totals")) area = "data+totals";
    else return "only [#Headers],[#Data] and [#Data],[#Totals] can be combined";
    return { area, cols };
  }
  const problem = columnProblem(inner, true);
  return problem ?? { area: "data", cols: [unescape(inner), unescape(inner)] };
}

/** A table by name (case-insensitive). */
export function tableNamed(runtime: HostRuntime, name: string): TableModel | undefined {
  const lower = name.toLowerCase();
  return runtime.model.tables.find((t) => !t.deleted && t.name.toLowerCase() === lower);
}

/** The table a cell is in. */
export function tableAt(runtime: HostRuntime, sheet: SheetModel, r: number, c: number): TableModel | undefined {
  return runtime.model.tables.find((t) => !t.deleted && t.sheet === sheet && r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1);
}

/** The header names of a table, as text. */
export function tableHeaders(runtime: HostRuntime, table: TableModel): string[] {
  const { rect } = table;
  return (runtime.engine.values(table.sheet.hfId, { ...rect, r1: rect.r0 })[0] ?? []).map(String);
}

/** What a structured reference resolves to: cells, an error value, or a column the table does not have. */
export type StructTarget = { rect: Rect } | { error: "#REF!" | "#VALUE!" } | { missing: string };

/**
 * Resolves a specifier against a table.
 * @param site - where the formula is (for `@`); null for a defined name
 */
export function resolveStruct(runtime: HostRuntime, table: TableModel, spec: StructSpec, site: FormulaSite | null): StructTarget {
  const { rect } = table;
  const dataFirst = rect.r0 + 1;
  const dataLast = rect.r1 - (table.showTotals ? 1 : 0);
  let rows: [number, number];
  switch (spec.area) {
    case "data":
      rows = [dataFirst, dataLast];
      break;
    case "headers":
      rows = [rect.r0, rect.r0];
      break;
    case "all":
      rows = [rect.r0, rect.r1];
      break;
    case "headers+data":
      rows = [rect.r0, dataLast];
      break;
    case "totals":
    case "data+totals":
      // Unsure: Excel may give the data rows for [[#Data],[#Totals]] without a totals row; #REF! is stricter.
      if (!table.showTotals) return { error: "#REF!" };
      rows = spec.area === "totals" ? [rect.r1, rect.r1] : [dataFirst, rect.r1];
      break;
    case "thisRow":
      if (!site || site.sheet !== table.sheet || site.r < dataFirst || site.r > dataLast) return { error: "#VALUE!" };
      rows = [site.r, site.r];
      break;
  }
  let cols: [number, number] = [rect.c0, rect.c1];
  if (spec.cols) {
    const headers = tableHeaders(runtime, table).map((h) => h.toLowerCase());
    const first = headers.indexOf(spec.cols[0].toLowerCase());
    const last = headers.indexOf(spec.cols[1].toLowerCase());
    if (first < 0) return { missing: spec.cols[0] };
    if (last < 0) return { missing: spec.cols[1] };
    cols = [rect.c0 + Math.min(first, last), rect.c0 + Math.max(first, last)];
  }
  return { rect: { r0: rows[0], r1: rows[1], c0: cols[0], c1: cols[1] } };
}

/** The table a structured reference token names (or is inside of, when unqualified). */
function tableOf(runtime: HostRuntime, token: StructToken, site: FormulaSite | null): TableModel | undefined {
  if (token.table !== null) return tableNamed(runtime, token.table);
  return site ? tableAt(runtime, site.sheet, site.r, site.c) : undefined;
}

/**
 * Resolves one structured reference token; `strict` throws InvalidArgument where Excel refuses the formula.
 */
export function resolveToken(runtime: HostRuntime, token: StructToken, site: FormulaSite | null, strict: boolean): { table: TableModel; target: StructTarget } | { error: "#REF!" } {
  const fail = (why: string): { error: "#REF!" } => {
    if (strict) throw hostError("InvalidArgument", `The structured reference ${token.table ?? ""}${token.spec} is not valid: ${why}.`);
    return { error: "#REF!" };
  };
  const table = tableOf(runtime, token, site);
  if (!table) return fail(token.table === null ? "a reference without a table name must be inside a table" : `there is no table named "${token.table}"`);
  const spec = parseStructSpec(token.spec);
  if (typeof spec === "string") return fail(spec);
  const target = resolveStruct(runtime, table, spec, site);
  if ("missing" in target) return fail(`table ${table.name} has no column "${target.missing}"`);
  return { table, target };
}

/**
 * The formula HyperFormula computes for a formula as written: structured references become
 * sheet-qualified absolute A1 ranges (or #REF! / #VALUE!), `#REF!A1` and `Sheet!#REF!` become #REF!.
 * @param site - where the formula is; null for a defined name
 * @param strict - throw InvalidArgument for references Excel would refuse (when the formula is written)
 */
export function translateFormula(runtime: HostRuntime, formula: string, site: FormulaSite | null, strict: boolean): string {
  // A filled-down column repeats the same structured references: each is resolved once per engine version.
  let cache = tokenCaches.get(runtime);
  if (!cache || cache.version !== runtime.engine.version) {
    cache = { version: runtime.engine.version, map: new Map() };
    tokenCaches.set(runtime, cache);
  }
  const { map } = cache;
  return rewriteReferences(formula, (token: RefToken) => {
    if (token.kind === "refError") return "#REF!";
    if (token.kind === "a1") return token.sheet === "#REF!" ? "#REF!" : undefined;
    const key = token.table !== null && !/@|#this row/i.test(token.spec) ? `${token.table.toLowerCase()}${token.spec}` : undefined;
    const known = key === undefined ? undefined : map.get(key);
    if (known !== undefined) return known;
    const text = translateToken(runtime, token, site, strict);
    if (key !== undefined && !(text === "#REF!" && !strict)) map.set(key, text);
    return text;
  });
}

const tokenCaches = new WeakMap<HostRuntime, { version: number; map: Map<string, string> }>();

function translateToken(runtime: HostRuntime, token: StructToken, site: FormulaSite | null, strict: boolean): string {
  {
    const resolved = resolveToken(runtime, token, site, strict);
    if ("error" in resolved) return resolved.error;
    const { table, target } = resolved;
    if ("error" in target) return target.error;
    if ("missing" in target) return "#REF!";
    return `${quoteSheetName(table.sheet.name)}!${formatRect(target.rect, true)}`;
  }
}

/**
 * Rewrites the structured references to a table, for `convertToRange` (they become A1 references:
 * absolute, sheet-qualified when the formula is on another sheet; `@` keeps its row relative) or
 * for a deleted table (they become #REF!).
 */
export function replaceTableRefs(runtime: HostRuntime, formula: string, table: TableModel, site: FormulaSite | null, mode: "toA1" | "toRef"): string {
  if (!formula.includes("[")) return formula;
  return rewriteReferences(formula, (token) => {
    if (token.kind !== "struct" || tableOf(runtime, token, site) !== table) return undefined;
    if (mode === "toRef") return "#REF!";
    const spec = parseStructSpec(token.spec);
    if (typeof spec === "string") return "#REF!";
    const target = resolveStruct(runtime, table, spec, site);
    if ("error" in target) return target.error;
    if ("missing" in target) return "#REF!";
    const sheet = site && site.sheet === table.sheet ? null : { name: table.sheet.name };
    const { rect } = target;
    const rowAbs = spec.area !== "thisRow";
    const a = { col: rect.c0, row: rect.r0, colAbs: true, rowAbs };
    const b = rect.r1 === rect.r0 && rect.c1 === rect.c0 ? null : { col: rect.c1, row: rect.r1, colAbs: true, rowAbs };
    return a1Text(sheet, a, b);
  });
}
