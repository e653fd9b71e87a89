import { attainment, bandAttainment, clampScore, statusOf, weightedTotal, type AttainmentResult } from "../../../engine";
import { type Fail, fail } from "../errors";
import { say } from "../messages";
import { onOneScale } from "../coerce";
import { numberBlockParam, numberParam, pointDirectionParam, quantityParam } from "../params";
import { type CallContext, defineFunction, defineScalar } from "../runner";

/**
 * Scoring functions (DOMAIN §2): ATTAINMENT, SCORE, BAND, STATUS, WEIGHTED. Each body: call the
 * engine, map its failure reason to an Excel error.
 */

/** Maps an attainment failure to its Excel error (see AttainmentFailure in the engine). */
export function attainmentValue(result: AttainmentResult, ctx: CallContext): number | Fail {
  if (result.ok) return result.value;
  switch (result.reason) {
    case "no-actual":
      return fail("#N/A", say(ctx.lang, "NO_ACTUAL"));
    case "no-target":
      return fail("#N/A", say(ctx.lang, "NO_TARGET"));
    case "no-band":
      return fail("#VALUE!", say(ctx.lang, "NO_BAND"));
    case "zero-divisor":
      return fail("#DIV/0!");
    default:
      return fail("#NUM!");
  }
}

/** KPI.ATTAINMENT(actual, target, [direction], [baseline]) — DOMAIN §2. */
export const attainmentFn = defineFunction({
  name: "ATTAINMENT",
  params: [quantityParam("actual"), quantityParam("target"), pointDirectionParam("direction"), quantityParam("baseline")],
  body: ([a, t, direction, b], ctx) => {
    const [actual, target, baseline] = onOneScale(a, t, b);
    return attainmentValue(attainment({ actual, target, baseline, direction: direction ?? "higher" }), ctx);
  },
});

/** KPI.SCORE(actual, target, [direction], [baseline], [floor], [cap]) — attainment clamped, default [0, 1.2]. */
export const scoreFn = defineFunction({
  name: "SCORE",
  params: [
    quantityParam("actual"),
    quantityParam("target"),
    pointDirectionParam("direction"),
    quantityParam("baseline"),
    numberParam("floor"),
    numberParam("cap"),
  ],
  body: ([a, t, direction, b, floor, cap], ctx) => {
    const [actual, target, baseline] = onOneScale(a, t, b);
    const value = attainmentValue(attainment({ actual, target, baseline, direction: direction ?? "higher" }), ctx);
    return typeof value === "number" ? clampScore(value, floor, cap) : value;
  },
});

/** KPI.BAND(actual, low, high) — attainment for a target band (DOMAIN §2). */
export const bandFn = defineFunction({
  name: "BAND",
  params: [quantityParam("actual"), quantityParam("low"), quantityParam("high")],
  body: ([a, l, h], ctx) => {
    const [actual, low, high] = onOneScale(a, l, h);
    if (actual === undefined) return fail("#N/A", say(ctx.lang, "NO_ACTUAL"));
    if (low === undefined || high === undefined) return fail("#VALUE!", say(ctx.lang, "NO_BAND"));
    return attainmentValue(bandAttainment(actual, low, high), ctx);
  },
});

/** KPI.STATUS(score, [green], [amber]) — On track / At risk / Off track / No data (DOMAIN §2). */
export const statusFn = defineFunction({
  name: "STATUS",
  params: [numberParam("score"), numberParam("green"), numberParam("amber")],
  body: ([score, green, amber]) => statusOf(score, { green, amber }),
});

/** KPI.WEIGHTED(scores, weights) — Σ sᵢwᵢ / Σ wᵢ with DOMAIN §2's blank and relative-weight rules. */
export const weightedFn = defineScalar({
  name: "WEIGHTED",
  params: [numberBlockParam("scores"), numberBlockParam("weights")],
  body: ([scores, weights], ctx) => {
    const single = weights.rows === 1 && weights.cols === 1;
    if (!single && (weights.rows !== scores.rows || weights.cols !== scores.cols)) {
      const shapeA = `${scores.rows}×${scores.cols}`;
      return fail("#VALUE!", say(ctx.lang, "SHAPE_MISMATCH", { a: "scores", shapeA, b: "weights", shapeB: `${weights.rows}×${weights.cols}` }));
    }
    const negative = weights.values.find((w) => w !== undefined && w < 0);
    if (negative !== undefined) return fail("#VALUE!", say(ctx.lang, "NEGATIVE_WEIGHT", { value: negative }));
    const total = weightedTotal(scores.values.map((score, i) => ({ score, weight: single ? weights.values[0] : weights.values[i] })));
    if (total.value !== undefined) return total.value;
    if (total.excludedNoWeight.length > 0) return fail("#N/A", say(ctx.lang, "WEIGHTS_BLANK"));
    if (total.used.length === 0) return fail("#N/A", say(ctx.lang, "NO_SCORES"));
    return total.issues.some((issue) => issue.code === "WEIGHTS_SUM_ZERO") ? fail("#DIV/0!") : fail("#NUM!");
  },
});
