/**
 * What `writeEvaluation` needs and what it reports back (issue 6 §3, DOMAIN §6).
 */
import type { Bilingual, CellValue, ColumnRole, Evaluation, Lang } from "../../engine";
import type { WriteScope } from "./scope";

/** Source roles whose cells the live Scorecard links to (DOMAIN §2 inputs). */
export type LinkedRole = "actual" | "target" | "baseline" | "weight";

/** Where the KPI table the evaluation was computed from lives, in absolute 0-based sheet coordinates. */
export interface WriteSource {
  /** Worksheet name of the KPI table. */
  readonly sheet: string;
  /** Table name (or range address / name) and full address, for the log and the titles. */
  readonly tableName: string;
  readonly address: string;
  /** The Excel table's name when the KPI table is one: checked before writing (deleted meanwhile → TABLE_NOT_FOUND). */
  readonly table?: string;
  /** Absolute 0-based sheet row of each KPI, indexed like `Evaluation.kpis`. */
  readonly rows: readonly number[];
  /** Absolute 0-based sheet column of each recognised role; `history` oldest first. */
  readonly columns: Partial<Record<ColumnRole, number>> & { readonly history?: readonly number[] };
  /** History period labels (oldest first), as the headers were written. */
  readonly historyLabels?: readonly string[];
  /** Header text of each role's column (structured references into a source table). */
  readonly headers?: Partial<Record<ColumnRole, string>>;
  /** Absolute 0-based row of the source's header row. */
  readonly headerRow?: number;
  /**
   * The name cell of each KPI exactly as written (what MATCH looks for), indexed like `Evaluation.kpis`;
   * undefined where the cell is not text (a number or a date cannot be found by its displayed name).
   */
  readonly names?: readonly (string | undefined)[];
  /**
   * The raw cells of the linked roles per KPI, as Excel gave them. With them the writer links a
   * cell only when it holds the number the engine used (or is blank); a cell whose text the engine
   * parsed (`¥3.5万`, `"12.5%"`) is written as the parsed constant instead. Without them every
   * mapped cell is linked.
   */
  readonly cells?: readonly Partial<Record<LinkedRole, CellValue>>[];
}

/** Input of `writeEvaluation`. */
export interface WriteInput {
  readonly evaluation: Evaluation;
  /** Language of sheet names, headings and messages. Status codes stay English (DOMAIN §2). */
  readonly language: Lang;
  readonly source: WriteSource;
  /** When the refresh ran, as shown on the sheets and in the log (e.g. `2027-03-01 09:30`). */
  readonly timestamp: string;
  readonly user?: string;
  /** The clock for the refresh lock's expiry, milliseconds since 1970 (tests set it; default `Date.now()`). */
  readonly nowMs?: number;
  /** `Office.context.requirements.isSetSupported`, injected so tests can switch features off. */
  readonly isSetSupported: (set: string, version: string) => boolean;
  /** A team's own set of managed sheets (scope.ts); absent: the workbook's scorecard (the contract's names). */
  readonly scope?: WriteScope;
}

/** The four managed sheets by role. */
export interface SheetNames {
  readonly scorecard: string;
  readonly strategyMatch: string;
  readonly smartReview: string;
  readonly log: string;
}

/** What `writeEvaluation` did. */
export interface WriteResult {
  /** Names of the managed sheets written. */
  readonly sheets: SheetNames;
  /** Sheets that got another name because a sheet that is not ours had the wanted one. */
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  /** `context.sync()` calls made (4 whatever the table size, unless the payload needs more batches). */
  readonly syncs: number;
  /** Features skipped (unsupported API) and other things the user should know. */
  readonly notes: readonly Bilingual[];
}
