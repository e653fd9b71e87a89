/**
 * M — Measurable (DOMAIN §3): a numeric target (the target cell, or a number / percent / amount stated
 * in the text) and something it is measured in (unit, %, currency, or the metric noun). "high",
 * "significant", "显著提升" are not targets.
 */
import type { TextFacts } from "../parse/textFacts";
import { criterion } from "./criterion";
import type { CriterionResult } from "./smartTypes";

/** What Measurable reads. */
export interface MeasurableInput {
  target?: number;
  unit?: string;
  isPercent?: boolean;
  facts: TextFacts;
  /** Metric nouns named in the text. */
  metrics: readonly string[];
  /** Vague words in the text ("significant", "显著"): reported when they stand in for a target. */
  vague: readonly string[];
}

const formatValue = (value: number, percent: boolean) => (percent ? `${Math.round(value * 1e6) / 1e4}%` : String(Math.round(value * 1e6) / 1e6));

/**
 * Judges Measurable. Never unknown: either a number and its unit are there or they are not.
 * @param input target cell, unit cell, percent flag, text facts, metric nouns and vague words
 * @returns met (M_TARGET_AND_UNIT) or not met (M_NO_TARGET, M_VAGUE_TARGET, M_NO_UNIT)
 * @example checkMeasurable({ target: 0.9, isPercent: true, facts: { numbers: [] }, metrics: [], vague: [] }).code // "M_TARGET_AND_UNIT"
 */
export function checkMeasurable(input: MeasurableInput): CriterionResult {
  const { facts } = input;
  const stated = facts.numbers.find((n) => n.value === facts.target) ?? facts.numbers[0];
  const cellTarget = typeof input.target === "number" && Number.isFinite(input.target) ? input.target : undefined;
  const target = cellTarget ?? facts.target ?? stated?.value;
  if (target === undefined) {
    if (input.vague.length > 0) return criterion("not-met", "M_VAGUE_TARGET", { words: [...new Set(input.vague)].slice(0, 3).join(", ") });
    return criterion("not-met", "M_NO_TARGET");
  }
  const percent = cellTarget !== undefined ? input.isPercent === true : (stated?.percent ?? false);
  const unitCell = typeof input.unit === "string" && input.unit.trim() !== "" ? input.unit.trim() : undefined;
  const inText = facts.numbers.find((n) => n.percent || n.currency !== undefined || n.unit !== undefined);
  const unit =
    unitCell ??
    (input.isPercent === true || percent ? "%" : undefined) ??
    (inText === undefined ? undefined : inText.percent ? "%" : (inText.currency ?? inText.unit)) ??
    input.metrics[0];
  const shown = formatValue(target, percent || (cellTarget !== undefined && input.isPercent === true));
  if (unit === undefined) return criterion("not-met", "M_NO_UNIT", { target: shown });
  return criterion("met", "M_TARGET_AND_UNIT", { target: shown, unit });
}
