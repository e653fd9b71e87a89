/**
 * Which sheets are ours (issue 6 §3, issue 13 §2). Choice: the ids of our sheets, kept in
 * `workbook.settings` (ExcelApi 1.4) under one key. Why not a worksheet-level custom property
 * (ExcelApi 1.12)? It travels with the sheet: a user's copy of our Scorecard ("Scorecard (2)") would
 * carry the mark. A worksheet id stays the same when the sheet is moved and a copy gets a new one, so
 * only the sheets we created match; settings also work where custom properties do not.
 *
 * Version 2 of the marker (issue 13) also records, per sheet, the name it had after our last refresh
 * (a sheet the user renamed since is the user's: kept, released, and a fresh one is made), the blocks
 * of cells we wrote (the next refresh clears what it no longer writes and nothing else, and knows which
 * other cells a user typed), the tables we own and the defined names we created. A version-1 marker
 * (before refresh in place) names only the ids: its sheets were rebuilt wholesale, so their whole used
 * range counts as ours once.
 *
 * A run also records its staging sheets, before it creates them, under a key of its own
 * (`kpiScorecard.staging.<token>`): a run that fails and cannot clean up leaves that record, and the
 * next run removes those sheets (they are ours) and the record.
 */
import type { SheetRole } from "./sheetNames";
import type { TableKey } from "./tableNames";

export const MARKER_KEY = "kpiScorecard.managedSheets";
export const STAGING_KEY_PREFIX = "kpiScorecard.staging.";

export interface Marker {
  readonly version: 1 | 2;
  /** Sheet id per role. */
  readonly sheets: Partial<Record<SheetRole, string>>;
  /** Sheet name per role after the last refresh (version 2). */
  readonly names: Partial<Record<SheetRole, string>>;
  /** Blocks of cells written per role, as A1 ranges (version 2). */
  readonly extents: Partial<Record<SheetRole, readonly string[]>>;
  /** Names of the tables we own, by key (version 2). */
  readonly tables: Partial<Record<TableKey, string>>;
  /** Where each of those tables was after the last refresh, as an A1 range (version 2). */
  readonly tableAt: Partial<Record<TableKey, string>>;
  /** Defined names we created (version 2). */
  readonly definedNames: readonly string[];
}

/** What a run records about its staging sheets: names first, ids once known. */
export interface StagingRecord {
  readonly names: readonly string[];
  readonly ids: readonly string[];
}

const ROLES: readonly SheetRole[] = ["scorecard", "strategyMatch", "smartReview", "log"];

const asObject = (value: unknown): Record<string, unknown> | undefined => {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return undefined;
    }
  }
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
};

const strings = (list: unknown): string[] => (Array.isArray(list) ? list.filter((s): s is string => typeof s === "string" && s !== "") : []);

/**
 * Reads the marker from a setting's value; anything malformed reads as "no sheets are ours".
 * @param value the setting's value (an object, or its JSON text)
 * @returns the marker
 * @example parseMarker(undefined).sheets // {}
 */
export function parseMarker(value: unknown): Marker {
  const raw = asObject(value);
  const sheets: Partial<Record<SheetRole, string>> = {};
  const names: Partial<Record<SheetRole, string>> = {};
  const extents: Partial<Record<SheetRole, readonly string[]>> = {};
  const given = asObject(raw?.sheets);
  const givenNames = asObject(raw?.names);
  const givenExtents = asObject(raw?.extents);
  for (const role of ROLES) {
    const id = given?.[role];
    if (typeof id === "string" && id !== "") sheets[role] = id;
    const name = givenNames?.[role];
    if (typeof name === "string" && name !== "") names[role] = name;
    const blocks = strings(givenExtents?.[role]).filter((a) => A1_BLOCK.test(a));
    if (givenExtents?.[role] !== undefined) extents[role] = blocks;
  }
  const tables: Partial<Record<TableKey, string>> = {};
  for (const [key, name] of Object.entries(asObject(raw?.tables) ?? {})) {
    if (Object.hasOwn(TABLE_KEYS, key) && typeof name === "string" && name !== "") tables[key as TableKey] = name;
  }
  const tableAt: Partial<Record<TableKey, string>> = {};
  for (const [key, at] of Object.entries(asObject(raw?.tableAt) ?? {})) {
    if (Object.hasOwn(TABLE_KEYS, key) && typeof at === "string" && A1_BLOCK.test(at)) tableAt[key as TableKey] = at;
  }
  const version = raw?.version === 2 ? 2 : 1;
  return { version, sheets, names, extents, tables, tableAt, definedNames: strings(raw?.definedNames) };
}

/** An A1 block as the marker stores it (`A1:AF12`). */
const A1_BLOCK = /^[A-Z]{1,3}[1-9]\d{0,6}(:[A-Z]{1,3}[1-9]\d{0,6})?$/;

const TABLE_KEYS: Readonly<Record<TableKey, true>> = {
  kpis: true,
  perspectives: true,
  statuses: true,
  chartData: true,
  history: true,
  kept: true,
  matchSummary: true,
  objectives: true,
  balance: true,
  matrix: true,
  smart: true,
  log: true,
};

/**
 * Reads a staging record; malformed → empty.
 * @param value the setting's value
 * @returns names and ids
 * @example parseStaging({ names: ["~KS log x"], ids: [] }).names // ["~KS log x"]
 */
export function parseStaging(value: unknown): StagingRecord {
  const raw = asObject(value);
  return { names: strings(raw?.names), ids: strings(raw?.ids) };
}

/** A worksheet as the inspection loaded it. */
export interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
}

/** The workbook's sheets sorted into ours, leftovers of failed runs, and the others. */
export interface SheetCensus {
  /** Our current sheet per role (present in the workbook, not renamed by the user). */
  readonly ours: Partial<Record<SheetRole, SheetInfo>>;
  /** Sheets of ours the user renamed since the last refresh: now the user's (kept, listed in `others` too). */
  readonly released: Partial<Record<SheetRole, SheetInfo>>;
  readonly staleStaging: readonly SheetInfo[];
  readonly others: readonly SheetInfo[];
}

/**
 * @param sheets every worksheet (as it was before this run created anything)
 * @param marker the marker read from settings
 * @param stale staging records of earlier runs
 * @returns the census
 */
export function censusOf(sheets: readonly SheetInfo[], marker: Marker, stale: readonly StagingRecord[] = []): SheetCensus {
  const ours: Partial<Record<SheetRole, SheetInfo>> = {};
  const released: Partial<Record<SheetRole, SheetInfo>> = {};
  const staleStaging: SheetInfo[] = [];
  const others: SheetInfo[] = [];
  const staleIds = new Set(stale.flatMap((r) => r.ids));
  const staleNames = new Set(stale.flatMap((r) => r.names.map((n) => n.toLowerCase())));
  for (const sheet of sheets) {
    const role = ROLES.find((r) => marker.sheets[r] === sheet.id);
    const recorded = role === undefined ? undefined : marker.names[role];
    if (role !== undefined && recorded !== undefined && recorded.toLowerCase() !== sheet.name.toLowerCase()) {
      released[role] = sheet;
      others.push(sheet);
    } else if (role !== undefined) ours[role] = sheet;
    else if (staleIds.has(sheet.id) || staleNames.has(sheet.name.toLowerCase())) staleStaging.push(sheet);
    else others.push(sheet);
  }
  return { ours, released, staleStaging, others };
}
