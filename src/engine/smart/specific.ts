/**
 * S — Specific (DOMAIN §3): the text names a concrete measured thing, is not only vague words, and
 * states one goal, not several. A measured thing is one of the lexicon's metrics or a phrase recognised
 * by its head word ("线上渠道退单率", "monthly active members"); vague verbs beside it do not make it
 * unspecific ("Increase market share significantly" names market share).
 */
import { namedMetrics, type NamedMetric } from "../lexicon/namedMetrics";
import { statedTargetInText } from "../parse/target";
import type { TextFacts } from "../parse/textFacts";
import { criterion } from "./criterion";
import type { CriterionResult } from "./smartTypes";
import { GOAL_VERB_MATCHER, VAGUE_MATCHER } from "./vocabulary";

const DIGIT = /\d/;
/** Imperatives that open a slogan rather than name a measure ("Be a leader …", "Work smarter …", "Make it happen"). */
const IMPERATIVE = /^\s*(?:be|become|make|work|get|go|keep|stay|do|have|put|turn|bring|let|take|lead|win|own|create|build|drive|deliver|achieve|ensure|strive|aim)\b(?![-'’])/iu;
/** What may stand before the verb of a goal sentence ("We will grow …", "To cut …"). */
const GOAL_OPENING = /^\s*(?:(?:we|i|the team|the company)\s+(?:will|shall|must|should|need to|aim to|plan to|want to)\s+|to\s+|(?:our|the)\s+(?:aim|goal|objective)\s+is\s+to\s+)/iu;

/**
 * Whether a name opens with a goal verb ("Grow revenue", "We will cut costs", "提升品牌影响力"): a verb
 * inside a noun phrase ("Floor area with a green building certificate", "Overnight visitor stays") is no
 * goal sentence.
 */
function opensWithGoalVerb(text: string): boolean {
  const rest = text.replace(GOAL_OPENING, "");
  const firstWord = /^\s*([\p{L}'’-]+)/u.exec(rest)?.[1] ?? "";
  if (/\p{Script=Han}/u.test(firstWord)) return GOAL_VERB_MATCHER.test(firstWord.slice(0, 3));
  return firstWord !== "" && !/-/u.test(firstWord) && GOAL_VERB_MATCHER.test(firstWord);
}
/** Four-character slogans of two verb–object pairs: 降本增效, 提质增效, 减员增效, 稳中求进. */
const SLOGAN_ZH = /^[降增提减控保强优稳扩][\p{Script=Han}][降增提减控保强优稳扩求][\p{Script=Han}]$/u;

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
    const metrics = new Set(namedMetrics(clause).map((m) => m.key));
    // "Launch the patient portal and reach 20,000 users": a step towards the goal, not a second goal.
    if (metrics.size === 0 && !VAGUE_MATCHER.test(clause) && !DIGIT.test(clause)) continue;
    const repeat = metrics.size > 0 && seen.some((earlier) => [...metrics].every((m) => earlier.has(m)));
    seen.push(metrics);
    if (!repeat) goals += 1;
  }
  return goals;
}

/**
 * Judges Specific.
 * @param fields the texts that state the goal (name, description), each judged for several goals on its own
 * @param metrics the measured things named in those texts (namedMetrics)
 * @param vague vague words found in those texts (VAGUE_MATCHER)
 * @param facts numbers stated in the text (a quantity with a unit or currency names a measured thing)
 * @returns met (S_METRIC_NAMED, S_QUANTITY_NAMED, S_PLAIN_NAME), or not met (S_EMPTY; S_VAGUE_ONLY when no
 *   metric is named, checked first since "split it" would not help; S_MULTIPLE_GOALS)
 * @example checkSpecific(["Improve morale"], [], ["improve"], { numbers: [] }).code // "S_VAGUE_ONLY"
 */
export function checkSpecific(fields: readonly string[], metrics: readonly NamedMetric[], vague: readonly string[], facts: TextFacts): CriterionResult {
  if (fields.every((f) => f.trim() === "")) return criterion("not-met", "S_EMPTY");
  const quantity = facts.numbers.find((n) => n.unit !== undefined || n.currency !== undefined);
  if (metrics.length === 0 && vague.length > 0 && quantity === undefined) return criterion("not-met", "S_VAGUE_ONLY", { words: [...new Set(vague)].slice(0, 4) });
  const goals = Math.max(0, ...fields.map(countGoals));
  if (goals >= 2) return criterion("not-met", "S_MULTIPLE_GOALS", { count: goals });
  if (metrics.length > 0) return criterion("met", "S_METRIC_NAMED", { metric: [...new Set(metrics.map((m) => m.text))].slice(0, 3) });
  if (quantity !== undefined) return criterion("met", "S_QUANTITY_NAMED", { quantity: quantity.raw });
  // A goal sentence with its numbers ("Grow the loan book by 300%") names what it changes.
  const number = facts.numbers[0];
  if (number !== undefined) return criterion("met", "S_QUANTITY_NAMED", { quantity: number.raw });
  // So does one with a multiple ("Triple holiday-season sell-through", "营收翻一番").
  const first = (fields.find((f) => f.trim() !== "") ?? "").trim();
  const multiple = statedTargetInText(first);
  if (multiple?.kind === "multiple") return criterion("met", "S_QUANTITY_NAMED", { quantity: multiple.text });
  // No vague word and no metric we know: a plain name ("Board meetings held") is taken to name what it
  // counts; an imperative or a slogan ("Be a leader in digital banking", "降本增效") names nothing.
  if (IMPERATIVE.test(first) || SLOGAN_ZH.test(first) || opensWithGoalVerb(first)) return criterion("not-met", "S_VAGUE_ONLY", { words: first.slice(0, 40) });
  return criterion("met", "S_PLAIN_NAME", { name: first.slice(0, 60) });
}
