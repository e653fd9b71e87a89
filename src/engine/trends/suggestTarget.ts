import type { Bilingual, Direction } from "../model";
import type { Series } from "./series";
import { formatMessage } from "../messages/define";
import { TRENDS_MESSAGES } from "../messages/trends";
import { MIN_XMR_POINTS } from "./xmr";
import { isValue } from "./internal/isValue";
import { formatNumber } from "./internal/formatNumber";

/** A target suggested from the history. It is shown beside the set target, never in its place (DOMAIN §5). */
export interface TargetSuggestion {
  readonly suggested: number;
  /** `centre`: the XmR centre line as it is; `centre-plus-commitment`: moved by the owner's commitment. */
  readonly basis: "centre" | "centre-plus-commitment";
  /** Why this number, in both languages; always says that the set target is unchanged. */
  readonly note: Bilingual;
}

export interface SuggestTargetOptions {
  /** Improvement the owner commits to, as a fraction of the centre line (0.05 = 5%). */
  readonly commitment?: number;
  /** Which way is good. @default "higher" */
  readonly direction?: Direction;
}

/**
 * Suggests a target from the process's own voice (DOMAIN §5, PuMP): keep the centre line X̄ (the
 * mean of the numbers, as in {@link xmr}), or move it by the improvement the owner commits to in the
 * good direction: higher → X̄ + c·|X̄|, lower → X̄ − c·|X̄| (|X̄| so a negative centre also moves the
 * right way). On-target and band KPIs have no better side, so the commitment is not applied (noted);
 * neither is a commitment that is not a finite number > 0.
 * @param series history, oldest first; blanks and non-finite numbers are skipped
 * @param options commitment (fraction) and direction (default higher)
 * @returns the suggestion with a bilingual note; `undefined` with fewer than 6 numbers (no centre line yet)
 * @example suggestTarget([10, 12, 11, 13, 12, 14], { commitment: 0.05 }) // { suggested: 12.6, basis: "centre-plus-commitment", note: … }
 */
export function suggestTarget(series: Series, options: SuggestTargetOptions = {}): TargetSuggestion | undefined {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < series.length; i++) {
    const y = series[i];
    if (!isValue(y)) continue;
    sum += y;
    n++;
  }
  if (n < MIN_XMR_POINTS) return undefined;
  const centre = sum / n;
  const { commitment, direction = "higher" } = options ?? {};
  const plain = (code: "SUGGEST_TARGET_CENTRE" | "SUGGEST_TARGET_NO_GOOD_SIDE" | "SUGGEST_TARGET_BAD_COMMITMENT"): TargetSuggestion => ({
    suggested: centre,
    basis: "centre",
    note: formatMessage(TRENDS_MESSAGES[code], { suggested: formatNumber(centre), n, commitment: String(commitment) }),
  });
  if (commitment === undefined || commitment === null || commitment === 0) return plain("SUGGEST_TARGET_CENTRE");
  if (typeof commitment !== "number" || !Number.isFinite(commitment) || commitment < 0) return plain("SUGGEST_TARGET_BAD_COMMITMENT");
  if (direction !== "higher" && direction !== "lower") return plain("SUGGEST_TARGET_NO_GOOD_SIDE");
  const step = commitment * Math.abs(centre);
  const suggested = direction === "higher" ? centre + step : centre - step;
  const note = formatMessage(TRENDS_MESSAGES.SUGGEST_TARGET_COMMITMENT, {
    suggested: formatNumber(suggested),
    centre: formatNumber(centre),
    percent: formatNumber(commitment * 100),
  });
  return { suggested, basis: "centre-plus-commitment", note };
}
