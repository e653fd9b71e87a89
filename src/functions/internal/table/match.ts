import { bestObjective, parsePerspective, prepareObjectives, strategyMatch, type MatchKpi, type Objective, type PreparedObjectives } from "../../../engine";
import { type NumberBlock, type TextBlock, toTextBlock } from "../coerce";
import { type Fail, fail } from "../errors";
import type { Grid } from "../grid";
import { clip, say } from "../messages";
import { numberBlockParam, textBlockParam, textParam } from "../params";
import { type CallContext, type Param, defineFunction, defineScalar } from "../runner";

/**
 * KPI–strategy match functions (DOMAIN §4): ALIGN, BESTOBJECTIVE, MATCHINDEX. `objectives` is one
 * shared list: every non-blank cell, any shape, in reading order.
 */

/** The objectives of a range, prepared once per call (the engine tokenises each objective once). */
interface ObjectiveList {
  readonly objectives: Objective[];
  readonly prepared: PreparedObjectives;
}

function readObjectiveList(grid: Grid, ctx: CallContext, name: string, weights?: NumberBlock): ObjectiveList | Fail {
  const texts = toTextBlock(grid);
  const objectives: Objective[] = [];
  texts.values.forEach((text, i) => {
    if (text === undefined || text === "") return;
    const weight = weights === undefined || weights.omitted ? undefined : weights.rows * weights.cols === 1 ? weights.values[0] : weights.values[i];
    objectives.push({ name: text, weight: weight ?? 1 });
  });
  if (objectives.length === 0) return fail("#N/A", say(ctx.lang, "NO_OBJECTIVES", { param: name }));
  return { objectives, prepared: prepareObjectives(objectives) };
}

const objectivesParam = (name: string): Param<ObjectiveList> => ({ kind: "shared", name, read: (grid, ctx) => readObjectiveList(grid, ctx, name) });

function best(kpiText: string | undefined, link: string | undefined, list: ObjectiveList, ctx: CallContext) {
  if (kpiText === undefined && link === undefined) return fail("#N/A", say(ctx.lang, "NO_KPI_TEXT"));
  return bestObjective({ name: kpiText ?? "", ...(link === undefined ? {} : { objective: link }) }, list.prepared);
}

/** KPI.ALIGN(kpiText, objectives, [link]) — strength 0/1/3/9 to the best-matching objective. */
export const alignFn = defineFunction({
  name: "ALIGN",
  params: [textParam("kpiText"), objectivesParam("objectives"), textParam("link")],
  body: ([kpiText, list, link], ctx) => {
    const found = best(kpiText, link, list, ctx);
    return "fail" in found ? found : found.strength;
  },
});

/** KPI.BESTOBJECTIVE(kpiText, objectives, [link]) — that objective's name; #N/A when none relates. */
export const bestObjectiveFn = defineFunction({
  name: "BESTOBJECTIVE",
  params: [textParam("kpiText"), objectivesParam("objectives"), textParam("link")],
  body: ([kpiText, list, link], ctx) => {
    const found = best(kpiText, link, list, ctx);
    if ("fail" in found) return found;
    return found.objective ?? fail("#N/A", say(ctx.lang, "NO_RELATED_OBJECTIVE", { text: clip(kpiText ?? link ?? "") }));
  },
});

const rawBlock = (name: string): Param<Grid> => ({ kind: "shared", name, read: (grid) => grid });

/** Value i of a block that pairs with the KPI list: same size, or one cell for all. */
function pick<T>(block: { readonly rows: number; readonly cols: number; readonly omitted: boolean; readonly values: readonly T[] }, i: number): T | undefined {
  if (block.omitted) return undefined;
  return block.rows * block.cols === 1 ? block.values[0] : block.values[i];
}

function sameShape(kpis: TextBlock, other: { rows: number; cols: number; omitted: boolean }, name: string, ctx: CallContext): Fail | undefined {
  if (other.omitted || (other.rows === 1 && other.cols === 1) || (other.rows === kpis.rows && other.cols === kpis.cols)) return undefined;
  return fail("#VALUE!", say(ctx.lang, "SHAPE_MISMATCH", { a: "kpiTexts", shapeA: `${kpis.rows}×${kpis.cols}`, b: name, shapeB: `${other.rows}×${other.cols}` }));
}

/** KPI.MATCHINDEX(kpiTexts, kpiWeights, objectives, [objectiveWeights], [kpiLinks], [kpiPerspectives]) — Strategy Match Index 0–100. */
export const matchIndexFn = defineScalar({
  name: "MATCHINDEX",
  params: [textBlockParam("kpiTexts"), numberBlockParam("kpiWeights"), rawBlock("objectives"), numberBlockParam("objectiveWeights"), textBlockParam("kpiLinks"), textBlockParam("kpiPerspectives")],
  body: ([texts, weights, objectiveGrid, objectiveWeights, links, perspectives], ctx) => {
    const mismatch =
      sameShape(texts, weights, "kpiWeights", ctx) ?? sameShape(texts, links, "kpiLinks", ctx) ?? sameShape(texts, perspectives, "kpiPerspectives", ctx);
    if (mismatch !== undefined) return mismatch;
    if (!objectiveWeights.omitted && objectiveWeights.rows * objectiveWeights.cols !== 1 && (objectiveWeights.rows !== objectiveGrid.rows || objectiveWeights.cols !== objectiveGrid.cols)) {
      const shapeA = `${objectiveGrid.rows}×${objectiveGrid.cols}`;
      return fail("#VALUE!", say(ctx.lang, "SHAPE_MISMATCH", { a: "objectives", shapeA, b: "objectiveWeights", shapeB: `${objectiveWeights.rows}×${objectiveWeights.cols}` }));
    }
    const list = readObjectiveList(objectiveGrid, ctx, "objectives", objectiveWeights);
    if ("fail" in list) return list;
    const kpis: MatchKpi[] = [];
    texts.values.forEach((name, i) => {
      const objective = pick(links, i);
      if ((name === undefined || name === "") && objective === undefined) return; // a blank row
      const weight = pick(weights, i);
      const perspective = parsePerspective(pick(perspectives, i));
      kpis.push({ name: name ?? "", ...(objective === undefined ? {} : { objective }), ...(weight === undefined ? {} : { weight }), ...(perspective === undefined ? {} : { perspective }) });
    });
    if (kpis.length === 0) return fail("#N/A", say(ctx.lang, "NO_KPI_TEXT"));
    const match = strategyMatch(kpis, list.objectives);
    return Number.isFinite(match.index) ? match.index : fail("#NUM!");
  },
});
