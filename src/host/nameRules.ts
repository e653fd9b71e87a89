/**
 * Naming rules Excel enforces, checked before a sheet, table or defined name is created or renamed.
 * Sources are listed per rule in docs/host-rules.md.
 */
import { looksLikeCellReference } from "./address";

/** Characters a worksheet name may not contain. */
const sheetForbidden = /[[\]:*?/\\]/;

/**
 * Why a worksheet name is invalid, or undefined when it is valid.
 * Rules (support.microsoft.com "Rename a worksheet"): not blank, at most 31 characters, none of
 * `[ ] : * ? / \`, not beginning or ending with an apostrophe, not the reserved word "History".
 */
export function sheetNameProblem(name: unknown): string | undefined {
  if (typeof name !== "string") return "A worksheet name must be a string.";
  if (name.trim().length === 0) return "A worksheet name cannot be blank.";
  if (name.length > 31) return "A worksheet name cannot be longer than 31 characters.";
  if (sheetForbidden.test(name)) return "A worksheet name cannot contain any of [ ] : * ? / \\.";
  if (name.startsWith("'") || name.endsWith("'")) return "A worksheet name cannot begin or end with an apostrophe.";
  if (name.toLowerCase() === "history") return '"History" is a reserved worksheet name.';
  return undefined;
}

const nameStart = /^[\p{L}_\\]/u;
const nameRest = /^[\p{L}\p{N}_.\\]*$/u;

/**
 * Why a table or defined name is invalid, or undefined when it is valid.
 * Rules (support.microsoft.com "Rename an Excel table" and "Names in formulas"): starts with a
 * letter, underscore or backslash; then letters, digits, periods, underscores; no spaces; at most
 * 255 characters; not a cell reference (A1 or R1C1 style), not "C", "c", "R", "r", TRUE or FALSE.
 */
export function definedNameProblem(name: unknown): string | undefined {
  if (typeof name !== "string" || name.length === 0) return "A name cannot be blank.";
  if (name.length > 255) return "A name cannot be longer than 255 characters.";
  if (!nameStart.test(name)) return "A name must start with a letter, an underscore or a backslash.";
  if (!nameRest.test(name.slice(1))) return "A name can only contain letters, numbers, periods and underscores (no spaces).";
  if (looksLikeCellReference(name)) return "A name cannot be a cell reference.";
  if (/^(true|false)$/i.test(name)) return "A name cannot be TRUE or FALSE.";
  return undefined;
}
