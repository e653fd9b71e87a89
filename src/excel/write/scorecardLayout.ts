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
  weightTotal: 20,
  weighted: 21,
  smartScore: 22,
  smartFlags: 23,
  bestObjective: 24,
  strength: 25,
  projection: 26,
  projectedScore: 27,
  signal: 28,
  sourceCell: 29,
} as const;

export const KPI_COLUMNS = 30;

/** Header area rows. */
export const ROW = {
  title: 0,
  refreshed: 1,
  settings: 2,
  total: 3,
  note: 4,
  header: 5,
  firstKpi: 6,
} as const;

/** Settings cells in the settings row (label in the column before each). */
export const SETTINGS_CELLS = { floor: 3, cap: 5, green: 7, amber: 9 } as const;

/** Overall total (value) and the "any weight given" flag, in the total row. */
export const TOTAL_CELLS = { label: 1, value: 2, weightsLabel: 3, weightsGiven: 4 } as const;

/** First column of the side blocks (one blank column after the KPI block). */
export const SIDE_COLUMN = KPI_COLUMNS + 1;

/** KPIs shown in the attainment chart (a chart of thousands of bars is unreadable). */
export const CHART_KPIS = 50;

/** KPIs with signals whose history is charted. */
export const HISTORY_KPIS = 10;
