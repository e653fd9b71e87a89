import type { ColumnRole, Lang } from "../engine";
import type { CellTarget, EvaluateOutcome } from "../excel/port";
import type { Translate } from "./i18n/strings";
import { SIGNAL_LABEL, SMART_COLUMN, SMART_LABEL, SMART_LETTERS } from "./labels";

/** One clickable line of the result lists. */
export interface ResultItem {
  readonly key: string;
  readonly text: string;
  /** The cell to select when the item is clicked (absent: nothing to jump to). */
  readonly target?: CellTarget;
}

/** The three lists shown after an evaluation. */
export interface ResultLists {
  readonly smart: readonly ResultItem[];
  readonly coverage: readonly ResultItem[];
  readonly signals: readonly ResultItem[];
}

/**
 * The cell of a KPI's source row in the first of `roles` the table has (`EvaluateOutcome.source`).
 * @returns the cell, or undefined when the KPI's row or every column is unknown
 * @example cellOf(outcome, 0, ["target", "name"]) // { sheet: "KPIs", row: 4, column: 4 }
 */
export function cellOf(outcome: EvaluateOutcome, kpi: number, roles: readonly ColumnRole[]): CellTarget | undefined {
  const row = outcome.source.rows[kpi];
  if (row === undefined) return undefined;
  for (const role of roles) {
    const column = outcome.source.columns[role];
    if (column !== undefined) return { sheet: outcome.source.sheet, row, column };
  }
  return undefined;
}

const pct = (value: number): string => `${Math.round(value * 100)}%`;

/**
 * Builds the SMART-problem, coverage and signal lists of an evaluation in the display language.
 * @param outcome what `port.evaluate` returned
 * @param lang display language (for the engine's bilingual messages)
 * @param t translate function of the same language
 * @returns the three lists, in KPI order
 */
export function resultLists(outcome: EvaluateOutcome, lang: Lang, t: Translate): ResultLists {
  const { evaluation } = outcome;
  const smart: ResultItem[] = [];
  const coverage: ResultItem[] = [];
  const signals: ResultItem[] = [];
  const amber = evaluation.settings.amber;
  for (const kpi of evaluation.kpis) {
    for (const letter of SMART_LETTERS) {
      const criterion = kpi.smart.criteria[letter];
      if (criterion.state !== "not-met") continue;
      smart.push({
        key: `smart-${kpi.index}-${letter}`,
        text: t("smartProblemItem", { kpi: kpi.name, criterion: t(SMART_LABEL[letter]), message: criterion.message[lang] }),
        target: cellOf(outcome, kpi.index, SMART_COLUMN[letter]),
      });
    }
    const passed = kpi.smart.notes.find((n) => n.code === "DEADLINE_PASSED");
    if (passed) smart.push({ key: `smart-${kpi.index}-deadline`, text: t("smartNoteItem", { kpi: kpi.name, message: passed.message[lang] }), target: cellOf(outcome, kpi.index, SMART_COLUMN.T) });
    const rewrite = kpi.smart.rewrite;
    if (rewrite && (passed || SMART_LETTERS.some((l) => kpi.smart.criteria[l].state === "not-met"))) {
      smart.push({ key: `smart-${kpi.index}-rewrite`, text: t("smartRewriteItem", { kpi: kpi.name, rewrite: rewrite[lang] }), target: cellOf(outcome, kpi.index, ["name"]) });
    }
    const signal = kpi.trend.signal;
    if (signal) {
      signals.push({ key: `signal-${kpi.index}`, text: t("signalItem", { kpi: kpi.name, signal: t(SIGNAL_LABEL[signal.kind]) }), target: cellOf(outcome, kpi.index, ["actual", "name"]) });
    }
    const projected = kpi.trend.projection?.score;
    if (projected !== undefined && projected < amber) {
      signals.push({ key: `projection-${kpi.index}`, text: t("projectionItem", { kpi: kpi.name, attainment: pct(kpi.trend.projection?.attainment ?? projected) }), target: cellOf(outcome, kpi.index, ["target", "name"]) });
    } else if (kpi.behindPace) {
      signals.push({ key: `pace-${kpi.index}`, text: t("behindPaceItem", { kpi: kpi.name }), target: cellOf(outcome, kpi.index, ["actual", "name"]) });
    }
  }
  evaluation.match.uncovered.forEach((name, i) => coverage.push({ key: `uncovered-${i}`, text: t("uncoveredObjective", { name }) }));
  for (const k of evaluation.match.orphans) {
    const kpi = evaluation.kpis[k];
    if (kpi) coverage.push({ key: `orphan-${k}`, text: t("orphanKpi", { kpi: kpi.name }), target: cellOf(outcome, k, ["objective", "name"]) });
  }
  return { smart, coverage, signals };
}
