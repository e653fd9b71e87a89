/**
 * Writes the evaluation back into the workbook (issue 6 §3, DOMAIN §6, issue 13): the managed
 * sheets Scorecard (live formulas), Strategy Match, SMART Review and Evaluation Log, refreshed in
 * place (inPlace.ts; the mechanism and its failure points: docs/refresh-in-place.md).
 *
 * Four syncs whatever the table size (while the payload fits 4 × 4.5 MB; more batches otherwise):
 * 1. load what the workbook holds (sheets, marker, lock, tables, names); create the hidden staging
 *    sheets; first writes to them;
 * 2. check (source still there, none of ours protected, no other refresh running); take the lock;
 *    remove leftovers of failed runs; read the old log, the old tables' places and headers, the charts
 *    we drew, the old Kept notes; more writes;
 * 3. read the old comments and the cells users typed where this refresh will write for the first
 *    time, and check the lock is still ours; the log and more writes;
 * 4. the rest of the staging writes, then everything in place: tables resized, old blocks cleared,
 *    staged blocks copied, tables / charts / formats added, names, marker; staging sheets and lock
 *    removed.
 * Calculation is suspended in every batch. A failure before the last sync — a check, cell-edit mode,
 * anything Excel refuses — leaves the workbook as it was: the staging sheets, their record and the lock
 * are removed (and, if even that fails, the next run removes them; the lock expires).
 */
import type { Bilingual } from "../../engine";
import { toWorkbookError, WORKBOOK_ERROR_TEXT } from "../errors";
import { WorkbookError } from "../port";
import { cellA1 } from "./a1";
import { packBatches, type WriteOp } from "./batchPlan";
import { planComments, readOldNotes, userCell, NO_OLD_NOTES, type KeptNote, type OldNotes } from "./comments";
import { foreignNamesNote, planNames, queueNames } from "./definedNames";
import { evaluationLog, oldLogRows } from "./evaluationLog";
import { detectFeatures, type Features } from "./features";
import { planSheet, queueInPlace, tableNamesAfter, tablesInTheWay, type NewTable, type OldTable, type SheetPlan } from "./inPlace";
import { queueInspection, type Inspection } from "./inspect";
import { STAGING_KEY_PREFIX, type Marker, type SheetInfo, type StagingRecord } from "./managedSheets";
import { mergeRects, rectA1, rectOf, subtractRects, type Rect } from "./rects";
import { busyError, lockBlocks, lostLockError, newLock, parseLock, LOCK_KEY } from "./refreshLock";
import { COL, ROW } from "./scorecardLayout";
import { scorecardNotes, scorecardSheet } from "./scorecardSheet";
import type { SheetBuild } from "./sheetBuild";
import { SHEET_ROLES, type SheetRole } from "./sheetNames";
import type { SheetOps } from "./sheetOps";
import { finalNames, stagingNames } from "./sheetPlan";
import { smartReviewSheet } from "./smartReviewSheet";
import { strategyMatchSheet } from "./strategyMatchSheet";
import { freeTableName, LEGACY_TABLE_NAMES, TABLE_NAMES, type TableKey } from "./tableNames";
import { markerKey, scopedName, type WriteScope } from "./scope";
import type { SheetNames, WriteInput, WriteResult } from "./writeInput";

/** Syncs of a write (each carries part of the payload). */
export const WRITE_BATCHES = 4;

/** Rows of margin checked for user cells below the Kept notes block's expected end. */
const KEPT_MARGIN = 20;

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
  const state: RunState = { syncs: 0, token, staging: stagingNames(token), stagingKey: STAGING_KEY_PREFIX + token, ids: {}, started: false, inspected: false };
  try {
    return await run(context, input, features, state);
  } catch (error) {
    // The first sync carries writes too: when it fails before the checks could run, run them alone,
    // so that a deleted source or a protected sheet is reported as such, not as Excel's refusal.
    const reported = state.started && !state.inspected ? ((await diagnose(context, input)) ?? error) : error;
    if (state.started) await cleanup(context, state);
    throw toWorkbookError(reported);
  }
}

/** The checks of the inspection on their own (after a failed first sync); the error they raise, if any. */
async function diagnose(context: Excel.RequestContext, input: WriteInput): Promise<unknown> {
  try {
    const loads = queueInspection(context, markerKey(input.scope));
    await context.sync();
    loads.read(input.source, "");
    return undefined;
  } catch (error) {
    return error instanceof WorkbookError ? error : undefined;
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
  /** Whether the inspection's checks ran. */
  inspected: boolean;
}

/** A token unique to this run: staging sheet names, the staging record and the lock carry it. */
function runToken(): string {
  return (Date.now().toString(36) + Math.floor(Math.random() * 36 ** 4).toString(36)).slice(-9);
}

/** A table on one of our sheets, as sync 2 found it. */
interface FoundTable {
  readonly name: string;
  readonly sheet: string;
  readonly at: Rect | undefined;
  readonly headers: readonly unknown[];
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
  const build = (role: SheetRole): SheetBuild => ({ input, lang: input.language, features, sheet: state.staging[role] });
  const scorecard = scorecardSheet(build("scorecard"));
  const match = strategyMatchSheet(build("strategyMatch"));
  const smart = smartReviewSheet(build("smartReview"));
  const early = packBatches([...scorecard.ops.ops, ...match.ops, ...smart.ops], WRITE_BATCHES - 1);
  const now = input.nowMs ?? Date.now();

  // Sync 1: what is there; the staging record, then the hidden staging sheets; first writes.
  const loads = queueInspection(context, markerKey(input.scope));
  suspend();
  const record: StagingRecord = { names: SHEET_ROLES.map((r) => state.staging[r]), ids: [] };
  context.workbook.settings.add(state.stagingKey, record);
  const created = SHEET_ROLES.map((role) => {
    const ws = context.workbook.worksheets.add(state.staging[role]);
    ws.visibility = "Hidden";
    return ws.load("id");
  });
  apply(early[0]);
  state.started = true;
  await sync();
  SHEET_ROLES.forEach((role, i) => (state.ids[role] = created[i]?.id));
  const ids = state.ids as Record<SheetRole, string>;
  const inspection = loads.read(input.source, state.stagingKey);
  state.inspected = true;
  const { census, marker } = inspection;
  const lock = inspection.lock;
  const sameUser = lock !== undefined && input.user !== undefined && input.user !== "" && lock.user === input.user;
  if (lockBlocks(lock, state.token, now) && !sameUser) throw busyError(lock);

  // Sync 2: take the lock, remove leftovers of failed runs, record the ids; read the old log, our
  // tables' places and headers, our charts, the used ranges of version-1 sheets; more writes.
  suspend();
  for (const stale of census.staleStaging) context.workbook.worksheets.getItem(stale.id).delete();
  for (const key of inspection.staleKeys) context.workbook.settings.getItem(key).delete();
  context.workbook.settings.add(state.stagingKey, { ...record, ids: Object.values(ids) });
  context.workbook.settings.add(LOCK_KEY, newLock(state.token, input.user, input.timestamp, now));
  const oldLog = census.ours.log;
  const oldLogRange = oldLog ? context.workbook.worksheets.getItem(oldLog.id).getUsedRangeOrNullObject().load("values,rowIndex") : undefined;
  const ourSheets = new Map<string, SheetInfo>();
  for (const info of [...Object.values(census.ours), ...Object.values(census.released)]) if (info) ourSheets.set(info.name.toLowerCase(), info);
  const tableLoads = inspection.tables
    .filter((t) => ourSheets.has(t.sheet.toLowerCase()))
    .map((t) => {
      const table = context.workbook.tables.getItem(t.name);
      return { name: t.name, sheet: t.sheet, range: table.getRange().load("address"), header: table.getHeaderRowRange().load("values") };
    });
  const chartLoads = SHEET_ROLES.flatMap((role) => {
    const info = census.ours[role];
    return info ? [{ role, charts: context.workbook.worksheets.getItem(info.id).charts.load("items/name") }] : [];
  });
  const usedLoads = marker.version === 1
    ? SHEET_ROLES.flatMap((role) => {
        const info = census.ours[role];
        return info ? [{ role, used: context.workbook.worksheets.getItem(info.id).getUsedRangeOrNullObject().load("address") }] : [];
      })
    : [];
  apply(early[1]);
  await sync();

  const found: FoundTable[] = tableLoads.map((t) => ({ name: t.name, sheet: t.sheet, at: rectOf(t.range.address), headers: t.header.values[0] ?? [] }));
  const oldExtents: Partial<Record<SheetRole, Rect[]>> = {};
  for (const role of SHEET_ROLES) {
    if (!census.ours[role]) continue;
    oldExtents[role] = (marker.extents[role] ?? []).flatMap((a) => rectOf(a) ?? []);
  }
  for (const u of usedLoads) oldExtents[u.role] = u.used.isNullObject ? [] : [rectOf(u.used.address)].flatMap((r) => r ?? []);
  const oldCharts: Partial<Record<SheetRole, string[]>> = {};
  for (const c of chartLoads) oldCharts[c.role] = c.charts.items.map((ch) => ch.name).filter((n) => n.startsWith("KS "));
  const ownedTables = ownedTablesOf(found, marker);
  const previousLog = oldLogRange && !oldLogRange.isNullObject ? oldLogRows(oldLogRange.values, oldLogRange.rowIndex) : [];

  // Sync 3: the old comments (Key and Comment columns of the old KPI table, the old Kept notes), the
  // cells users typed where this refresh writes for the first time, the lock; the log, more writes.
  suspend();
  const log = evaluationLog(build("log"), previousLog, 0);
  const notesRead = queueNotesRead(context, ownedTables.get("kpis"), ownedTables.get("kept"));
  const keptUpperBound = notesRead.upperBound;
  const contentOf = (kept: number): Record<SheetRole, Rect[]> => ({
    scorecard: mergeRects([...scorecard.ops.extents(), ...commentExtent(input), ...keptExtent(scorecard.keptAt, kept)]),
    strategyMatch: match.extents(),
    smartReview: smart.extents(),
    log: log.extents(),
  });
  const checked: Partial<Record<SheetRole, Rect[]>> = {};
  const userLoads = queueUserCells(context, census.ours, oldExtents, contentOf(keptUpperBound + KEPT_MARGIN), checked);
  const lockNow = context.workbook.settings.getItemOrNullObject(LOCK_KEY).load("value");
  const rest = packBatches([...early.slice(2).flat(), ...log.ops], 2);
  apply(rest[0]);
  await sync();
  if (lockNow.isNullObject || parseLock(lockNow.value)?.token !== state.token) throw lostLockError(lockNow.isNullObject ? undefined : parseLock(lockNow.value));

  const oldNotes = notesRead.read();
  const plan = planComments(scorecard.keys, oldNotes, input.timestamp);
  const userCells = await moreUserCells(
    readUserCells(userLoads, census.ours, input.timestamp),
    (cells) => contentOf(plan.kept.length + cells.length),
    context,
    census.ours,
    oldExtents,
    checked,
    sync,
    input.timestamp,
  );
  const kept: KeptNote[] = [...plan.kept, ...userCells];
  const notes = scorecardNotes(build("scorecard"), { ...plan, kept }, scorecard.keptAt, 0);
  const content = contentOf(kept.length);

  // Syncs 4…: the remaining staging writes, then everything in place in the last one.
  await runMiddle(rest.slice(1, -1), suspend, apply, sync);
  suspend();
  apply(rest.length > 1 ? rest[rest.length - 1] : undefined);
  apply(notes.ops);
  const names = finalNames(inspection, input.language, input.scope);
  const final = names.final;
  const renamed = names.renamed.filter((r) => SHEET_ROLES.some((role) => !census.ours[role] && final[role] === r.used));
  const ops: Record<SheetRole, SheetOps[]> = { scorecard: [scorecard.ops, notes], strategyMatch: [match], smartReview: [smart], log: [log] };
  const finish = planFinish({ inspection, ownedTables, found, oldExtents, oldCharts, content, ops, features, ids, final, ...(input.scope ? { scope: input.scope } : {}) });
  queueFinish(context, finish, features, ids);
  const markerOut: Marker = {
    version: 2,
    sheets: finish.sheetIds,
    names: finish.sheetNames,
    extents: Object.fromEntries(SHEET_ROLES.map((r) => [r, content[r].map(rectA1)])),
    tables: finish.tables,
    tableAt: finish.tableAt,
    definedNames: finish.names.ours,
  };
  context.workbook.settings.add(markerKey(input.scope), markerOut);
  context.workbook.settings.getItem(LOCK_KEY).delete();
  context.workbook.settings.getItem(state.stagingKey).delete();
  await sync();

  const out: Bilingual[] = [...features.notes, ...finish.notes];
  if (plan.moved > 0 || userCells.length > 0) out.push(keptNote(plan.moved, userCells));
  if (plan.restored > 0) out.push({ en: `${plan.restored} kept comment(s) went back to their KPI, which is in the table again.`, zh: `${plan.restored} 条保留的备注已回到重新出现的指标。` });
  const used = state.syncs;
  if (used > WRITE_BATCHES) {
    out.push({ en: `The table was large: the write took ${used} syncs instead of ${WRITE_BATCHES}.`, zh: `表格较大：写入用了 ${used} 次同步（通常为 ${WRITE_BATCHES} 次）。` });
  }
  return { sheets: finish.sheetNames, renamed, syncs: state.syncs, notes: out };
}

/** The Comment column of the KPI table (written after the old comments are read). */
function commentExtent(input: WriteInput): Rect[] {
  return [{ row: ROW.firstKpi, column: COL.comment, rows: Math.max(1, input.evaluation.kpis.length), columns: 1 }];
}

/** The Kept notes block: heading, header, one row per note (nothing when there is none). */
function keptExtent(at: { row: number; column: number }, count: number): Rect[] {
  return count > 0 ? [{ row: at.row, column: at.column, rows: count + 2, columns: 4 }] : [];
}

/** Which tables on our sheets are ours, by key, with where they are now. */
function ownedTablesOf(found: readonly FoundTable[], marker: Marker): Map<TableKey, FoundTable> {
  const out = new Map<TableKey, FoundTable>();
  for (const key of Object.keys(TABLE_NAMES) as TableKey[]) {
    const name = marker.version === 2 ? marker.tables[key] : undefined;
    if (name === undefined) continue;
    const table = found.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (table) out.set(key, table);
  }
  return out;
}

/** Queues the reads of the old KPI table's Key and Comment columns and the old Kept notes block. */
function queueNotesRead(context: Excel.RequestContext, kpis: FoundTable | undefined, kept: FoundTable | undefined): { upperBound: number; read: () => OldNotes } {
  const column = (t: FoundTable, header: string) => t.headers.findIndex((h) => typeof h === "string" && h.toLowerCase() === header.toLowerCase());
  const keyAt = kpis ? column(kpis, "Key") : -1;
  const commentAt = kpis ? column(kpis, "Comment") : -1;
  const body = (t: FoundTable) => context.workbook.tables.getItem(t.name).getDataBodyRange();
  const keyRange = kpis && keyAt >= 0 && commentAt >= 0 ? body(kpis).getColumn(keyAt).load("values") : undefined;
  const commentRange = kpis && keyAt >= 0 && commentAt >= 0 ? body(kpis).getColumn(commentAt).load("values,formulas") : undefined;
  const keptRange = kept && kept.at && kept.at.columns >= 4 ? body(kept).load("values,formulas") : undefined;
  const oldRows = (kpis?.at?.rows ?? 1) - 1 + Math.max(0, (kept?.at?.rows ?? 1) - 1);
  return {
    upperBound: oldRows,
    read: () => {
      if (!keyRange && !keptRange) return NO_OLD_NOTES;
      return readOldNotes(
        keyRange?.values ?? [],
        { values: commentRange?.values ?? [], formulas: commentRange?.formulas ?? [] },
        { values: keptRange?.values ?? [], formulas: keptRange?.formulas ?? [] },
      );
    },
  };
}

type UserLoad = { readonly role: SheetRole; readonly range: Excel.Range };

/**
 * Queues the reads of the cells this refresh writes for the first time (not written by the last
 * refresh, not checked yet) on our existing sheets: only their used part is loaded.
 */
function queueUserCells(
  context: Excel.RequestContext,
  ours: Partial<Record<SheetRole, SheetInfo>>,
  oldExtents: Partial<Record<SheetRole, Rect[]>>,
  content: Record<SheetRole, Rect[]>,
  checked: Partial<Record<SheetRole, Rect[]>>,
): UserLoad[] {
  const loads: UserLoad[] = [];
  for (const role of SHEET_ROLES) {
    const info = ours[role];
    if (!info) continue;
    const fresh = subtractRects(content[role], [...(oldExtents[role] ?? []), ...(checked[role] ?? [])]);
    checked[role] = [...(checked[role] ?? []), ...fresh];
    const ws = context.workbook.worksheets.getItem(info.id);
    for (const rect of fresh) loads.push({ role, range: ws.getRange(rectA1(rect)).getUsedRangeOrNullObject(true).load("address,values,formulas") });
  }
  return loads;
}

/** The user cells found, as Kept notes (address, content). */
function readUserCells(loads: readonly UserLoad[], ours: Partial<Record<SheetRole, SheetInfo>>, since: string): KeptNote[] {
  const notes: KeptNote[] = [];
  for (const { role, range } of loads) {
    if (range.isNullObject) continue;
    const origin = rectOf(range.address);
    if (!origin) continue;
    range.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const cell = userCell(value, range.formulas[i]?.[j]);
        if (cell === undefined) return;
        notes.push({ kind: "cell", what: `${ours[role]?.name ?? role}!${cellA1(origin.row + i, origin.column + j)}`, text: cell, since });
      }),
    );
  }
  return notes;
}

/**
 * While the Kept notes block, grown by the user cells found, reaches cells not checked yet: check
 * those too (one more sync each time; rare: only when users typed many cells where we now write).
 */
async function moreUserCells(
  foundSoFar: KeptNote[],
  contentFor: (cells: readonly KeptNote[]) => Record<SheetRole, Rect[]>,
  context: Excel.RequestContext,
  ours: Partial<Record<SheetRole, SheetInfo>>,
  oldExtents: Partial<Record<SheetRole, Rect[]>>,
  checked: Partial<Record<SheetRole, Rect[]>>,
  sync: () => Promise<void>,
  since: string,
): Promise<KeptNote[]> {
  const loads = queueUserCells(context, ours, oldExtents, contentFor(foundSoFar), checked);
  if (loads.length === 0) return foundSoFar;
  await sync();
  const more = readUserCells(loads, ours, since);
  if (more.length === 0) return foundSoFar;
  return moreUserCells([...foundSoFar, ...more], contentFor, context, ours, oldExtents, checked, sync, since);
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

/** What the last sync does, sheet by sheet, and what the marker records after it. */
interface Finish {
  readonly sheets: readonly {
    readonly role: SheetRole;
    /** The managed sheet written in place, or undefined when the staging sheet becomes the managed sheet. */
    readonly targetId: string | undefined;
    readonly plan: SheetPlan;
    readonly oldCharts: readonly string[];
    readonly ops: readonly SheetOps[];
  }[];
  /** Tables of released sheets, renamed so the contract names are free: old → new. */
  readonly archive: readonly { readonly from: string; readonly to: string }[];
  readonly sheetIds: Record<SheetRole, string>;
  readonly sheetNames: Record<SheetRole, string>;
  readonly tables: Partial<Record<TableKey, string>>;
  readonly tableAt: Partial<Record<TableKey, string>>;
  readonly names: ReturnType<typeof planNames>;
  readonly notes: Bilingual[];
}

function planFinish(a: {
  scope?: WriteScope;
  inspection: Inspection;
  ownedTables: Map<TableKey, FoundTable>;
  found: readonly FoundTable[];
  oldExtents: Partial<Record<SheetRole, Rect[]>>;
  oldCharts: Partial<Record<SheetRole, string[]>>;
  content: Record<SheetRole, Rect[]>;
  ops: Record<SheetRole, SheetOps[]>;
  features: Features;
  ids: Record<SheetRole, string>;
  final: SheetNames;
}): Finish {
  const { inspection, ownedTables, found, features } = a;
  const { census } = inspection;
  const notes: Bilingual[] = [];
  const owned = new Set([...ownedTables.values()].map((t) => t.name.toLowerCase()));
  const legacy = new Set(Object.values(LEGACY_TABLE_NAMES).map((n) => n.toLowerCase()));

  // Tables of sheets the user renamed (released) get an archive name, freeing the contract names.
  const archive: { from: string; to: string }[] = [];
  const taken = new Set([...inspection.tables.map((t) => t.name.toLowerCase()), ...inspection.names.map((n) => n.name.toLowerCase())]);
  for (const [key, table] of ownedTables) {
    const releasedSheet = SHEET_ROLES.map((r) => census.released[r]).find((s) => s?.name.toLowerCase() === table.sheet.toLowerCase());
    if (!releasedSheet) continue;
    let to = `${scopedName(TABLE_NAMES[key], a.scope)}_Archive`;
    for (let n = 2; taken.has(to.toLowerCase()); n++) to = `${scopedName(TABLE_NAMES[key], a.scope)}_Archive${n}`;
    taken.add(to.toLowerCase());
    taken.delete(table.name.toLowerCase());
    archive.push({ from: table.name, to });
  }

  const sheetIds = {} as Record<SheetRole, string>;
  const sheetNames = {} as Record<SheetRole, string>;
  const tables: Partial<Record<TableKey, string>> = {};
  const tableAt: Partial<Record<TableKey, string>> = {};
  const sheets: Finish["sheets"][number][] = [];
  const recreated: string[] = [];
  for (const role of SHEET_ROLES) {
    const target = census.ours[role];
    const onSheet = target ? found.filter((t) => t.sheet.toLowerCase() === target.name.toLowerCase()) : [];
    const oldTables: OldTable[] = onSheet
      .filter((t) => owned.has(t.name.toLowerCase()) || legacy.has(t.name.toLowerCase()))
      .flatMap((t) => (t.at ? [{ key: keyOfOwned(ownedTables, t.name), name: t.name, at: t.at }] : []));
    const others = onSheet.filter((t) => !owned.has(t.name.toLowerCase()) && !legacy.has(t.name.toLowerCase())).flatMap((t) => (t.at ? [{ name: t.name, at: t.at }] : []));
    for (const t of oldTables) if (t.key === undefined) taken.delete(t.name.toLowerCase());
    const specs = a.ops[role].flatMap((o) => o.tables);
    const newTables: NewTable[] = specs.map((spec) => {
      const mine = oldTables.find((t) => t.key === spec.key);
      if (mine) return { ...spec, name: mine.name };
      const name = freeTableName(spec.key, taken, a.scope);
      taken.add(name.toLowerCase());
      const wanted = scopedName(TABLE_NAMES[spec.key], a.scope);
      if (name !== wanted) notes.push(tableNameNote(wanted, name));
      return { ...spec, name };
    });
    const plan = planSheet(a.oldExtents[role] ?? [], a.content[role], oldTables, newTables, features.has("tableResize"));
    for (const t of plan.convert) taken.delete(t.toLowerCase());
    recreated.push(...plan.recreated);
    const blocking = tablesInTheWay(plan, others);
    if (blocking.length > 0) throw inTheWayError(target?.name ?? a.final[role], blocking);
    sheets.push({ role, targetId: target?.id, plan, oldCharts: a.oldCharts[role] ?? [], ops: a.ops[role] });
    sheetIds[role] = target?.id ?? a.ids[role];
    sheetNames[role] = target?.name ?? a.final[role];
    Object.assign(tables, tableNamesAfter(plan, oldTables, newTables));
    for (const t of newTables) tableAt[t.key] = rectA1(t.at);
  }
  if (recreated.length > 0) notes.push(recreatedNote(recreated));
  const definedNames = new Set(inspection.names.map((n) => n.name.toLowerCase()));
  const names = planNames(inspection.names, inspection.marker.definedNames, sheetNames, [...taken].filter((t) => !definedNames.has(t)), a.scope);
  const foreign = foreignNamesNote(names.foreign);
  if (foreign) notes.push(foreign);
  for (const role of SHEET_ROLES) {
    const released = census.released[role];
    if (released) notes.push(releasedNote(released.name, sheetNames[role]));
  }
  return { sheets, archive, sheetIds, sheetNames, tables, tableAt, names, notes };
}

function keyOfOwned(owned: Map<TableKey, FoundTable>, name: string): TableKey | undefined {
  for (const [key, t] of owned) if (t.name.toLowerCase() === name.toLowerCase()) return key;
  return undefined;
}

/** Queues the last sync's in-place work (no sync). */
function queueFinish(context: Excel.RequestContext, finish: Finish, features: Features, ids: Record<SheetRole, string>): void {
  const sheets = context.workbook.worksheets;
  for (const { from, to } of finish.archive) context.workbook.tables.getItem(from).name = to;
  for (const s of finish.sheets) {
    const charts = s.ops.flatMap((o) => o.charts);
    const finishOps = s.ops.flatMap((o) => o.finish);
    if (s.targetId !== undefined) {
      queueInPlace(context, sheets.getItem(s.targetId), { plan: s.plan, stagingId: ids[s.role], oldCharts: s.oldCharts, charts, finish: finishOps }, features);
    } else {
      const ws = sheets.getItem(ids[s.role]);
      ws.visibility = "Visible";
      ws.name = finish.sheetNames[s.role];
      queueInPlace(context, ws, { plan: s.plan, stagingId: undefined, oldCharts: [], charts, finish: finishOps }, features);
    }
  }
  for (const s of finish.sheets) if (s.targetId !== undefined) sheets.getItem(ids[s.role]).delete();
  queueNames(context, finish.names, finish.sheetIds);
  sheets.getItem(finish.sheetIds.scorecard).activate();
}

/** Removes this run's staging sheets, record and lock after a failure; best effort. */
async function cleanup(context: Excel.RequestContext, state: RunState): Promise<void> {
  try {
    const keys = SHEET_ROLES.map((role) => state.ids[role] ?? state.staging[role]);
    const found = keys.map((k) => context.workbook.worksheets.getItemOrNullObject(k));
    const record = context.workbook.settings.getItemOrNullObject(state.stagingKey);
    const lock = context.workbook.settings.getItemOrNullObject(LOCK_KEY).load("value");
    await context.sync();
    for (const ws of found) if (!ws.isNullObject) ws.delete();
    if (!record.isNullObject) record.delete();
    if (!lock.isNullObject && parseLock(lock.value)?.token === state.token) lock.delete();
    await context.sync();
  } catch {
    // Cleanup could not run (e.g. still in cell-edit mode): the staging record left in the settings
    // lets the next refresh remove the leftover hidden sheets, and the lock expires. The user sees
    // the original error.
  }
}

function keptNote(moved: number, cells: readonly KeptNote[]): Bilingual {
  const list = cells.slice(0, 5).map((c) => c.what).join(", ") + (cells.length > 5 ? " …" : "");
  const parts: Bilingual[] = [];
  if (moved > 0) parts.push({ en: `${moved} comment(s) of KPIs no longer in the table`, zh: `${moved} 条已不在表中的指标的备注` });
  if (cells.length > 0) parts.push({ en: `${cells.length} cell(s) you typed where the scorecard now writes (${list})`, zh: `${cells.length} 个您在计分卡现在写入位置输入的单元格（${list}）` });
  return {
    en: `Moved to the Kept notes block on the Scorecard, so nothing is lost: ${parts.map((p) => p.en).join("; ")}.`,
    zh: `已移到计分卡上的“保留的备注”区块，内容不会丢失：${parts.map((p) => p.zh).join("；")}。`,
  };
}

function releasedNote(kept: string, fresh: string): Bilingual {
  return {
    en: `The sheet "${kept}" was renamed, so it is now yours: it was kept as it is (its tables got an _Archive name) and a new "${fresh}" was made.`,
    zh: `工作表“${kept}”已被重命名，因此现归您所有：已原样保留（其中的表格改名为 _Archive），并新建了“${fresh}”。`,
  };
}

function recreatedNote(tables: readonly string[]): Bilingual {
  const list = tables.join(", ");
  return {
    en: `The table(s) ${list} changed size and were re-created, not resized (this Excel does not support ExcelApi 1.13): Excel turned formulas that named them into cell addresses.`,
    zh: `表格 ${list} 大小发生变化，已重新创建而非调整大小（此 Excel 不支持 ExcelApi 1.13）：Excel 已将引用这些表格的公式改为单元格地址。`,
  };
}

function tableNameNote(wanted: string, used: string): Bilingual {
  return {
    en: `A table or name "${wanted}" that is not the add-in's already exists, so the scorecard's table is "${used}".`,
    zh: `工作簿中已有不属于加载项的表格或名称“${wanted}”，因此计分卡的表格名为“${used}”。`,
  };
}

function inTheWayError(sheet: string, tables: readonly string[]): WorkbookError {
  return new WorkbookError("LAYOUT_CONFLICT", {
    en: `The table ${tables.join(", ")} on "${sheet}" is where the scorecard writes its tables. Move it to another sheet, then refresh again. Nothing was changed.`,
    zh: `“${sheet}”上的表格 ${tables.join("、")} 位于计分卡写入表格的位置。请将其移到其他工作表，然后再次刷新。工作簿未做任何更改。`,
  });
}
