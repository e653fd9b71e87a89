/**
 * Names of the Excel tables we create. Table names are workbook-wide and unique (also against named
 * ranges), so tables are created on the staging sheets under a staging name (`<final>_<token>`, the
 * run's token making it unique) and renamed to their final name in the swap, after the old managed
 * sheets and their tables are deleted. A final name held by a table or name that is not ours gets a
 * number (`KS_Scorecard2`).
 */

/** Final table names (valid: letter first, then letters, digits, `_`; not a cell reference). */
export const TABLE_NAMES = {
  kpis: "KS_Scorecard",
  perspectives: "KS_ByPerspective",
  statuses: "KS_StatusCounts",
  chartData: "KS_AttainmentChart",
  history: "KS_SignalHistory",
  matchSummary: "KS_MatchSummary",
  objectives: "KS_ObjectiveCoverage",
  balance: "KS_PerspectiveBalance",
  matrix: "KS_StrengthMatrix",
  smart: "KS_SmartReview",
  log: "KS_EvaluationLog",
} as const;

export type TableKey = keyof typeof TABLE_NAMES;

/** Hands out staging names for one run and, once the workbook is known, final names. */
export class TableNamer {
  private readonly used: TableKey[] = [];

  /** @param token a suffix unique to this run (letters and digits) */
  constructor(private readonly token: string) {}

  /** The staging name of a table. */
  staging(key: TableKey): string {
    if (!this.used.includes(key)) this.used.push(key);
    return `${TABLE_NAMES[key]}_${this.token}`;
  }

  /**
   * Staging → final pairs for the swap.
   * @param takenByOthers table and named-item names that are not ours (any case)
   * @returns one pair per table created
   */
  renames(takenByOthers: Iterable<string>): { readonly staging: string; readonly final: string }[] {
    const taken = new Set([...takenByOthers].map((n) => n.toLowerCase()));
    return this.used.map((key) => {
      const wanted: string = TABLE_NAMES[key];
      let final = wanted;
      for (let n = 2; taken.has(final.toLowerCase()); n++) final = `${wanted}${n}`;
      taken.add(final.toLowerCase());
      return { staging: this.staging(key), final };
    });
  }
}
