/**
 * S — Specific (DOMAIN §3): the text names a concrete measured thing, is not only vague words, and
 * states one goal, not several.
 */
import type { TextFacts } from "../parse/textFacts";
import { criterion } from "./criterion";
import type { CriterionResult } from "./smartTypes";
import { GOAL_VERB_MATCHER, METRIC_MATCHER } from "./vocabulary";

/** Clause boundaries inside one statement: punctuation and "and"/"并"/"以及" … */
const CLAUSE = /[;；。\n,，、&]|(?<![a-z])(?:and|as well as|plus|while)(?![a-z])|并且|并|以及|同时|另外|此外/iu;

/**
 * Counts the goals in one statement: clauses that carry their own goal verb ("increase", "提升" …),
 * where a clause measuring only metrics already named by an earlier goal is not a new goal.
 * @param text one cell (name or description)
 * @returns the number of goals found (0 when no goal verb)
 * @example countGoals("increase sales and improve morale and reduce costs") // 3
 * @example countGoals("提升销量并加强团队建设") // 2
 */
export function countGoals(text: string): number {
  const seen: Array<Set<string>> = [];
  let goals = 0;
  for (const clause of text.split(CLAUSE)) {
    if (clause === undefined || !GOAL_VERB_MATCHER.test(clause)) continue;
    const metrics = new Set(METRIC_MATCHER.find(clause));
    const repeat = metrics.size > 0 && seen.some((earlier) => [...metrics].every((m) => earlier.has(m)));
    seen.push(metrics);
    if (!repeat) goals += 1;
  }
  return goals;
}

/**
 * Judges Specific.
 * @param fields the texts that state the goal (name, description), each judged for several goals on its own
 * @param metrics metric nouns found in those texts (METRIC_MATCHER)
 * @param vague vague words found in those texts (VAGUE_MATCHER)
 * @param facts numbers stated in the text (a quantity with a unit or currency names a measured thing)
 * @returns met (S_METRIC_NAMED, S_QUANTITY_NAMED), not met (S_EMPTY; S_VAGUE_ONLY when no metric is named,
 *   checked first since "split it" would not help; S_MULTIPLE_GOALS) or
 *   unknown (S_NO_KNOWN_METRIC: no vague words, but no metric we recognise either)
 * @example checkSpecific(["Improve morale"], [], ["improve"], { numbers: [] }).code // "S_VAGUE_ONLY"
 */
export function checkSpecific(fields: readonly string[], metrics: readonly string[], vague: readonly string[], facts: TextFacts): CriterionResult {
  if (fields.every((f) => f.trim() === "")) return criterion("not-met", "S_EMPTY");
  if (metrics.length === 0 && vague.length > 0) return criterion("not-met", "S_VAGUE_ONLY", { words: [...new Set(vague)].slice(0, 4).join(", ") });
  const goals = Math.max(0, ...fields.map(countGoals));
  if (goals >= 2) return criterion("not-met", "S_MULTIPLE_GOALS", { count: goals });
  if (metrics.length > 0) return criterion("met", "S_METRIC_NAMED", { metric: [...new Set(metrics)].slice(0, 3).join(", ") });
  const quantity = facts.numbers.find((n) => n.unit !== undefined || n.currency !== undefined);
  if (quantity !== undefined) return criterion("met", "S_QUANTITY_NAMED", { quantity: quantity.raw });
  return criterion("unknown", "S_NO_KNOWN_METRIC");
}
