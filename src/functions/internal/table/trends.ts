import { attainment, projectLinear, xmr } from "../../../engine";
import { fail } from "../errors";
import { say } from "../messages";
import { onOneScale } from "../coerce";
import { numberParam, pointDirectionParam, quantityParam, seriesParam } from "../params";
import { defineFunction } from "../runner";
import { attainmentValue } from "./score";

/**
 * Trend functions (DOMAIN §5): PROJECT and SIGNAL. `history` is one row or column for one KPI, or
 * N×P with row i belonging to KPI i; blanks inside it are skipped but still count as periods.
 */

const countNumbers = (series: readonly (number | null)[]) => series.reduce<number>((n, v) => (v === null ? n : n + 1), 0);

/** KPI.PROJECT(history, target, periodsLeft, [direction], [baseline]) — projected attainment at the deadline. */
export const projectFn = defineFunction({
  name: "PROJECT",
  params: [seriesParam("history"), quantityParam("target"), numberParam("periodsLeft"), pointDirectionParam("direction"), quantityParam("baseline")],
  body: ([history, t, periodsLeft, direction, b], ctx) => {
    // The history's numbers are plain; a target typed "35%" puts them on the percent scale with it.
    const [target, baseline, ...rest] = onOneScale(t, b, ...history.map((v) => (v === null ? undefined : { value: v, percent: false })));
    history = history.map((v, i) => (v === null ? null : (rest[i] ?? v)));
    if (periodsLeft === undefined) return fail("#N/A", say(ctx.lang, "NO_PERIODS"));
    if (periodsLeft < 0) return fail("#VALUE!", say(ctx.lang, "BAD_PERIODS", { value: periodsLeft }));
    const projection = projectLinear(history, periodsLeft);
    if (!projection.ok) {
      if (projection.reason === "too-few-points") {
        return fail("#N/A", say(ctx.lang, "TOO_FEW_FOR_PROJECTION", { count: countNumbers(history), needed: projection.needed }));
      }
      return fail("#VALUE!", say(ctx.lang, "BAD_PERIODS", { value: periodsLeft }));
    }
    return attainmentValue(attainment({ actual: projection.value, target, baseline, direction: direction ?? "higher" }), ctx);
  },
});

/** KPI.SIGNAL(history) — the latest process-behaviour signal, or "" when there is none. */
export const signalFn = defineFunction({
  name: "SIGNAL",
  params: [seriesParam("history")],
  body: ([history], ctx) => {
    const chart = xmr(history);
    if (!chart.ok) return fail("#N/A", say(ctx.lang, "TOO_FEW_FOR_SIGNAL", { count: chart.n, needed: chart.needed }));
    return chart.latest?.kind ?? "";
  },
});
