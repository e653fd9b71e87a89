/**
 * The KPI model shared by every engine module (DOMAIN §1). Plain data only: everything here can be
 * serialised to JSON and compared in tests.
 */

/** A cell exactly as Excel hands it over: numbers, text, booleans, blanks (`null`/`""`), error text (`"#N/A"`). */
export type CellValue = number | string | boolean | null | undefined;

/** The two languages the product speaks. */
export type Lang = "en" | "zh";

/** A message in both languages; the UI picks one by Excel's display language. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

export type Severity = "error" | "warning" | "info";

/**
 * A data problem, reported as a value (never thrown). `code` is stable (tests and the UI key on it);
 * `row`/`column` are 0-based positions in the block of cells that was read, when the issue is about a cell.
 */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly row?: number;
  readonly column?: number;
  /** Index into `KpiTable.kpis` when the issue concerns one KPI. */
  readonly kpi?: number;
}

/** Which way is good (DOMAIN §1 "Direction"). `band` needs a low and high bound. */
export type Direction = "higher" | "lower" | "target" | "band";

/** Balanced Scorecard perspectives (DOMAIN §1). */
export type Perspective = "financial" | "customer" | "process" | "learning";

/** Reporting cadence of a KPI or its history columns. */
export type Cadence = "daily" | "weekly" | "monthly" | "quarterly" | "half-yearly" | "yearly";

/** The column roles a KPI table may have (DOMAIN §1). `history` is a list of period columns. */
export type ColumnRole =
  | "name"
  | "description"
  | "perspective"
  | "objective"
  | "owner"
  | "department"
  | "unit"
  | "baseline"
  | "target"
  | "actual"
  | "weight"
  | "direction"
  | "deadline"
  | "frequency"
  | "green"
  | "amber";

/**
 * Every role a header can name: the sixteen {@link ColumnRole}s plus `parent` (DOMAIN §2 "Cascades":
 * the KPI this one rolls up into). Kept apart from `ColumnRole` so that tables keyed by every
 * `ColumnRole` (the task pane's role list) stay complete.
 */
export type HeaderRole = ColumnRole | "parent";

/** A parsed deadline or period end (DOMAIN §1 "Deadlines"). */
export interface Deadline {
  /** Excel serial date (1900 system) of the last day of the period named. */
  readonly serial: number;
  /** The same day as `YYYY-MM-DD`. */
  readonly iso: string;
  /** What the text named: an exact date, or the end of a month / quarter / half / (fiscal) year, or a recurring cadence. */
  readonly kind: "date" | "month" | "quarter" | "half" | "year" | "fiscal-year" | "cadence";
  /** For `kind: "cadence"`: the recurring period (`monthly`, `每月` …); `serial` is then the end of the current period. */
  readonly cadence?: Cadence;
}

/** One history period column, oldest first (DOMAIN §1 "history"). */
export interface HistoryPoint {
  /** Header label as written (`Jan`, `2026-01`, `Q1`, `1月` …). */
  readonly label: string;
  /** Parsed value, or `null` for a blank or unreadable cell (which is reported in issues). */
  readonly value: number | null;
}

/**
 * One per-period target (DOMAIN §5 "Per-period targets"): the value the KPI should reach in a period
 * (`Target Jan`, `1月目标`, `Q1 target` …), on the same percent scale as the row's other numbers.
 */
export interface PeriodTarget {
  /** The period: the history column's label when the history has the period, else the period as the header names it (`Q1`, `2026-01`). */
  readonly label: string;
  /** Parsed value, or `null` for a blank or unreadable cell, or a history period with no target column. */
  readonly value: number | null;
}

/** A per-period target column (DOMAIN §5), as `ColumnMap.periodTargets` lists them. */
export interface PeriodTargetColumn {
  /** 0-based column of the target cells. */
  readonly column: number;
  /** The period the header names, as written without its target word (`Jan`, `2026-01`, `Q1`, `1月`, `一季度`). */
  readonly label: string;
  /**
   * Position in `Kpi.periodTargets`: the index of the same period in `history` when the history has it,
   * else a position after the history (target periods without a history column, oldest first).
   */
  readonly index: number;
}

/** One KPI row as read from the table, with parsed values. Missing inputs are `undefined`. */
export interface Kpi {
  /** 0-based row index in the block of cells that was read (so the UI can jump to the cell). */
  readonly row: number;
  readonly name: string;
  readonly description?: string;
  readonly perspective?: Perspective;
  /** The perspective text as written, when it did not map to one of the four. */
  readonly perspectiveText?: string;
  readonly objective?: string;
  readonly owner?: string;
  readonly department?: string;
  readonly unit?: string;
  readonly baseline?: number;
  readonly target?: number;
  /** The target cell as written when it holds words ("4:1", "Top 5", "double", "high"); SMART judges it. */
  readonly targetText?: string;
  /** Lower and upper bound when the target cell gives a band such as `90–110` or `95%-98%`. */
  readonly band?: readonly [number, number];
  readonly actual?: number;
  readonly weight?: number;
  readonly direction?: Direction;
  /** How `direction` was decided: read from its column, inferred from the name, or assumed `higher`. */
  readonly directionSource?: "column" | "inferred" | "assumed";
  readonly deadline?: Deadline;
  /** The deadline text as written, kept when it did not parse (e.g. `ASAP`). */
  readonly deadlineText?: string;
  readonly frequency?: Cadence;
  /** Per-row status thresholds (score at or above `green` is On track, at or above `amber` At risk). */
  readonly green?: number;
  readonly amber?: number;
  readonly history: readonly HistoryPoint[];
  /**
   * The Parent cell as written (DOMAIN §2 "Cascades"): the name of the KPI this one rolls up into.
   * `evaluate` resolves it to a KPI of the table.
   */
  readonly parent?: string;
  /**
   * Per-period targets (DOMAIN §5), present when the table has target columns per period. Entry `i`
   * is the target of `history[i]` for every `i < history.length` (`null` where that period has no
   * target); target periods without a history column follow, oldest first.
   */
  readonly periodTargets?: readonly PeriodTarget[];
  /** Whether numbers in this row were percentages (so the sheets can format them as %). */
  readonly isPercent?: boolean;
  /** Unrecognised columns, by header text, kept as written. */
  readonly extra: Readonly<Record<string, CellValue>>;
}

/**
 * Column index per recognised role (0-based), plus the period columns oldest first, and the per-period
 * target columns when there are any (DOMAIN §5; in `Kpi.periodTargets` order).
 */
export type ColumnMap = Partial<Record<HeaderRole, number>> & {
  readonly history: readonly number[];
  readonly periodTargets?: readonly PeriodTargetColumn[];
};

/** What `readKpiTable` returns (DOMAIN §1). */
export interface KpiTable {
  /** 0-based index of the header row found, or -1 when no header row was recognised. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
  /** Cadence of the history columns when their headers show it (months → monthly, Q1… → quarterly). */
  readonly historyCadence?: Cadence;
  readonly kpis: readonly Kpi[];
  readonly issues: readonly Issue[];
}

/** A strategic objective (DOMAIN §4). */
export interface Objective {
  readonly name: string;
  /** Priority weight vⱼ (relative; 1 when not given). */
  readonly weight: number;
  readonly perspective?: Perspective;
  readonly description?: string;
  /** 0-based source row when read from a table. */
  readonly row?: number;
}
