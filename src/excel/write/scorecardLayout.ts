/**
 * Where things are on the Scorecard (0-based rows and columns). The KPI block starts below a fixed
 * header area, so totals stay in place whatever the number of KPIs; side blocks sit to the right
 * of the KPI block, and the charts right under it in the board columns (scorecardCharts.ts), over
 * cells no block uses, so nothing ever covers data.
 */

/**
 * KPI block columns, in order (headings in labels.ts SCORECARD_HEADERS): first what a board reads at
 * a glance (issue 14 §3), then the descriptive and the technical columns.
 */
export const COL = {
  index: 0,
  name: 1,
  /** The status in the sheet's language with a symbol (a live formula over `status`). */
  statusText: 2,
  score: 3,
  actual: 4,
  target: 5,
  /** The actual at which the score reaches the row's green threshold (live: boardFormulas.ts). */
  needed: 6,
  /** Arrow from the actual to the projection (live in the actual). */
  trend: 7,
  /** Typed by managers; kept with its KPI across refreshes (issue 13 §5). */
  comment: 8,
  attainment: 9,
  perspective: 10,
  owner: 11,
  direction: 12,
  unit: 13,
  baseline: 14,
  bandLow: 15,
  bandHigh: 16,
  weight: 17,
  green: 18,
  amber: 19,
  inputs: 20,
  expected: 21,
  behind: 22,
  /** The stable English status code (the contract: `KpiScorecard[Status] = "On track"`). */
  status: 23,
  weightTotal: 24,
  weighted: 25,
  smartScore: 26,
  smartFlags: 27,
  bestObjective: 28,
  strength: 29,
  projection: 30,
  projectedScore: 31,
  signal: 32,
  /** Where the KPI is in its source, found live by name (sourceLinks.ts). */
  sourceRow: 33,
  /** The KPI's identity (name, and its occurrence when the name repeats): what comments follow. */
  key: 34,
  /** The parent KPI's name (issue 13 §6 cascades); blank at the top level. */
  parent: 35,
  /** A parent's lowest-scoring child and its score, from the last refresh (DOMAIN §2 "Cascades"). */
  worstChild: 36,
  worstChildScore: 37,
} as const;

export const KPI_COLUMNS = 38;

/** Columns a board reads first (# … Trend, and the Comment beside them): never grouped away. */
export const BOARD_COLUMNS = COL.comment + 1;

/**
 * Header area rows. The KPI table's header row is fixed (the workbook contract: its headers are fixed
 * English codes; on a Chinese scorecard the caption row above it shows them in Chinese).
 */
export const ROW = {
  title: 0,
  refreshed: 1,
  settings: 2,
  total: 3,
  note: 4,
  caption: 5,
  header: 6,
  firstKpi: 7,
} as const;

/** Settings cells in the settings row (label in the column before each). */
export const SETTINGS_CELLS = { floor: 3, cap: 5, green: 7, amber: 9 } as const;

/**
 * Overall total (value), the "any weight given" flag and the count of KPIs per status, in the total
 * row (fixed cells: the workbook contract names them, definedNames.ts). Each value has its label in
 * the column before it.
 */
export const TOTAL_CELLS = { label: 1, value: 2, weightsLabel: 3, weightsGiven: 4, onTrack: 6, atRisk: 8, offTrack: 10, noData: 12 } as const;

/** Columns the printed page covers: the board columns and the total row's cells (A:M). */
export const PRINT_COLUMNS = Math.max(BOARD_COLUMNS, TOTAL_CELLS.noData + 1);

/** First column of the side blocks (one blank column after the KPI block). */
export const SIDE_COLUMN = KPI_COLUMNS + 1;

/** KPIs shown in the attainment chart (a chart of thousands of bars is unreadable). */
export const CHART_KPIS = 50;

/** KPIs with signals whose history is charted. */
export const HISTORY_KPIS = 10;
