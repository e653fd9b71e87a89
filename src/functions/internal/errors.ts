/**
 * Excel errors as values. A `Fail` is a data problem found while computing one result cell (or the
 * whole call); `toExcelError` turns it into the runtime's `CustomFunctions.Error` at the boundary.
 * Only `#VALUE!` and `#N/A` carry a message in Excel, so the message is dropped for the others.
 *
 * The `CustomFunctions` global is read through `globalThis` at call time (never at import time), so
 * this module loads in Node; tests define a stand-in global as Excel's runtime does.
 */

/** The error codes a custom function may *return* (Excel shows `#NAME?` / `#REF!` only as inputs). */
export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!";

/** A data problem: the Excel error to show and, for `#VALUE!` / `#N/A`, what to fix. */
export interface Fail {
  readonly fail: ErrorCode;
  readonly message?: string;
}

/** The parts of the custom-functions runtime this layer uses. */
interface Runtime {
  readonly Error: new (code: string, message?: string) => object;
}

const OUTPUT_CODES: ReadonlySet<string> = new Set<ErrorCode>(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

/** Stand-in used only when no runtime is present (never in Excel): keeps the functions total. */
class DetachedError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function runtime(): Runtime | undefined {
  const candidate = (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  if (typeof candidate !== "object" || candidate === null) return undefined;
  const ctor = (candidate as { Error?: unknown }).Error;
  return typeof ctor === "function" ? (candidate as Runtime) : undefined;
}

/** Builds a `Fail`. */
export function fail(code: ErrorCode, message?: string): Fail {
  return message === undefined || !(code === "#VALUE!" || code === "#N/A") ? { fail: code } : { fail: code, message };
}

/** True for a `Fail` value. */
export function isFail(value: unknown): value is Fail {
  return typeof value === "object" && value !== null && "fail" in value && typeof (value as Fail).fail === "string";
}

/** Turns a `Fail` into the runtime's error object (`new CustomFunctions.Error(code, message)`). */
export function toExcelError(problem: Fail): object {
  const Ctor = runtime()?.Error ?? DetachedError;
  return problem.message === undefined ? new Ctor(problem.fail) : new Ctor(problem.fail, problem.message);
}

/**
 * Throws a `Fail` as the runtime's error: how a custom function fails as a whole.
 * @param problem the problem
 */
export function raise(problem: Fail): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel expects a CustomFunctions.Error, which is not an Error subclass
  throw toExcelError(problem);
}

/** True when `value` is the runtime's error object (or our detached stand-in). */
export function isExcelError(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const Ctor = runtime()?.Error;
  return (Ctor !== undefined && value instanceof Ctor) || value instanceof DetachedError;
}

/**
 * The error code of an error *input* cell, or undefined when the cell is not an error. Excel passes
 * error cells of `any` parameters (when `allowErrorForDataTypeAny` is set) as `CustomFunctions.Error`
 * objects; rich-value arrays may instead carry `{ type: "Error", errorType }`. Error *text* such as
 * `"#N/A"` is left to the readers (the number reader treats it as that error).
 */
export function inputErrorCode(cell: unknown): string | undefined {
  if (typeof cell !== "object" || cell === null || Array.isArray(cell)) return undefined;
  const code = (cell as { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("#")) return code;
  const rich = cell as { type?: unknown; errorType?: unknown; basicValue?: unknown };
  if (rich.type !== "Error") return undefined;
  if (typeof rich.basicValue === "string") return rich.basicValue;
  return typeof rich.errorType === "string" ? `#${rich.errorType.toUpperCase()}` : "#VALUE!";
}

/** The code to return for an error input: itself when Excel lets a function return it, else `#VALUE!`. */
export function outputCodeFor(inputCode: string): ErrorCode | undefined {
  return OUTPUT_CODES.has(inputCode) ? (inputCode as ErrorCode) : undefined;
}
