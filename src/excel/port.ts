/**
 * The workbook port: the one interface through which the task pane (and the ribbon commands) reach
 * Excel. `createExcelPort` implements it over `Excel.run` — the real Office.js one in the add-in, the
 * in-memory host's in tests and in the demo; only the composition roots choose which.
 */
import type { Bilingual, ColumnMap, ColumnRole, CompanyRollUp, Evaluation, HeaderRole, Lang, Objective, SettingsInput } from "../engine";

/** Where a table lives: an Excel table (ListObject), a plain range, or a named range. */
export interface TableRef {
  readonly kind: "table" | "range" | "name";
  /** Table or range name; for `range`, the address. */
  readonly name: string;
  readonly sheet: string;
  /** Full address such as `'KPI 2027'!A3:P40`. */
  readonly address: string;
}

/** A table the add-in recognised, with what it recognised. */
export interface DetectedTable {
  readonly ref: TableRef;
  /** Rows that read as KPIs (or objectives, for a strategy table). */
  readonly rowCount: number;
  readonly headers: readonly string[];
  /** 0-based header row inside the table's range. */
  readonly headerRow: number;
  /** Recognised columns (0-based inside the table's range). */
  readonly columns: ColumnMap;
}

export interface Detection {
  /** KPI tables, best first. */
  readonly kpiTables: readonly DetectedTable[];
  /** Strategy (objective) tables, best first. */
  readonly strategyTables: readonly DetectedTable[];
}

/** Column overrides chosen in the pane: role → 0-based column inside the table's range. */
export type ColumnOverrides = Partial<Record<HeaderRole, number>> & { readonly history?: readonly number[] };

/** What the pane keeps in the document so that a colleague opening the file sees the same. */
export interface StoredState {
  readonly kpiTable?: TableRef;
  readonly strategyTable?: TableRef;
  readonly columns?: ColumnOverrides;
  /** Objectives typed in the pane (used when there is no strategy table). */
  readonly objectives?: readonly Objective[];
  /** Settings without the as-of date (which defaults to today when evaluating). */
  readonly settings?: Omit<SettingsInput, "asOf"> & { readonly asOf?: number };
  /** Display language chosen in the pane; absent = follow Office. */
  readonly language?: Lang;
  /** The team tables of the Company roll-up, with their names and weights (issue 13 §6). */
  readonly company?: readonly { readonly table: TableRef; readonly name: string; readonly weight?: number }[];
}

export type ProgressStep = "reading" | "evaluating" | "writing" | "done";

export interface EvaluateRequest {
  readonly kpiTable: TableRef;
  readonly columns?: ColumnOverrides;
  readonly strategy: { readonly table?: TableRef; readonly objectives?: readonly Objective[] };
  readonly settings: SettingsInput;
  /** Language of the sheets written (sheet names, headings). */
  readonly language: Lang;
  /** A team's own managed sheets (`Scorecard · Sales` …: write/scope.ts); absent: the workbook's scorecard. */
  readonly scope?: { readonly key: string; readonly label: string };
}

/** A cell by sheet and 0-based absolute row/column. */
export interface CellTarget {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

export interface EvaluateOutcome {
  readonly evaluation: Evaluation;
  /** Names of the managed sheets written (they may differ from the defaults when a user's sheet had the name). */
  readonly sheets: { readonly scorecard: string; readonly strategyMatch: string; readonly smartReview: string; readonly log: string };
  /** Sheets renamed because a sheet that is not ours had the wanted name. */
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  /** What the writer skipped or did differently (an older Excel without an API, a very large table …). */
  readonly notes: readonly Bilingual[];
  /** Set when the KPI range read differs from the request's (a plain range that grew): store this one. */
  readonly kpiTable?: TableRef;
  /** Where each KPI's source row is: `cellOf(kpi, role)` in the pane is `{ sheet, row: rows[kpi], column: columns[role] }`. */
  readonly source: { readonly sheet: string; readonly rows: readonly number[]; readonly columns: Partial<Record<ColumnRole, number>> };
}

/** Several team KPI tables rolled up into a company score (issue 13 §6). */
export interface CompanyRequest {
  /** Each team: its name on the roll-up, its relative weight (blank: see DOMAIN §2), and its table's request. */
  readonly teams: readonly { readonly name: string; readonly weight?: number; readonly request: EvaluateRequest }[];
  /** Language of the roll-up sheet. */
  readonly language: Lang;
}

export interface CompanyOutcome {
  readonly rollUp: CompanyRollUp;
  /** Each team's evaluation and its own Scorecard's sheets, in the request's order (its table as read: a grown range has its new address). */
  readonly teams: readonly { readonly name: string; readonly table: TableRef; readonly evaluation: Evaluation; readonly sheets: EvaluateOutcome["sheets"] }[];
  /** The roll-up sheet's name. */
  readonly sheet: string;
  readonly notes: readonly Bilingual[];
}

/** Failure codes a user can act on (mapped from OfficeExtension.Error codes and our own checks). */
export type WorkbookErrorCode =
  | "CELL_EDIT_MODE"
  | "SHEET_PROTECTED"
  | "TABLE_NOT_FOUND"
  | "NO_KPI_TABLE"
  | "UNSUPPORTED_API"
  | "REQUEST_TOO_LARGE"
  | "NOT_A_RANGE"
  | "EMPTY_SELECTION"
  | "REFRESH_BUSY"
  | "LAYOUT_CONFLICT"
  | "CANNOT_CONVERT"
  | "UNKNOWN"
  | "INTERNAL";

/** An error the pane shows in a MessageBar: what happened and what to do, in both languages. */
export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly text: Bilingual;
  constructor(code: WorkbookErrorCode, text: Bilingual, options?: { cause?: unknown }) {
    super(text.en, options);
    this.name = "WorkbookError";
    this.code = code;
    this.text = text;
  }
}

/** Everything the task pane and the ribbon do to a workbook. */
export interface WorkbookPort {
  /** Excel's display language, mapped to ours. */
  language(): Promise<Lang>;
  /** Finds KPI and strategy tables: Excel tables first, else the region around the selection, else named ranges. */
  detect(): Promise<Detection>;
  /** Reads the current selection (or the region around a single selected cell) as a KPI table. */
  fromSelection(): Promise<DetectedTable>;
  readState(): Promise<StoredState>;
  saveState(state: StoredState): Promise<void>;
  /** Reads, evaluates and writes the managed sheets in a constant number of syncs. */
  evaluate(request: EvaluateRequest, onProgress?: (step: ProgressStep) => void): Promise<EvaluateOutcome>;
  /**
   * Turns a plain-range KPI table into an Excel table (from its header row down), named `Kpis` (or
   * `Kpis2` …), so that it grows by itself. Refuses merged cells and overlaps, changing nothing.
   */
  convertToTable(table: DetectedTable): Promise<TableRef>;
  /** Evaluates several team tables, writes each team's own Scorecard (`Scorecard · Sales` …) and the Company roll-up sheet. */
  evaluateCompany(request: CompanyRequest): Promise<CompanyOutcome>;
  /**
   * Calls `onChange` when cells of these tables change (or the row just below / column just right of
   * one: where a plain range grows), replacing the previous watch. Resolves false where Excel cannot
   * tell (no ExcelApi 1.7): the pane then shows no stale notice.
   */
  watch(tables: readonly TableRef[], onChange: () => void): Promise<boolean>;
  /** Writes the bilingual sample KPI table, strategy table and 12 months of history into a new sheet. */
  insertSample(language: Lang): Promise<{ readonly kpiTable: TableRef; readonly strategyTable: TableRef }>;
  select(target: CellTarget): Promise<void>;
  /** The active cell. */
  activeCell(): Promise<CellTarget>;
  /** Puts a formula into the active cell and returns where. */
  insertFormula(formula: string): Promise<CellTarget>;
}
