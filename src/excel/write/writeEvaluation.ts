/**
 * Writes the evaluation back into the workbook (issue 6 §3, DOMAIN §6): the managed sheets
 * Scorecard (live formulas), Strategy Match, SMART Review and Evaluation Log.
 *
 * Four syncs whatever the table size (while the payload fits 4 × 4.5 MB; more batches otherwise):
 * 1. load what the workbook holds (sheets, marker, tables, names), record and create the hidden
 *    staging sheets, first writes;
 * 2. check (source still there, none of ours protected), remove leftovers of failed runs, record the
 *    staging ids, read the old log, more writes;
 * 3. the log and more writes;
 * 4. the rest, then the swap (our old sheets deleted, staging sheets renamed, ids recorded).
 * Calculation is suspended in every batch. A failure — a check, cell-edit mode, anything Excel
 * refuses — leaves the workbook as it was: the staging sheets and their record are removed (and, if
 * even that fails, the next run removes them).
 */
import type { Bilingual } from "../../engine";
import { toWorkbookError, WORKBOOK_ERROR_TEXT } from "../errors";
import { WorkbookError } from "../port";
import { packBatches, type WriteOp } from "./batchPlan";
import { evaluationLog, oldLogRows } from "./evaluationLog";
import { detectFeatures, type Features } from "./features";
import { queueInspection, type Inspection } from "./inspect";
import { STAGING_KEY_PREFIX, type StagingRecord } from "./managedSheets";
import { scorecardSheet } from "./scorecardSheet";
import type { SheetBuild } from "./sheetBuild";
import { SHEET_ROLES, type SheetRole } from "./sheetNames";
import { finalNames, stagingNames } from "./sheetPlan";
import { smartReviewSheet } from "./smartReviewSheet";
import { strategyMatchSheet } from "./strategyMatchSheet";
import { queueSwap } from "./swap";
import { TableNamer } from "./tableNames";
import type { SheetNames, WriteInput, WriteResult } from "./writeInput";

/** Syncs of a write (each carries part of the payload). */
export const WRITE_BATCHES = 4;

/**
 * @param context the request context of the caller's `Excel.run`
 * @param input the evaluation, language, source location, time, user and `isSetSupported`
 * @returns the sheet names used, renamed sheets, syncs and notes
 * @throws WorkbookError with en+zh text; the workbook is left as it was
 * @example await Excel.run((ctx) => writeEvaluation(ctx, input)) // { sheets: { scorecard: "Scorecard", … }, syncs: 4, … }
 */
export async function writeEvaluation(context: Excel.RequestContext, input: WriteInput): Promise<WriteResult> {
  const features = detectFeatures(input.isSetSupported);
  if (features.missing.length > 0) throw new WorkbookError("UNSUPPORTED_API", WORKBOOK_ERROR_TEXT.UNSUPPORTED_API);
  const token = runToken();
  const state: RunState = { syncs: 0, token, staging: stagingNames(token), stagingKey: STAGING_KEY_PREFIX + token, ids: {}, started: false };
  try {
    return await run(context, input, features, state);
  } catch (error) {
    if (state.started) await cleanup(context, state);
    throw toWorkbookError(error);
  }
}

interface RunState {
  syncs: number;
  readonly token: string;
  readonly staging: SheetNames;
  readonly stagingKey: string;
  ids: Partial<Record<SheetRole, string>>;
  /** Whether the first sync was sent (so staging sheets may exist). */
  started: boolean;
  inspection?: Inspection;
}

/** A token unique to this run: staging sheet and table names and the staging record carry it. */
function runToken(): string {
  return (Date.now().toString(36) + Math.floor(Math.random() * 36 ** 4).toString(36)).slice(-9);
}

async function run(context: Excel.RequestContext, input: WriteInput, features: Features, state: RunState): Promise<WriteResult> {
  const sync = async () => {
    state.syncs++;
    await context.sync();
  };
  const suspend = () => {
    if (features.has("suspendCalculation")) context.application.suspendApiCalculationUntilNextSync();
  };
  const apply = (ops: readonly WriteOp[] | undefined) => ops?.forEach((op) => op.apply(context));
  const namer = new TableNamer(state.token);
  const build = (role: SheetRole): SheetBuild => ({ input, lang: input.language, features, tables: namer, sheet: state.staging[role] });
  const body: WriteOp[] = [...scorecardSheet(build("scorecard")).ops, ...strategyMatchSheet(build("strategyMatch")).ops, ...smartReviewSheet(build("smartReview")).ops];
  const batches = packBatches(body, WRITE_BATCHES);

  // Sync 1: what is there; the staging record, then the hidden staging sheets; first writes.
  const loads = queueInspection(context);
  suspend();
  const record: StagingRecord = { names: SHEET_ROLES.map((r) => state.staging[r]), ids: [] };
  context.workbook.settings.add(state.stagingKey, record);
  const created = SHEET_ROLES.map((role) => {
    const ws = context.workbook.worksheets.add(state.staging[role]);
    ws.visibility = "Hidden";
    return ws.load("id");
  });
  apply(batches[0]);
  state.started = true;
  await sync();
  SHEET_ROLES.forEach((role, i) => (state.ids[role] = created[i]?.id));
  const ids = state.ids as Record<SheetRole, string>;
  const inspection = loads.read(input.source, state.stagingKey);
  state.inspection = inspection;

  // Sync 2: remove leftovers of failed runs (ours), record the ids, read the old log, more writes.
  suspend();
  for (const stale of inspection.census.staleStaging) context.workbook.worksheets.getItem(stale.id).delete();
  for (const key of inspection.staleKeys) context.workbook.settings.getItem(key).delete();
  context.workbook.settings.add(state.stagingKey, { ...record, ids: Object.values(ids) });
  const oldLog = inspection.census.ours.log;
  const oldLogRange = oldLog ? context.workbook.worksheets.getItem(oldLog.id).getUsedRangeOrNullObject().load("values,rowIndex") : undefined;
  apply(batches[1]);
  await sync();

  // Syncs 3…: the log first, then the remaining writes, re-packed now that the log's size is known.
  const previous = oldLogRange && !oldLogRange.isNullObject ? oldLogRows(oldLogRange.values, oldLogRange.rowIndex) : [];
  const rest = packBatches([...evaluationLog(build("log"), previous, 0).ops, ...batches.slice(2).flat()], WRITE_BATCHES - 2);
  await runMiddle(rest.slice(0, -1), suspend, apply, sync);
  suspend();
  apply(rest[rest.length - 1]);
  const { final, renamed } = finalNames(inspection, input.language);
  const ourSheets = new Set([...Object.values(inspection.census.ours), ...inspection.census.staleStaging].map((s) => s?.name.toLowerCase()));
  queueSwap(context, {
    ids,
    final,
    oldIds: Object.values(inspection.census.ours).map((s) => s.id),
    tableRenames: namer.renames([...inspection.tables.filter((t) => !ourSheets.has(t.sheet.toLowerCase())).map((t) => t.name), ...inspection.names]),
    stagingKey: state.stagingKey,
  });
  await sync();

  const notes: Bilingual[] = [...features.notes];
  const used = 2 + rest.length;
  if (used > WRITE_BATCHES) {
    notes.push({ en: `The table was large: the write took ${used} syncs instead of ${WRITE_BATCHES}.`, zh: `表格较大：写入用了 ${used} 次同步（通常为 ${WRITE_BATCHES} 次）。` });
  }
  return { sheets: final, renamed, syncs: state.syncs, notes };
}

/** Runs the middle batches one after another (recursion, not a loop: one sync per batch by design). */
async function runMiddle(rest: readonly WriteOp[][], suspend: () => void, apply: (ops: readonly WriteOp[]) => void, sync: () => Promise<void>): Promise<void> {
  const [head, ...tail] = rest;
  if (!head) return;
  suspend();
  apply(head);
  await sync();
  await runMiddle(tail, suspend, apply, sync);
}

/** Removes this run's staging sheets and record after a failure; best effort. */
async function cleanup(context: Excel.RequestContext, state: RunState): Promise<void> {
  try {
    const keys = SHEET_ROLES.map((role) => state.ids[role] ?? state.staging[role]);
    const found = keys.map((k) => context.workbook.worksheets.getItemOrNullObject(k));
    const record = context.workbook.settings.getItemOrNullObject(state.stagingKey);
    await context.sync();
    for (const ws of found) if (!ws.isNullObject) ws.delete();
    if (!record.isNullObject) record.delete();
    await context.sync();
  } catch {
    // Cleanup could not run (e.g. still in cell-edit mode): the staging record left in the settings
    // lets the next refresh remove the leftover hidden sheets. The user sees the original error.
  }
}

