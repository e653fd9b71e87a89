/**
 * Internal: a target cell may say more than a number (DOMAIN §1, §2): a band "90–110" / "95%-98%", or a
 * comparator "≥ 95%" / "不低于 95%" / "≤ 2%" that states the direction.
 */
import type { Direction } from "../../model";
import { foldText } from "../../parse/internal/cellText";
import { parseNumber, type ParsedNumber } from "../../parse/number";

/** What a target cell holds. `band` is [low, high] as written (`reversed` when written high to low). */
export interface TargetCell {
  parsed: ParsedNumber;
  band?: [number, number];
  reversed?: boolean;
  direction?: Direction;
}

const COMPARATOR = /^(>=|≥|≧|>|＞|at least|min(?:imum)?\.?|no less than|不低于|不少于|至少|大于等于|大于|高于|<=|≤|≦|<|＜|at most|max(?:imum)?\.?|no more than|不高于|不超过|至多|小于等于|小于|低于)\s*(.+)$/u;
const HIGHER = /^(?:>=|≥|≧|>|＞|at least|min|no less|不低于|不少于|至少|大于|高于)/u;
const BAND = /^(.+?)\s*(?:-|~|to|至|到|－)\s*(.+)$/u;

/**
 * Reads a target cell.
 * @param value the cell
 * @returns the parsed number, plus a band or a comparator direction when written
 * @example readTargetCell("95%-98%") // { parsed: { ok: true, value: 0.965, percent: true }, band: [0.95, 0.98], reversed: false }
 */
export function readTargetCell(value: unknown): TargetCell {
  const parsed = parseNumber(value);
  if (parsed.ok || typeof value !== "string" || parsed.reason !== "text") return { parsed };
  const text = foldText(value);
  const comparator = COMPARATOR.exec(text);
  if (comparator?.[1] !== undefined && comparator[2] !== undefined) {
    const inner = parseNumber(comparator[2]);
    if (inner.ok) return { parsed: inner, direction: HIGHER.test(comparator[1]) ? "higher" : "lower" };
  }
  const band = BAND.exec(text);
  if (band?.[1] !== undefined && band[2] !== undefined) {
    const low = parseNumber(band[1]);
    const high = parseNumber(band[2]);
    if (low.ok && high.ok) {
      // "95-98%": a percent sign on one side applies to both.
      const percent = low.percent || high.percent;
      const scale = (p: { value: number; percent: boolean }) => (percent && !p.percent ? p.value / 100 : p.value);
      const a = scale(low);
      const b = scale(high);
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      const mid: ParsedNumber = { ok: true, value: (lo + hi) / 2, percent };
      if (lo === hi) return { parsed: mid };
      return { parsed: mid, band: [lo, hi], reversed: a > b };
    }
  }
  return { parsed };
}
