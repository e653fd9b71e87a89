/**
 * What the workbook holds — sheets (id, name, protection), our marker, staging records and refresh
 * lock, tables and defined names, whether the source still exists — loaded in the first sync
 * (together with the first staging writes) and checked before anything is written in place.
 */
import { WorkbookError } from "../port";
import { WORKBOOK_ERROR_TEXT } from "../errors";
import type { NameInfo } from "./definedNames";
import { LOCK_KEY, parseLock, type RefreshLock } from "./refreshLock";
import { censusOf, MARKER_KEY, parseMarker, parseStaging, STAGING_KEY_PREFIX, type Marker, type SheetCensus, type SheetInfo } from "./managedSheets";
import type { WriteSource } from "./writeInput";

export interface Inspection {
  readonly marker: Marker;
  /** Whether the workbook had our marker setting at all. */
  readonly markerFound: boolean;
  readonly sheets: readonly SheetInfo[];
  readonly census: SheetCensus;
  /** Setting keys of staging records left by earlier runs. */
  readonly staleKeys: readonly string[];
  /** Table names, with the sheet each is on. */
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  readonly names: readonly NameInfo[];
  /** Another run's (or a stale) refresh lock. */
  readonly lock: RefreshLock | undefined;
}

/** The loads of the inspection, queued before anything else in the first sync. */
export interface InspectionLoads {
  read(source: WriteSource, ownStagingKey: string): Inspection;
}

/**
 * Queues the loads (no sync). Read the result with `read` after the sync.
 * @param context the request context
 * @param key the settings key of the marker (scope.ts: one per team's scorecard)
 * @returns the pending inspection
 */
export function queueInspection(context: Excel.RequestContext, key: string = MARKER_KEY): InspectionLoads {
  const worksheets = context.workbook.worksheets.load("items/name,items/id,items/protection/protected");
  const settings = context.workbook.settings.load("items/key,items/value");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const names = context.workbook.names.load("items/name,items/formula");
  return {
    read(source, ownStagingKey) {
      const byKey = new Map(settings.items.map((s) => [s.key, s.value as unknown]));
      const markerFound = byKey.has(key);
      const marker = parseMarker(byKey.get(key));
      const staleKeys = [...byKey.keys()].filter((k) => k.startsWith(STAGING_KEY_PREFIX) && k !== ownStagingKey);
      const sheets: SheetInfo[] = worksheets.items.map((ws) => ({ id: ws.id, name: ws.name, protected: ws.protection.protected }));
      const tableList = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
      const census = censusOf(sheets, marker, staleKeys.map((k) => parseStaging(byKey.get(k))));
      checkSource(sheets, tableList, source);
      checkProtection(census);
      const nameList = names.items.map((n) => ({ name: n.name, formula: typeof n.formula === "string" ? n.formula : "" }));
      return { marker, markerFound, sheets, census, staleKeys, tables: tableList, names: nameList, lock: parseLock(byKey.get(LOCK_KEY)) };
    },
  };
}

/** The source sheet, and its table when it is one, must still be there (TABLE_NOT_FOUND). */
function checkSource(sheets: readonly SheetInfo[], tables: readonly { name: string }[], source: WriteSource): void {
  const sheetGone = !sheets.some((s) => s.name.toLowerCase() === source.sheet.toLowerCase());
  const table = source.table;
  const tableGone = table !== undefined && !tables.some((t) => t.name.toLowerCase() === table.toLowerCase());
  if (sheetGone || tableGone) throw new WorkbookError("TABLE_NOT_FOUND", WORKBOOK_ERROR_TEXT.TABLE_NOT_FOUND);
}

/** A protected sheet of ours cannot be replaced: say which, and that nothing changed. */
function checkProtection(census: SheetCensus): void {
  const locked = [...Object.values(census.ours), ...census.staleStaging].find((s) => s?.protected === true);
  if (!locked) return;
  throw new WorkbookError("SHEET_PROTECTED", {
    en: `The add-in's sheet "${locked.name}" is protected, so it cannot be refreshed. Unprotect it (Review › Unprotect Sheet), then refresh again. Nothing was changed.`,
    zh: `加载项的工作表“${locked.name}”受保护，无法刷新。请先撤销保护（审阅 › 撤销工作表保护），然后再次刷新。工作簿未做任何更改。`,
  });
}
