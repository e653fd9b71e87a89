/**
 * The arithmetic behind a KPI's score, written out with its numbers (issue 14 §5, DOMAIN §2), for the
 * pane's KPI card. The value comes from {@link attainment} itself, so the text can never disagree with
 * the figure: each branch here only writes down the formula `attainment` used.
 */
import type { Bilingual, Direction } from "../model";
import { attainment } from "./attainment";
import { clampScore } from "./clampScore";
import { needed } from "./needed";
import { statusOf, type Status } from "./status";

/** What the explanation is computed from (a KPI's parsed inputs and the thresholds in force). */
export interface ExplainInput {
  readonly actual?: number;
  readonly target?: number;
  readonly baseline?: number;
  readonly band?: readonly [number, number];
  readonly direction: Direction;
  readonly isPercent: boolean;
  readonly green: number;
  readonly amber: number;
  readonly floor: number;
  readonly cap: number;
}

/** The score's arithmetic, step by step, and what the KPI needs. */
export interface ScoreExplanation {
  /** `1 − (44.6 − 45) / |45| = 100.9%`: the formula with the KPI's numbers; absent without a score. */
  readonly attainment?: Bilingual;
  /** `score = 100.9% (within [0%, 120%])` or `capped at 120%`. */
  readonly score?: Bilingual;
  /** `100.9% ≥ 100% → On track`. */
  readonly status: Bilingual;
  readonly statusCode: Status;
  /** The actual needed for green and for amber (two bounds on target), as text with the KPI's unit. */
  readonly neededGreen?: string;
  readonly neededAmber?: string;
  /** Why there is no score (no actual, no target …), when there is none. */
  readonly missing?: Bilingual;
}

/**
 * A number as the card shows it: a percent for a percent KPI, else four significant digits (thousands with separators).
 * @example show(0.124, true) // "12.4%"
 * @example show(44.6, false) // "44.6"
 */
export function show(value: number, percent: boolean): string {
  const v = percent ? value * 100 : value;
  const text = Math.abs(v) >= 1000 ? v.toLocaleString("en-US", { maximumFractionDigits: 2 }) : String(Number(v.toPrecision(4)));
  return percent ? `${text}%` : text;
}

/** A ratio (1 = 100 %) as a percent with one decimal. */
const pct = (ratio: number): string => `${Number((ratio * 100).toFixed(1))}%`;

const STATUS_ZH: Readonly<Record<Status, string>> = { "On track": "正常", "At risk": "预警", "Off track": "落后", "No data": "无数据" };

/**
 * Explains a KPI's score.
 * @param input the KPI's inputs and thresholds
 * @returns the steps in both languages; the attainment step's result equals `attainment(input).value`
 * @example explainScore({ actual: 44.6, target: 45, direction: "lower", isPercent: false, green: 1, amber: 0.9, floor: 0, cap: 1.2 }).attainment?.en
 * // "1 − (44.6 − 45) / |45| = 100.9%"
 */
export function explainScore(input: ExplainInput): ScoreExplanation {
  const { actual, target, baseline, band, direction, isPercent, green, amber, floor, cap } = input;
  const n = (v: number) => show(v, isPercent);
  const result = attainment({ actual: actual ?? null, target: target ?? null, baseline: baseline ?? null, direction, band: band ?? null });
  const needs = (threshold: number): string | undefined => {
    const r = needed({ target: target ?? null, baseline: baseline ?? null, direction, threshold, band: band ?? null });
    if (!r.ok) return undefined;
    if (r.low !== undefined && r.high !== undefined) return r.low === r.high ? n(r.low) : `${n(r.low)} – ${n(r.high)}`;
    if (r.low !== undefined) return `≥ ${n(r.low)}`;
    if (r.high !== undefined) return `≤ ${n(r.high)}`;
    return undefined;
  };
  const neededGreen = needs(green);
  const neededAmber = needs(amber);
  const extra = { ...(neededGreen ? { neededGreen } : {}), ...(neededAmber ? { neededAmber } : {}) };
  if (!result.ok) {
    const why = actual === undefined ? { en: "No actual yet: nothing to score.", zh: "尚无实际值：暂无可计算的得分。" } : { en: "No target: the actual has nothing to be compared with.", zh: "没有目标值：实际值无从比较。" };
    return { status: { en: "No data", zh: "无数据" }, statusCode: "No data", missing: why, ...extra };
  }
  const a = result.value;
  const formula = attainmentFormula(input, result.kind === "pass-fail", n);
  const score = clampScore(a, floor, cap);
  const clamped = score !== a;
  const code = statusOf(score, { green, amber });
  const rule = code === "On track" ? `≥ ${pct(green)}` : code === "At risk" ? `≥ ${pct(amber)}` : `< ${pct(amber)}`;
  return {
    attainment: { en: `${formula.en} = ${pct(a)}`, zh: `${formula.zh} = ${pct(a)}` },
    score: clamped
      ? { en: `score = ${pct(score)} (${a > score ? "capped at" : "floored at"} ${pct(score)})`, zh: `得分 = ${pct(score)}（${a > score ? "上限" : "下限"} ${pct(score)}）` }
      : { en: `score = ${pct(score)} (within ${pct(floor)} – ${pct(cap)})`, zh: `得分 = ${pct(score)}（在 ${pct(floor)} – ${pct(cap)} 之内）` },
    status: { en: `${pct(score)} ${rule} → ${code}`, zh: `${pct(score)} ${rule} → ${STATUS_ZH[code]}` },
    statusCode: code,
    ...extra,
  };
}

/** The formula `attainment` applied, with the numbers (DOMAIN §2), in both languages. */
function attainmentFormula(input: ExplainInput, passFail: boolean, n: (v: number) => string): Bilingual {
  const { actual = 0, target = 0, baseline, band, direction } = input;
  const A = n(actual);
  const T = n(target);
  if (direction === "band" || (direction === "target" && band)) {
    const [lo, hi] = band ? [Math.min(band[0], band[1]), Math.max(band[0], band[1])] : [0, 0];
    if (actual >= lo && actual <= hi) return { en: `${A} within [${n(lo)}, ${n(hi)}] → 1`, zh: `${A} 在区间 [${n(lo)}, ${n(hi)}] 内 → 1` };
    const bound = actual < lo ? lo : hi;
    return { en: `1 − |${A} − ${n(bound)}| / |${n(bound)}|`, zh: `1 − |${A} − ${n(bound)}| / |${n(bound)}|` };
  }
  if (passFail) {
    const side = direction === "lower" ? "≤ 0" : direction === "target" ? "= 0" : "≥ 0";
    return { en: `target 0: pass when the actual is ${side} (${A}) →`, zh: `目标为 0：实际值 ${side} 即达标（${A}）→` };
  }
  const useBaseline = baseline !== undefined && baseline !== target && !((direction === "lower" && target > baseline) || (direction === "higher" && target < baseline));
  if (useBaseline) {
    const B = n(baseline);
    if (direction === "target") return { en: `1 − |${A} − ${T}| / |${T} − ${B}|`, zh: `1 − |${A} − ${T}| / |${T} − ${B}|` };
    return { en: `(${A} − ${B}) / (${T} − ${B})`, zh: `(${A} − ${B}) / (${T} − ${B})` };
  }
  if (direction === "lower") return { en: `1 − (${A} − ${T}) / |${T}|`, zh: `1 − (${A} − ${T}) / |${T}|` };
  if (direction === "target") return { en: `1 − |${A} − ${T}| / |${T}|`, zh: `1 − |${A} − ${T}| / |${T}|` };
  return { en: `1 + (${A} − ${T}) / |${T}|`, zh: `1 + (${A} − ${T}) / |${T}|` };
}
