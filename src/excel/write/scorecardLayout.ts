/**
 * Where things are on the Scorecard (0-based rows and columns). The KPI block starts below a fixed
 * header area, so totals stay in place whatever the number of KPIs; side blocks sit to the right
 * of the KPI block and charts to the right of the side blocks, so nothing ever covers data.
 */

/** KPI block columns, in order (headings in labels.ts SCORECARD_HEADERS). */
export const COL = {
  index: 0,
  name: 1,
  perspective: 2,
  owner: 3,
  direction: 4,
  unit: 5,
  baseline: 6,
  target: 7,
  actual: 8,
  bandLow: 9,
  bandHigh: 10,
  weight: 11,
  green: 12,
  amber: 13,
  inputs: 14,
  expected: 15,
  behind: 16,
  attainment: 17,
  score: 18,
  status: 19,
  /** Typed by managers; kept with its KPI across refreshes (issue 13 §5). */
  comment: 20,
  weightTotal: 21,
  weighted: 22,
  smartScore: 23,
  smartFlags: 24,
  bestObjective: 25,
  strength: 26,
  projection: 27,
  projectedScore: 28,
  signal: 29,
  /** Where the KPI is in its source, found live by name (sourceLinks.ts). */
  sourceRow: 30,
  /** The KPI's identity (name, and its occurrence when the name repeats): what comments follow. */
  key: 31,
} as const;

export const KPI_COLUMNS = 32;

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

/** First column of the side blocks (one blank column after the KPI block). */
export const SIDE_COLUMN = KPI_COLUMNS + 1;

/** KPIs shown in the attainment chart (a chart of thousands of bars is unreadable). */
export const CHART_KPIS = 50;

/** KPIs with signals whose history is charted. */
export const HISTORY_KPIS = 10;
