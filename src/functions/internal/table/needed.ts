import { DEFAULT_THRESHOLDS, needed, type Bilingual, type Lang, type NeededResult } from "../../../engine";
import { type Fail, fail } from "../errors";
import { say } from "../messages";
import { onOneScale } from "../coerce";
import { directionParam, numberParam, quantityParam } from "../params";
import { type CallContext, type CellResult, defineFunction } from "../runner";

/**
 * KPI.NEEDED(target, [direction], [baseline], [threshold]) — the actual at which the score reaches the
 * threshold (DOMAIN §2 "Needed for a score s"; engine `needed`). Arguments pair cell by cell as in
 * KPI.SCORE (same readers: percent scale shared by target and baseline, directions in both languages).
 *
 * On target has two answers (low, high). So each result cell has a low and a high side: the runner
 * computes each side in its own pass, and the two grids are merged here:
 * - no on-target answer anywhere: the result has the arguments' shape, one answer per cell;
 * - otherwise every cell becomes two columns, low then high (one cell → a 1×2 row). Higher-is-better
 *   answers are a minimum (low, the high side ""), lower-is-better ones a maximum ("" then high), so
 *   each row reads "the actual must stay between low and high".
 * A band direction is #N/A with a reason: NEEDED takes no band bounds (the engine inverts bands).
 */

/** Messages of this function only, in the style of FUNCTION_MESSAGES. */
const NEEDED_FUNCTION_MESSAGES = {
  BAND: {
    en: "direction is a target band: KPI.NEEDED works back from one target (inside the band the score is already 1)",
    zh: "方向为目标区间：KPI.NEEDED 需要单一目标值来反推（处于区间内时得分即为 1）",
  },
  UNREACHABLE: {
    en: "threshold {threshold} cannot be reached: on target the score is at most 1",
    zh: "无法达到阈值 {threshold}：适中型指标的得分最高为 1",
  },
  UNREACHABLE_PASS_FAIL: {
    en: "threshold {threshold} cannot be reached: a target of 0 without a baseline scores 1 or 0",
    zh: "无法达到阈值 {threshold}：目标值为 0 且无基线时得分只能是 1 或 0",
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

function tell(lang: Lang, code: keyof typeof NEEDED_FUNCTION_MESSAGES, threshold = ""): string {
  return NEEDED_FUNCTION_MESSAGES[code][lang].replace("{threshold}", threshold);
}

/** Maps a needed failure to its Excel error (see NeededFailure in the engine). */
function neededFailure(result: Extract<NeededResult, { ok: false }>, threshold: number, ctx: CallContext): Fail {
  switch (result.reason) {
    case "no-target":
      return fail("#N/A", say(ctx.lang, "NO_TARGET"));
    case "no-band":
      return fail("#N/A", tell(ctx.lang, "BAND"));
    case "unreachable": {
      const passFail = result.issues.some((issue) => issue.code === "ZERO_TARGET_PASS_FAIL");
      return fail("#N/A", tell(ctx.lang, passFail ? "UNREACHABLE_PASS_FAIL" : "UNREACHABLE", String(threshold)));
    }
    default:
      return fail("#NUM!");
  }
}

const PARAMS = [quantityParam("target"), directionParam("direction"), quantityParam("baseline"), numberParam("threshold")] as const;

/** One side of every result cell: its low or high bound, "" when that side is open, or the cell's error. */
function side(which: "low" | "high"): (...args: unknown[]) => unknown[][] {
  return defineFunction({
    name: "NEEDED",
    params: PARAMS,
    body: ([t, direction, b, threshold], ctx): CellResult => {
      if (direction === "band") return fail("#N/A", tell(ctx.lang, "BAND"));
      const [target, baseline] = onOneScale(t, b);
      const result = needed({ target, baseline, direction: direction ?? "higher", threshold });
      if (!result.ok) return neededFailure(result, threshold ?? DEFAULT_THRESHOLDS.green, ctx);
      return (which === "low" ? result.low : result.high) ?? "";
    },
  });
}

const lowSide = side("low");
const highSide = side("high");

/** KPI.NEEDED: both sides, merged as described above. Whole-call problems (shapes) throw from the first pass. */
export function neededFn(...raw: unknown[]): unknown[][] {
  const low = lowSide(...raw);
  const high = highSide(...raw);
  const two = low.some((row, r) => row.some((cell, c) => typeof cell === "number" && typeof high[r]?.[c] === "number"));
  if (two) return low.map((row, r) => row.flatMap((cell, c) => [cell, high[r]?.[c]]));
  return low.map((row, r) => row.map((cell, c) => (cell === "" ? high[r]?.[c] : cell)));
}
