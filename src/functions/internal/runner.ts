import type { Lang } from "../../engine";
import { type Fail, fail, inputErrorCode, isFail, outputCodeFor, raise, toExcelError } from "./errors";
import { resultLayout } from "./broadcast";
import { type Grid, readGrid, rowOf } from "./grid";
import { currentLanguage } from "./locale";
import { clip, say } from "./messages";

/**
 * The one shared runner (HyperFormula style): a function is a small table of typed parameters plus a
 * body; the runner reads the arguments as grids, pairs them cell by cell, coerces each cell, turns
 * error cells and coercion failures into an Excel error *in that result cell*, runs the body, and
 * never lets an exception escape except a `CustomFunctions.Error`.
 *
 * Parameter kinds:
 * - `cell`: one value per result cell. Same-shaped ranges pair up; a single cell pairs with every cell.
 * - `rows`: a block whose row i belongs to result cell i (history for N KPIs is N×P). With one result
 *   cell the block must be one row or one column; a block of N > 1 rows and P > 1 columns then makes N
 *   results (the single-cell arguments pair with every row).
 * - `shared`: one value for the whole call (a list of objectives); a problem there fails the call.
 */

/** What a coercer and a body know about the call. */
export interface CallContext {
  readonly lang: Lang;
  readonly fn: string;
}

/** A parameter's reader: the value for the body, or a `Fail`. */
export type Param<T> =
  | { readonly kind: "cell"; readonly name: string; readonly read: (cell: unknown, ctx: CallContext, name: string) => T | Fail }
  | { readonly kind: "rows"; readonly name: string; readonly read: (cells: readonly unknown[], ctx: CallContext, name: string) => T | Fail }
  | { readonly kind: "shared"; readonly name: string; readonly read: (grid: Grid, ctx: CallContext, name: string) => T | Fail };

type ValueOf<P> = P extends Param<infer T> ? T : never;
/** The body's argument tuple for a parameter table. */
export type ArgsOf<P extends readonly Param<unknown>[]> = { -readonly [K in keyof P]: ValueOf<P[K]> };

/** A result cell: a number, text, boolean, or a `Fail` to show as an Excel error. */
export type CellResult = number | string | boolean | Fail;

/** A function definition: its Excel name (for messages), parameter table and body. */
export interface FunctionDef<P extends readonly Param<unknown>[]> {
  readonly name: string;
  readonly params: P;
  readonly body: (args: ArgsOf<P>, ctx: CallContext) => CellResult;
}

/** Thrown inside the runner only: a problem with the call as a whole (e.g. mismatched shapes). */
class CallFailure extends Error {
  constructor(readonly problem: Fail) {
    super(problem.message ?? problem.fail);
  }
}

/** Error cells pass through with their code; codes a function may not return become `#VALUE!`. */
function errorCell(code: string, name: string, ctx: CallContext, original: unknown): Fail {
  const out = outputCodeFor(code);
  if (out === undefined) return fail("#VALUE!", say(ctx.lang, "ERROR_INPUT", { param: name, code }));
  const reason = (original as { message?: unknown }).message;
  if (typeof reason === "string" && reason !== "") {
    return fail(out, say(ctx.lang, "ERROR_INPUT_WITH_REASON", { param: name, code, reason: clip(reason, 120) }));
  }
  return fail(out, say(ctx.lang, "ERROR_INPUT", { param: name, code }));
}

/**
 * Reads one cell through a cell parameter (error cells are handled here, once for every function).
 * @returns the value, or a Fail
 */
export function readCell<T>(param: Extract<Param<T>, { kind: "cell" }>, cell: unknown, ctx: CallContext): T | Fail {
  const code = typeof cell === "object" && cell !== null ? inputErrorCode(cell) : undefined; // fast path: plain values
  return code === undefined ? param.read(cell, ctx, param.name) : errorCell(code, param.name, ctx, cell);
}

/** Reads a line of cells through a `rows` parameter; the first error cell decides the result. */
function readRow<T>(param: Extract<Param<T>, { kind: "rows" }>, cells: readonly unknown[], ctx: CallContext): T | Fail {
  for (const cell of cells) {
    const code = inputErrorCode(cell);
    if (code !== undefined) return errorCell(code, param.name, ctx, cell);
  }
  return param.read(cells, ctx, param.name);
}

/** Reads a whole argument through a `shared` parameter; an error cell anywhere fails the call. */
function readShared<T>(param: Extract<Param<T>, { kind: "shared" }>, grid: Grid, ctx: CallContext): T | Fail {
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      const cell = grid.at(r, c);
      const code = inputErrorCode(cell);
      if (code !== undefined) return errorCell(code, param.name, ctx, cell);
    }
  }
  return param.read(grid, ctx, param.name);
}

/**
 * Builds the Excel-facing function of a definition: `(...args) => results[][]`. Never throws anything
 * but a `CustomFunctions.Error` (whole-call problems such as mismatched shapes).
 * @param def the definition
 * @returns the function to export
 */
export function defineFunction<const P extends readonly Param<unknown>[]>(def: FunctionDef<P>): (...args: unknown[]) => unknown[][] {
  return (...raw: unknown[]) => {
    const ctx: CallContext = { lang: currentLanguage(), fn: def.name };
    try {
      return run(def, raw, ctx);
    } catch (caught) {
      if (caught instanceof CallFailure) raise(caught.problem);
      raise(fail("#VALUE!", say(ctx.lang, "INTERNAL", { fn: def.name, detail: caught instanceof Error ? clip(caught.message, 80) : "?" })));
    }
  };
}

/** Marks a parameter whose value differs from cell to cell. */
const VARIES = Symbol("varies");

function run<P extends readonly Param<unknown>[]>(def: FunctionDef<P>, raw: readonly unknown[], ctx: CallContext): unknown[][] {
  const params: readonly Param<unknown>[] = def.params;
  const grids = params.map((_, i) => readGrid(raw[i]));
  // Shared arguments and single cells are read once per call, not once per result cell.
  const fixed = params.map((param, i): unknown => {
    const grid = grids[i] as Grid;
    if (param.kind === "shared") {
      const value = readShared(param, grid, ctx);
      if (isFail(value)) throw new CallFailure(value);
      return value;
    }
    return param.kind === "cell" && grid.rows === 1 && grid.cols === 1 ? readCell(param, grid.at(0, 0), ctx) : VARIES;
  });
  const shape = resultLayout(params, grids, ctx.lang);
  if (isFail(shape)) throw new CallFailure(shape);
  const { rows, cols, line } = shape;
  const out: unknown[][] = [];
  const args: unknown[] = params.map(() => undefined); // packed, so bodies destructure it fast
  for (let r = 0; r < rows; r++) {
    const outRow: unknown[] = [];
    for (let c = 0; c < cols; c++) outRow.push(cellResult(def, params, grids, fixed, line, args, r, c, c + r * cols, ctx));
    out.push(outRow);
  }
  return out;
}

function cellResult<P extends readonly Param<unknown>[]>(
  def: FunctionDef<P>,
  params: readonly Param<unknown>[],
  grids: readonly Grid[],
  fixed: readonly unknown[],
  line: Map<number, unknown[]>,
  args: unknown[],
  r: number,
  c: number,
  index: number,
  ctx: CallContext,
): unknown {
  for (let i = 0; i < params.length; i++) {
    let value = fixed[i];
    if (value === VARIES) {
      const param = params[i] as Param<unknown>;
      const grid = grids[i] as Grid;
      if (param.kind === "cell") value = readCell(param, grid.at(r, c), ctx);
      else if (param.kind === "rows") value = readRow(param, grid.omitted ? [] : (line.get(i) ?? rowOf(grid, index)), ctx);
    }
    if (typeof value === "object" && value !== null && isFail(value)) return toExcelError(value);
    args[i] = value;
  }
  try {
    const result = def.body(args as ArgsOf<P>, ctx);
    return typeof result === "object" && isFail(result) ? toExcelError(result) : result;
  } catch (caught) {
    // A programming error in one cell shows in that cell only, with what went wrong.
    return toExcelError(fail("#VALUE!", say(ctx.lang, "INTERNAL", { fn: def.name, detail: caught instanceof Error ? clip(caught.message, 80) : "?" })));
  }
}

/**
 * Builds a function whose result is one number (all parameters `shared`): the number itself, or a thrown
 * `CustomFunctions.Error` when there is none.
 * @param def the definition
 * @returns the function to export
 */
export function defineScalar<const P extends readonly Param<unknown>[]>(def: FunctionDef<P>): (...args: unknown[]) => number {
  const matrix = defineFunction(def);
  return (...raw: unknown[]) => {
    const value = matrix(...raw)[0]?.[0];
    if (typeof value === "number") return value;
    throw value; // the runtime's CustomFunctions.Error for this call
  };
}
