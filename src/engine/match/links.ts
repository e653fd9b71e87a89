/**
 * How one KPI relates to every objective (DOMAIN §4): the strength r(k, j), a finer affinity for
 * choosing between objectives of equal strength, and the evidence of each link, so a manager can see
 * why ("time to hire measures talent attraction"). Three kinds of evidence:
 * - explicit: the KPI's objective cell names the objective → 9;
 * - words: the texts share concepts (synonyms and stems, see tokenize) → 3 at similarity ≥ 0.5, 1 at ≥ 0.2;
 * - theme: a metric the KPI names measures a theme the objective is about (the metric lexicon) → 3 when
 *   the theme is among the metric's first two, else no link: a theme alone never makes a weak link, so
 *   unrelated pairs stay at 0 (#N/A).
 */
import type { Theme } from "../data/lexiconTypes";
import { kpiThemes, themeLink, type ThemeLink } from "../lexicon/themes";
import { linkedObjectives } from "./internal/linkedObjectives";
import type { PreparedObjectives } from "./prepareObjectives";
import { similarityOfCounts } from "./similarity";
import { textStrength, type Strength } from "./strength";
import type { MatchKpi } from "./strengths";
import { tokenize } from "./tokenize";

/** Why a KPI is linked to an objective. */
export type LinkEvidence =
  | { readonly kind: "explicit" }
  | { readonly kind: "words"; readonly concepts: readonly string[] }
  | { readonly kind: "theme"; readonly theme: Theme; readonly metric: string; readonly keyword: string };

/** One KPI against every objective, in objective order. */
export interface KpiLinks {
  readonly strengths: Strength[];
  /** Similarity plus theme score: breaks ties between objectives of the same strength. */
  readonly affinity: number[];
  /** Evidence of each link (undefined where the strength is 0). */
  readonly evidence: (LinkEvidence | undefined)[];
}

/** A theme link at or above this score is clear (3): a metric's first or second theme (1, 0.75) against an objective's word. */
export const CLEAR_THEME_SCORE = 0.65;

/**
 * The links of one KPI to every objective.
 * @param kpi the KPI (not modified)
 * @param prepared the objectives from `prepareObjectives`
 * @returns strengths, affinities and evidence, one per objective
 * @example links({ name: "Time to hire" }, prepareObjectives([{ name: "Attract top talent", weight: 1 }])).strengths // [3]
 */
export function links(kpi: MatchKpi, prepared: PreparedObjectives): KpiLinks {
  const count = prepared.objectives.length;
  const strengths = new Array<Strength>(count).fill(0);
  const affinity = new Array<number>(count).fill(0);
  const evidence = new Array<LinkEvidence | undefined>(count).fill(undefined);
  if (count === 0 || typeof kpi !== "object" || kpi === null) return { strengths, affinity, evidence };
  const text = `${typeof kpi.name === "string" ? kpi.name : ""} ${typeof kpi.description === "string" ? kpi.description : ""}`;
  const concepts = tokenize(text);
  const shared = new Array<string[]>(count);
  for (const concept of concepts) {
    for (const j of prepared.postings.get(concept) ?? []) (shared[j] ??= []).push(concept);
  }
  const themes = kpiThemes(text);
  for (let j = 0; j < count; j++) {
    const words = shared[j] ?? [];
    const similarity = words.length > 0 ? similarityOfCounts(words.length, concepts.length, prepared.concepts[j]?.length ?? 0) : 0;
    const byWords = textStrength(similarity);
    const theme: ThemeLink | undefined = themes.length > 0 ? themeLink(themes, prepared.themes[j] ?? []) : undefined;
    const byTheme: Strength = theme !== undefined && theme.score >= CLEAR_THEME_SCORE ? 3 : 0;
    // Ties between objectives of one strength: a clear word overlap counts double, a weak one not at all.
    affinity[j] = (byWords >= 3 ? 2 * similarity : 0) + (theme?.score ?? 0);
    if (byWords === 0 && byTheme === 0) continue;
    strengths[j] = byTheme > byWords ? byTheme : byWords;
    evidence[j] = byTheme >= byWords && theme !== undefined ? { kind: "theme", theme: theme.theme, metric: theme.metric, keyword: theme.keyword } : { kind: "words", concepts: words };
  }
  for (const j of linkedObjectives(kpi.objective, prepared)) {
    strengths[j] = 9;
    affinity[j] = (affinity[j] ?? 0) + 10;
    evidence[j] = { kind: "explicit" };
  }
  return { strengths, affinity, evidence };
}
