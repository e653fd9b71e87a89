/**
 * The workbook port over `Excel.run` (src/excel/port.ts): the real Office.js one in the add-in, the
 * in-memory host's in tests and the demo. One `Excel.run` per user action; every failure reaches the
 * caller as a WorkbookError with en/zh text (errors.ts), never swallowed.
 */
import type { Lang } from "../engine";
import { toWorkbookError } from "./errors";
import type { WorkbookPort } from "./port";
import type { IsSetSupported } from "./read/apiSets";
import { activeCell, insertFormula, selectCell } from "./read/cellActions";
import { detectTables } from "./read/detectTables";
import { evaluateCompany } from "./read/evaluateCompany";
import { evaluateWorkbook } from "./read/evaluateWorkbook";
import { readSelection } from "./read/readSelection";
import { createSourceWatch } from "./read/watchSource";
import { insertSample } from "./sample/insertSample";
import { convertToTable } from "./write/convertToTable";
import { readState, saveState } from "./state/stateStore";

/** What the port needs from its host: `Excel.run`, the requirement-set check, the display language. */
export interface ExcelPortEnv {
  /** `Excel.run` (or the in-memory host's `run`). */
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported: IsSetSupported;
  /** `Office.context.displayLanguage`, e.g. "zh-CN". */
  readonly displayLanguage: () => string;
  /** The clock for the refresh time shown on the sheets (default: now). */
  readonly now?: () => Date;
  /** The user's name for the Evaluation Log, where known. */
  readonly user?: () => string | undefined;
}

/**
 * Office's display language mapped to ours: zh, zh-CN, zh-TW … → "zh"; anything else → "en".
 * @param tag a BCP-47 language tag
 * @returns "zh" or "en"
 * @example languageOf("zh-CN") // "zh"
 */
export function languageOf(tag: unknown): Lang {
  return typeof tag === "string" && /^zh(\b|[-_])/iu.test(tag.trim()) ? "zh" : "en";
}

/**
 * Creates the workbook port.
 * @param env `Excel.run`, `isSetSupported`, display language, and optionally a clock and the user
 * @returns the port
 * @example const port = createExcelPort({ run: Excel.run, isSetSupported: (s, v) => Office.context.requirements.isSetSupported(s, v), displayLanguage: () => Office.context.displayLanguage });
 */
export function createExcelPort(env: ExcelPortEnv): WorkbookPort {
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await env.run(batch);
    } catch (error) {
      throw toWorkbookError(error);
    }
  };
  const now = env.now ?? (() => new Date());
  const watch = createSourceWatch(run, env.isSetSupported);
  return {
    language: () => Promise.resolve(languageOf(env.displayLanguage())),
    detect: () => run((context) => detectTables(context, env.isSetSupported)),
    fromSelection: () => run((context) => readSelection(context, env.isSetSupported)),
    readState: () => run((context) => readState(context)),
    saveState: (state) => run((context) => saveState(context, state)),
    evaluate: (request, onProgress) =>
      run((context) => evaluateWorkbook(context, request, { isSetSupported: env.isSetSupported, now, ...(env.user ? { user: env.user } : {}) }, onProgress)),
    evaluateCompany: (request) =>
      run((context) => evaluateCompany(context, request, { isSetSupported: env.isSetSupported, now, ...(env.user ? { user: env.user } : {}) })),
    watch,
    convertToTable: (table) => run((context) => convertToTable(context, table, env.isSetSupported)),
    insertSample: (language) => run((context) => insertSample(context, language)),
    select: (target) => run((context) => selectCell(context, target)),
    activeCell: () => run((context) => activeCell(context)),
    insertFormula: (formula) => run((context) => insertFormula(context, formula)),
  };
}
