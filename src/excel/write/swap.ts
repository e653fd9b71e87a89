/**
 * The last sync's tail: the staging sheets become the managed sheets. Queued after every staging
 * write of that sync, so a failure anywhere before it leaves the old sheets untouched.
 * Order: show the staging sheets, activate the new Scorecard, delete our old sheets (only ids we
 * recorded: never a sheet we did not create), rename staging sheets and tables to their final names,
 * record the new ids and drop this run's staging record.
 */
import { MARKER_KEY, type Marker } from "./managedSheets";
import { SHEET_ROLES, type SheetRole } from "./sheetNames";
import type { SheetNames } from "./writeInput";

export interface SwapInput {
  /** New sheet id per role. */
  readonly ids: Readonly<Record<SheetRole, string>>;
  readonly final: SheetNames;
  /** Ids of our old sheets to delete. */
  readonly oldIds: readonly string[];
  readonly tableRenames: readonly { readonly staging: string; readonly final: string }[];
  /** This run's staging record key. */
  readonly stagingKey: string;
}

/**
 * Queues the swap (no sync).
 * @param context the request context
 * @param swap what to swap
 */
export function queueSwap(context: Excel.RequestContext, swap: SwapInput): void {
  const sheets = context.workbook.worksheets;
  for (const role of SHEET_ROLES) sheets.getItem(swap.ids[role]).visibility = "Visible";
  sheets.getItem(swap.ids.scorecard).activate();
  for (const id of swap.oldIds) sheets.getItem(id).delete();
  for (const role of SHEET_ROLES) sheets.getItem(swap.ids[role]).name = swap.final[role];
  for (const t of swap.tableRenames) context.workbook.tables.getItem(t.staging).name = t.final;
  const marker: Marker = { version: 1, sheets: { ...swap.ids } };
  context.workbook.settings.add(MARKER_KEY, marker);
  context.workbook.settings.getItem(swap.stagingKey).delete();
}
