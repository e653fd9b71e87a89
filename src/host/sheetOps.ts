/**
 * Sheet-level changes shared by the API objects and the host's test helpers: add, rename, move,
 * hide and delete, with Excel's rules.
 */
import { hostError } from "./errors";
import { deleteSheetInFormula, mayNameSheet, renameSheetInFormula } from "./formulaRewrite";
import { liveSheets } from "./lookup";
import { sheetNameProblem } from "./nameRules";
import type { HostRuntime } from "./proxy";
import { replaceTableRefs } from "./structuredRefs";
import type { SheetModel } from "./workbookModel";
import { createSheetModel, nextModelId } from "./workbookModel";
import { rewriteWorkbook } from "./workbookRefs";

function assertFreeName(runtime: HostRuntime, name: string, except?: SheetModel): void {
  const problem = sheetNameProblem(name);
  if (problem !== undefined) throw hostError("InvalidArgument", problem);
  const lower = name.toLowerCase();
  if (liveSheets(runtime.model).some((s) => s !== except && s.name.toLowerCase() === lower)) {
    throw hostError("ItemAlreadyExists", `A worksheet named "${name}" already exists (names are compared case-insensitively).`);
  }
}

/** The default name for a new sheet: the first free "SheetN". */
export function defaultSheetName(runtime: HostRuntime): string {
  const taken = new Set(liveSheets(runtime.model).map((s) => s.name.toLowerCase()));
  let n = liveSheets(runtime.model).length + 1;
  while (taken.has(`sheet${n}`)) n++;
  return `Sheet${n}`;
}

/** Adds a sheet at the end. */
export function addSheet(runtime: HostRuntime, name?: string): SheetModel {
  const finalName = name ?? defaultSheetName(runtime);
  assertFreeName(runtime, finalName);
  const hfId = runtime.engine.addSheet(finalName);
  const sheet = createSheetModel(nextModelId(runtime.model), finalName, hfId);
  runtime.model.sheets.push(sheet);
  runtime.model.activeSheet ??= sheet;
  return sheet;
}

/**
 * Renames a sheet; formulas, defined names and chart series that reference it follow the new name
 * (support.microsoft.com "Rename a worksheet").
 */
export function renameSheet(runtime: HostRuntime, sheet: SheetModel, name: unknown): void {
  if (typeof name !== "string") throw hostError("InvalidArgument", "A worksheet name must be a string.");
  if (name === sheet.name) return;
  assertFreeName(runtime, name, sheet);
  const old = sheet.name;
  runtime.engine.renameSheet(sheet.hfId, name);
  sheet.name = name;
  rewriteWorkbook(runtime, (formula) => renameSheetInFormula(formula, old, name), { only: (formula) => mayNameSheet(formula, old), engineFollows: true });
}

/** Moves a sheet to a zero-based position among the live sheets. */
export function moveSheet(runtime: HostRuntime, sheet: SheetModel, position: unknown): void {
  const live = liveSheets(runtime.model);
  if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= live.length) {
    throw hostError("InvalidArgument", `Position must be an integer from 0 to ${live.length - 1}.`);
  }
  const others = live.filter((s) => s !== sheet);
  others.splice(position, 0, sheet);
  runtime.model.sheets = others;
}

/** Changes visibility; at least one sheet must stay visible. */
export function setVisibility(runtime: HostRuntime, sheet: SheetModel, visibility: unknown): void {
  if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
    throw hostError("InvalidArgument", 'Visibility must be "Visible", "Hidden" or "VeryHidden".');
  }
  if (visibility !== "Visible") {
    const otherVisible = liveSheets(runtime.model).some((s) => s !== sheet && s.visibility === "Visible");
    if (!otherVisible) throw hostError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  }
  sheet.visibility = visibility;
  if (visibility !== "Visible" && runtime.model.activeSheet === sheet) {
    runtime.model.activeSheet = liveSheets(runtime.model).find((s) => s.visibility === "Visible") ?? null;
  }
}

/**
 * Deletes a sheet with its tables and charts; the last visible sheet cannot be deleted.
 * Every reference to it elsewhere becomes #REF! for good, as Excel rewrites it: `=Gone!A1` →
 * `=#REF!A1`, `=SUM(Gone!A1:B2)` → `=SUM(#REF!A1:B2)`, a defined name `=Gone!$A$1` → `=#REF!$A$1`,
 * structured references to its tables → `#REF!`; a new sheet of the same name does not re-bind them
 * (support.microsoft.com "How to correct a #REF! error").
 */
export function deleteSheet(runtime: HostRuntime, sheet: SheetModel): void {
  const otherVisible = liveSheets(runtime.model).some((s) => s !== sheet && s.visibility === "Visible");
  if (!otherVisible) throw hostError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  const index = liveSheets(runtime.model).indexOf(sheet);
  runtime.engine.removeSheet(sheet.hfId);
  sheet.deleted = true;
  const name = sheet.name;
  for (const table of runtime.model.tables) {
    if (table.sheet !== sheet) continue;
    rewriteWorkbook(runtime, (formula, site) => replaceTableRefs(runtime, formula, table, site, "toRef"), { only: (formula) => formula.includes("[") });
    table.deleted = true;
  }
  for (const chart of sheet.charts) chart.deleted = true;
  runtime.model.tables = runtime.model.tables.filter((t) => !t.deleted);
  runtime.model.sheets = runtime.model.sheets.filter((s) => s !== sheet);
  runtime.engine.version++;
  rewriteWorkbook(runtime, (formula) => deleteSheetInFormula(formula, name), { only: (formula) => mayNameSheet(formula, name) });
  const model = runtime.model;
  if (model.activeSheet === sheet || model.activeSheet === null) {
    const live = liveSheets(model).filter((s) => s.visibility === "Visible");
    model.activeSheet = live[Math.min(index, live.length - 1)] ?? live[0] ?? null;
  }
  if (model.selection?.sheet === sheet) model.selection = null;
}
