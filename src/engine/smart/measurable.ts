/**
 * M — Measurable (DOMAIN §3): a numeric target (the target cell, or a number / percent / amount stated
 * in the text) and something it is measured in (unit, %, currency, or the metric noun). Targets given as
 * words are judged, never refused: ratios (4:1), ranks (Top 5, 前5), bounds (≤ ¥85, 不低于 90%),
 * multiples (double, 翻一番) and relative changes (−25% vs 2026, 同比下降30%) are measurable; "high", "significant", "显著提升" are not.
 */
import type { StatedTarget } from "../parse/target";
import type { TextFacts } from "../parse/textFacts";
import { criterion } from "./criterion";
import type { CriterionResult } from "./smartTypes";

/** What Measurable reads. */
export interface MeasurableInput {
  target?: number;
  /** The target cell when it is not a plain number ("4:1", "前5", "high" …), as parseTarget read it. */
  stated?: StatedTarget;
  /** A rank, ratio, multiple or zero stated in the goal's text (statedTargetInText). */
  statedInText?: StatedTarget;
  unit?: string;
  isPercent?: boolean;
  facts: TextFacts;
  /** Metric nouns named in the text (the lexicon's, or a phrase recognised by its head). */
  metrics: readonly string[];
  /** Vague words in the text ("significant", "显著"): reported when they stand in for a target. */
  vague: readonly string[];
}

const formatValue = (value: number, percent: boolean) => (percent ? `${Math.round(value * 1e6) / 1e4}%` : String(Math.round(value * 1e6) / 1e6));
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

function fromWords(stated: StatedTarget): CriterionResult | undefined {
  switch (stated.kind) {
    case "ratio":
      return criterion("met", "M_RATIO_TARGET", { target: `${stated.left}:${stated.right}` });
    case "rank":
      return criterion("met", "M_RANK_TARGET", { target: clip(stated.text) });
    case "multiple":
      return criterion("met", "M_MULTIPLE_TARGET", { target: clip(stated.text), factor: stated.factor });
    case "change":
      return criterion("met", "M_CHANGE_TARGET", { target: clip(stated.text) });
    default:
      return undefined;
  }
}

/**
 * Judges Measurable. Never unknown: either a number and its unit are there or they are not.
 * @param input target cell (number or stated), unit cell, percent flag, text facts, metric nouns and vague words
 * @returns met (M_TARGET_AND_UNIT, M_RATIO_TARGET, M_RANK_TARGET, M_MULTIPLE_TARGET) or not met (M_NO_TARGET,
 *   M_VAGUE_TARGET, M_TARGET_UNREADABLE, M_NO_UNIT)
 * @example checkMeasurable({ target: 0.9, isPercent: true, facts: { numbers: [] }, metrics: [], vague: [] }).code // "M_TARGET_AND_UNIT"
 * @example checkMeasurable({ stated: parseTarget("前5"), facts: { numbers: [] }, metrics: ["市场份额"], vague: [] }).code // "M_RANK_TARGET"
 */
export function checkMeasurable(input: MeasurableInput): CriterionResult {
  const { facts, stated } = input;
  const words = stated === undefined ? undefined : fromWords(stated);
  if (words !== undefined) return words;
  const statedValue = stated !== undefined && (stated.kind === "number" || stated.kind === "bound" || stated.kind === "band") ? stated : undefined;
  // The target cell's number wins; its words still say what it is measured in ("零事故" → 事故).
  const cellTarget = typeof input.target === "number" && Number.isFinite(input.target) ? input.target : statedValue?.value;
  const inText = facts.numbers.find((n) => n.value === facts.target) ?? facts.numbers[0];
  const target = cellTarget ?? facts.target ?? inText?.value;
  if (target === undefined) {
    if (stated?.kind === "vague") return criterion("not-met", "M_VAGUE_TARGET", { words: stated.words.slice(0, 3) });
    const textWords = input.statedInText === undefined ? undefined : fromWords(input.statedInText);
    if (textWords !== undefined) return textWords;
    if (input.statedInText?.kind === "number") return unitVerdict(input, 0, false, input.statedInText.text);
    if (stated?.kind === "unreadable") return criterion("not-met", "M_TARGET_UNREADABLE", { text: clip(stated.text) });
    if (input.vague.length > 0) return criterion("not-met", "M_VAGUE_TARGET", { words: [...new Set(input.vague)].slice(0, 3) });
    return criterion("not-met", "M_NO_TARGET");
  }
  const percent = cellTarget !== undefined ? input.isPercent === true || statedValue?.percent === true : (inText?.percent ?? false);
  const shown = statedValue !== undefined && input.target === undefined ? clip(statedValue.text) : formatValue(target, percent || (cellTarget !== undefined && input.isPercent === true));
  return unitVerdict(input, target, percent, shown, statedValue);
}

function unitVerdict(input: MeasurableInput, _target: number, percent: boolean, shown: string, stated?: StatedTarget): CriterionResult {
  const unitCell = typeof input.unit === "string" && input.unit.trim() !== "" ? input.unit.trim() : undefined;
  const statedUnit = stated !== undefined && (stated.kind === "number" || stated.kind === "bound") ? (stated.currency ?? stated.unit) : undefined;
  const inText = input.facts.numbers.find((n) => n.percent || n.currency !== undefined || n.unit !== undefined);
  const unit =
    unitCell ??
    (input.isPercent === true || percent ? "%" : undefined) ??
    statedUnit ??
    (inText === undefined ? undefined : inText.percent ? "%" : (inText.currency ?? inText.unit)) ??
    input.metrics[0];
  if (unit === undefined) return criterion("not-met", "M_NO_UNIT", { target: shown });
  return criterion("met", "M_TARGET_AND_UNIT", { target: shown, unit });
}
