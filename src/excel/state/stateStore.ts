/**
 * The pane's state, kept in the document so that it travels with a shared workbook: one JSON text
 * under one key of `workbook.settings` (Excel.SettingCollection, ExcelApi 1.4; settings are per
 * document and per add-in: https://learn.microsoft.com/javascript/api/excel/excel.settingcollection).
 */
import { workbookError } from "../errors";
import type { StoredState } from "../port";
import { jsonBytes } from "../write/chunks";
import { sanitizeState } from "./sanitizeState";

/** The settings key. */
export const STATE_KEY = "kpiScorecard.state";
/**
 * Largest state we store. Microsoft documents no byte limit for Excel.SettingCollection; settings
 * travel inside the file and every co-author's session, so we keep them small on purpose (typed
 * objectives and settings are a few KB).
 */
export const MAX_STATE_BYTES = 256 * 1024;

/**
 * Reads the stored state (one sync).
 * @param context the request context of the current `Excel.run`
 * @returns the state, `{}` when none was saved or it cannot be read
 */
export async function readState(context: Excel.RequestContext): Promise<StoredState> {
  const item = context.workbook.settings.getItemOrNullObject(STATE_KEY).load("value");
  await context.sync();
  if (item.isNullObject) return {};
  const raw: unknown = item.value;
  if (typeof raw !== "string") return sanitizeState(raw);
  try {
    return sanitizeState(JSON.parse(raw));
  } catch {
    return {};
  }
}

/**
 * Saves the state (one sync), replacing what was there.
 * @param context the request context of the current `Excel.run`
 * @param state what to keep; fields of the wrong shape are dropped
 * @returns nothing; throws WorkbookError REQUEST_TOO_LARGE above MAX_STATE_BYTES
 */
export async function saveState(context: Excel.RequestContext, state: StoredState): Promise<void> {
  const text = JSON.stringify(sanitizeState(state));
  if (jsonBytes(text) > MAX_STATE_BYTES) throw workbookError("REQUEST_TOO_LARGE");
  context.workbook.settings.add(STATE_KEY, text);
  await context.sync();
}
