/**
 * Which sheets are ours (issue 6 §3). Choice: the ids of our sheets, kept in `workbook.settings`
 * (ExcelApi 1.4) under one key. Why not a worksheet-level custom property (ExcelApi 1.12)? It travels
 * with the sheet: a user's copy of our Scorecard ("Scorecard (2)") would carry the mark and be
 * deleted by the next refresh as if it were ours. A worksheet id stays the same when the sheet is
 * renamed or moved and a copy gets a new one, so only the sheets we created match; settings also
 * work on Excel 2016 (1.4) where custom properties do not.
 *
 * A run also records its staging sheets, before it creates them, under a key of its own
 * (`kpiScorecard.staging.<token>`): a run that fails and cannot clean up leaves that record, and the
 * next run removes those sheets (they are ours) and the record.
 */
import type { SheetRole } from "./sheetNames";

export const MARKER_KEY = "kpiScorecard.managedSheets";
export const STAGING_KEY_PREFIX = "kpiScorecard.staging.";

export interface Marker {
  readonly version: 1;
  /** Sheet id per role. */
  readonly sheets: Partial<Record<SheetRole, string>>;
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
  const given = asObject(raw?.sheets);
  for (const role of ROLES) {
    const id = given?.[role];
    if (typeof id === "string" && id !== "") sheets[role] = id;
  }
  return { version: 1, sheets };
}

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
  /** Our current sheet per role (present in the workbook). */
  readonly ours: Partial<Record<SheetRole, SheetInfo>>;
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
  const staleStaging: SheetInfo[] = [];
  const others: SheetInfo[] = [];
  const staleIds = new Set(stale.flatMap((r) => r.ids));
  const staleNames = new Set(stale.flatMap((r) => r.names.map((n) => n.toLowerCase())));
  for (const sheet of sheets) {
    const role = ROLES.find((r) => marker.sheets[r] === sheet.id);
    if (role !== undefined) ours[role] = sheet;
    else if (staleIds.has(sheet.id) || staleNames.has(sheet.name.toLowerCase())) staleStaging.push(sheet);
    else others.push(sheet);
  }
  return { ours, staleStaging, others };
}
