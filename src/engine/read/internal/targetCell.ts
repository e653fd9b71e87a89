/**
 * Internal: a target cell may say more than a number (DOMAIN §1–§3): a band "90–110" / "95%-98%", a
 * bound "≥ 95%" / "不低于 95%" / "≤ 2%" that states the direction, a ratio "4:1", a rank "Top 5" / "前5"
 * (a position: lower is better), a multiple "double" / "翻一番" of the baseline, or words that are no
 * target ("high", "显著提升"). Every form is read by parseTarget, so the table and KPI.SMART agree.
 */
import type { Direction } from "../../model";
import type { ParsedNumber } from "../../parse/number";
import { parseNumber } from "../../parse/number";
import { parseTarget } from "../../parse/target";

/** What a target cell holds. `band` is [low, high] as written (`reversed` when written high to low). */
export interface TargetCell {
  /** The number attainment uses (a band's midpoint, a bound's value, a ratio's value, a rank); not ok when there is none. */
  parsed: ParsedNumber;
  band?: [number, number];
  reversed?: boolean;
  direction?: Direction;
  /** The cell as written, when it is words rather than a number (for SMART and the sheets). */
  text?: string;
  /** A multiple of the baseline ("double" → 2): the target is factor × baseline. */
  multiple?: number;
  /** The words are vague ("high"): no target, and Measurable says why. */
  vague?: boolean;
}

/**
 * Reads a target cell.
 * @param value the cell
 * @returns the number with its band, direction, multiple or words
 * @example readTargetCell("95%-98%") // { parsed: { ok: true, value: 0.965, percent: true }, band: [0.95, 0.98], reversed: false }
 * @example readTargetCell("前5") // { parsed: { ok: true, value: 5, percent: false }, direction: "lower", text: "前5" }
 */
export function readTargetCell(value: unknown): TargetCell {
  const parsed = parseNumber(value);
  if (parsed.ok || typeof value !== "string" || parsed.reason !== "text") return { parsed };
  const stated = parseTarget(value);
  const text = value.trim();
  const number = (v: number, percent: boolean): ParsedNumber => ({ ok: true, value: v, percent });
  switch (stated.kind) {
    case "number":
      return { parsed: number(stated.value, stated.percent), text };
    case "bound":
      return { parsed: { ...number(stated.value, stated.percent), ...(stated.currency === undefined ? {} : { currency: stated.currency }) }, direction: stated.direction };
    case "band":
      return { parsed: number(stated.value, stated.percent), band: [stated.low, stated.high], reversed: stated.reversed };
    case "ratio":
      return { parsed: number(stated.value, false), text };
    case "rank":
      return { parsed: number(stated.value, stated.percentile), direction: "lower", text };
    case "multiple":
      return { parsed: { ok: false, reason: "text", text }, multiple: stated.factor, text };
    case "change":
      return { parsed: { ok: false, reason: "text", text }, multiple: 1 + stated.change, text };
    case "vague":
      return { parsed: { ok: false, reason: "text", text }, vague: true, text };
    default:
      return { parsed, text };
  }
}
