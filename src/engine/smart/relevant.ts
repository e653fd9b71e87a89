/**
 * R — Relevant (DOMAIN §3): linked to one of the strategy's objectives (the objective cell matches one,
 * allowing small wording differences), or the text clearly serves one (alignment strength ≥ 3, §4).
 *
 * Decisions: no objective list and no alignment → unknown (R_NO_STRATEGY), even when an objective is
 * written: a name we cannot check against the strategy proves nothing (R_OBJECTIVE_UNVERIFIED, also
 * unknown). An alignment below 3 with nothing else to go on → not met (R_WEAK_ALIGNMENT).
 */
import { criterion } from "./criterion";
import type { CriterionResult, SmartContext } from "./smartTypes";

const STRIP = /[\s\p{P}\p{S}]+/gu;
const NON_ASCII = /[^\t-\u007f]/;
/** Normalised objective lists, computed once per array (the same list is shared by every KPI). */
const cache = new WeakMap<readonly string[], { keys: string[]; names: string[] }>();

/**
 * Folds an objective name for comparison: NFKC (full-width → ASCII), lower case, no spaces or punctuation.
 * @param text an objective as written
 * @returns the comparison key
 * @example objectiveKey(" Grow  Revenue！") // "growrevenue"
 */
export function objectiveKey(text: string): string {
  const folded = NON_ASCII.test(text) ? text.normalize("NFKC") : text;
  return folded.toLowerCase().replace(STRIP, "");
}

function folded(objectives: readonly string[]): { keys: string[]; names: string[] } {
  let found = cache.get(objectives);
  if (found === undefined) {
    found = { keys: [], names: [] };
    for (const o of objectives) {
      const key = typeof o === "string" ? objectiveKey(o) : "";
      if (key === "") continue;
      found.keys.push(key);
      found.names.push(o.trim());
    }
    cache.set(objectives, found);
  }
  return found;
}

/**
 * Whether an objective cell names one of the strategy's objectives: equal after folding, or one contains
 * the other (at least 2 characters, so "Grow revenue" matches "Grow revenue in Asia").
 * @param objective the KPI's objective cell
 * @param objectives the strategy's objectives
 * @returns the matching objective as written, or undefined
 * @example matchObjective("grow revenue", ["Grow Revenue", "Delight customers"]) // "Grow Revenue"
 */
export function matchObjective(objective: string, objectives: readonly string[]): string | undefined {
  const key = objectiveKey(objective);
  if (key === "") return undefined;
  const { keys, names } = folded(objectives);
  let index = keys.indexOf(key);
  if (index < 0) index = keys.findIndex((k) => Math.min(k.length, key.length) >= 2 && (k.includes(key) || key.includes(k)));
  return index < 0 ? undefined : names[index];
}

/**
 * Judges Relevant.
 * @param objective the KPI's objective cell (blank or undefined when none)
 * @param context the strategy's objectives and/or the KPI's alignment strength
 * @returns met (R_OBJECTIVE_MATCHED, R_ALIGNED), not met (R_OBJECTIVE_NOT_IN_STRATEGY, R_NO_OBJECTIVE,
 *   R_WEAK_ALIGNMENT) or unknown (R_OBJECTIVE_UNVERIFIED, R_NO_STRATEGY)
 * @example checkRelevant("Grow revenue", { asOf: 46353, objectives: ["grow revenue"] }).state // "met"
 */
export function checkRelevant(objective: string | undefined, context: Pick<SmartContext, "objectives" | "alignment">): CriterionResult {
  const written = typeof objective === "string" && objective.trim() !== "" ? objective.trim() : undefined;
  const objectives = Array.isArray(context.objectives) ? context.objectives : [];
  const hasList = folded(objectives).keys.length > 0;
  const alignment = context.alignment !== null && typeof context.alignment === "object" ? context.alignment : undefined;
  if (written !== undefined && hasList) {
    const matched = matchObjective(written, objectives);
    if (matched !== undefined) return criterion("met", "R_OBJECTIVE_MATCHED", { objective: matched });
  }
  if (alignment !== undefined && alignment.strength >= 3) {
    const name = typeof alignment.objective === "string" && alignment.objective !== "" ? alignment.objective : undefined;
    return criterion("met", "R_ALIGNED", {
      strength: alignment.strength,
      objectiveEn: name === undefined ? "" : ` ("${name}")`,
      objectiveZh: name === undefined ? "" : `“${name}”`,
      evidenceEn: alignment.evidence === undefined ? "" : `: ${alignment.evidence.en}`,
      evidenceZh: alignment.evidence === undefined ? "" : `：${alignment.evidence.zh}`,
    });
  }
  if (written !== undefined && hasList) return criterion("not-met", "R_OBJECTIVE_NOT_IN_STRATEGY", { objective: written });
  if (alignment !== undefined) return criterion("not-met", "R_WEAK_ALIGNMENT", { strength: alignment.strength });
  if (hasList) return criterion("not-met", "R_NO_OBJECTIVE");
  if (written !== undefined) return criterion("unknown", "R_OBJECTIVE_UNVERIFIED", { objective: written });
  return criterion("unknown", "R_NO_STRATEGY");
}
