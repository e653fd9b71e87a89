/**
 * How one KPI relates to every objective (DOMAIN §4): the strength r(k, j), a finer affinity for
 * choosing between objectives of equal strength, and the evidence of each link, so a manager can see
 * why ("time to hire measures talent attraction"). Three kinds of evidence:
 * - explicit: the KPI's objective cell names the objective → 9;
 * - words: the texts share concepts (synonyms and stems, see tokenize) → 3 at similarity ≥ 0.5, 1 at ≥ 0.2;
 * - theme: a metric the KPI names, a subject and its head ("nurse turnover"), a time or a cost counted per
 *   unit measures a theme the objective is about (its words, its verb and object, the metrics it names)
 *   → 3 when the link is clear (CLEAR_THEME_SCORE), else no link: a theme alone never makes a weak link, so
 *   unrelated pairs stay at 0 (#N/A).
 * What keeps unrelated pairs apart (no false links):
 * - sectors (lexicon/sectors.ts): a KPI of a business the strategy never names ("Scrap rate" against a
 *   hotel's objectives, "Pupil attendance rate" against an IT department's) has no link at all, and no
 *   theme link to an objective of another business; against a strategy that names no business at all, a
 *   KPI of a particular one (a ward's beds) links only on what it mainly measures;
 * - one shared word is no link when the two texts are about unrelated themes ("安全库存天数" and "保障安全生产");
 * - generic words of measurement, time and management are no concepts at all (data/stopWords.ts).
 * Among objectives of equal strength the most specific evidence wins: narrow themes (credit before risk,
 * leadership before talent) score more than the broad ones they feed, then word overlap, then the other
 * themes an objective covers (see the affinity below).
 */
import type { Theme } from "../data/lexiconTypes";
import type { Bilingual } from "../model";
import { sharedTopic, topicsOf, TOPICS } from "../lexicon/topics";
import { isParticular, sectorMask, sectorsMeet } from "../lexicon/sectors";
import { isPopulation } from "../lexicon/subjectPhrases";
import { CLEAR_THEME_SCORE, indexThemes, kpiProfile, themeLinkFrom, themesRelated, type ThemeLink, type ThemeMark } from "../lexicon/themes";
import { linkedObjectives } from "./internal/linkedObjectives";
import type { PreparedObjectives } from "./prepareObjectives";
import { similarityOfCounts } from "./similarity";
import { textStrength, type Strength } from "./strength";
import type { MatchKpi } from "./strengths";
import { phraseRuns, sharedPhrase } from "./sharedPhrase";
import { isSpecific } from "./specificity";
import { tokenize } from "./tokenize";

/** Why a KPI is linked to an objective. */
export type LinkEvidence =
  | { readonly kind: "explicit" }
  | { readonly kind: "words"; readonly concepts: readonly string[] }
  | { readonly kind: "theme"; readonly theme: Theme; readonly metric: string; readonly keyword: string }
  | { readonly kind: "topic"; readonly topic: string; readonly label: Bilingual; readonly term: string; readonly keyword: string };

/** One KPI against every objective, in objective order. */
export interface KpiLinks {
  readonly strengths: Strength[];
  /** Similarity plus theme score: breaks ties between objectives of the same strength. */
  readonly affinity: number[];
  /** Evidence of each link (undefined where the strength is 0). */
  readonly evidence: (LinkEvidence | undefined)[];
}

export { CLEAR_THEME_SCORE };

/** What a shared topic adds to the affinity: more than a full theme link (1), since a topic is narrower. */
const TOPIC_AFFINITY = 1.25;

/** "per 1,000 orders", "per delivery": what a KPI is counted per, up to the next function word or punctuation. */
const PER_TAIL = /(?<![a-z])per\s+((?:[a-z0-9,.&'-]+\s*){1,3})/giu;

/**
 * Concepts a KPI names only as the unit it is counted per ("delivery" in "Fuel cost per delivery", "order"
 * in "Complaints per 1,000 orders"), unless the unit is a population it is about ("per teacher", "per
 * paying user"): sharing such a unit with an objective ("Deliver on time") says nothing about which
 * objective the KPI serves, so it does not break ties.
 */
function countedUnits(text: string): Set<string> {
  const out = new Set<string>();
  if (!/(?<![a-z])per\s/iu.test(text)) return out;
  const tails: string[] = [];
  const head = text.replace(PER_TAIL, (_all, tail: string) => {
    tails.push(tail);
    return " ; ";
  });
  const inHead = new Set(tokenize(head));
  for (const tail of tails) {
    if (isPopulation(tail)) continue;
    for (const concept of tokenize(tail)) if (!inHead.has(concept)) out.add(concept);
  }
  return out;
}

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
  const units = countedUnits(text);
  const shared = new Array<string[]>(count);
  for (const concept of concepts) {
    for (const j of prepared.postings.get(concept) ?? []) (shared[j] ??= []).push(concept);
  }
  const profile = kpiProfile(text);
  const themes = profile.marks;
  // The business a KPI is about is what its name says: a stray word in its description ("… counted by the
  // guest analytics team") does not move a bank's KPI to hotels.
  const described = typeof kpi.description === "string" && kpi.description.trim() !== "";
  const sectors = described ? sectorMask(typeof kpi.name === "string" ? kpi.name : "") : profile.sectors;
  // A KPI of a business the strategy never names ("Scrap rate" among a hotel's objectives) has no text link at all.
  const alien = !sectorsMeet(sectors, prepared.strategySectors);
  const index = indexThemes(themes);
  const kpiTopics = topicsOf(text);
  const kpiPhrases = phraseRuns(text);
  const main = themes.reduce<ThemeMark | undefined>((top, mark) => (top === undefined || mark.weight > top.weight ? mark : top), undefined)?.theme;
  for (let j = 0; j < count; j++) {
    const words = shared[j] ?? [];
    const similarity = words.length > 0 ? similarityOfCounts(words.length, concepts.length, prepared.concepts[j]?.length ?? 0) : 0;
    const marks = prepared.themes[j] ?? [];
    const overlap: ThemeLink | undefined = themes.length > 0 && marks.length > 0 ? themeLinkFrom(index, marks) : undefined;
    // One shared word when the subjects disagree (both texts are about themes, none related: "安全库存天数"
    // and "保障安全生产") is no link.
    const gated = alien || (words.length === 1 && overlap === undefined && themes.length > 0 && marks.length > 0 && !themesRelated(index, marks));
    // A weak overlap on a specific subject ("League finishing position" and "Compete in the league", 产线损耗率
    // and 减少生产损耗) is clear, within the sector rules; never on the unit a KPI is counted per.
    const textual = gated ? 0 : textStrength(similarity);
    // The sector rule every link beyond plain words obeys (themes, topics, specific subjects, phrases).
    const near = !alien && sectorsMeet(sectors, prepared.sectors[j] ?? 0);
    const subject = textual === 1 && near && words.some((w) => !units.has(w) && isSpecific(w));
    const byWords: Strength = subject ? 3 : textual;
    // A KPI of a particular line of business (a ward's beds, a hotel's rooms) against a strategy that names
    // none is linked only on what it mainly measures, not one step removed nor on a later theme.
    const unplaced = prepared.strategySectors === 0 && isParticular(sectors) && overlap !== undefined && !(overlap.theme === main && overlap.direct);
    const theme = overlap !== undefined && near && !unplaced ? overlap : undefined;
    const byTheme: Strength = theme !== undefined && theme.score >= CLEAR_THEME_SCORE ? 3 : 0;
    // A topic both texts name ("scheduled flights operated" and "a dependable timetable") is a clear link,
    // within the same sector rules as a theme.
    const topic = near ? sharedTopic(kpiTopics, prepared.topics[j] ?? []) : undefined;
    const byTopic: Strength = topic === undefined ? 0 : 3;
    // A Chinese subject of three or more characters both texts name ("村集体") is a clear link of words.
    const phrase = gated || !near || kpiPhrases.length === 0 ? undefined : sharedPhrase(kpiPhrases, prepared.phrases[j] ?? []);
    const byPhrase: Strength = phrase === undefined ? 0 : 3;
    // Ties between objectives of one strength, most specific evidence first: the theme link's score (a
    // metric's first theme named by a phrase beats a second theme or one it feeds), a clear word overlap
    // (counted double), a weak one (counted half: "Adult smoking prevalence" and "Reduce smoking and
    // obesity" share "smoking") when the link is on the KPI's main theme ("revenue" does not pull "Net revenue
    // retention" towards "Grow recurring revenue"; nor a unit counted per, see countedUnits), and the other themes
    // the objective also covers (a little).
    const weakWords = gated || (theme !== undefined && theme.theme !== main) ? 0 : similarity / 2;
    // A shared topic is the most specific evidence of all (narrower than any theme), and each further topic adds a little.
    affinity[j] =
      (byWords >= 3 ? 2 * similarity : weakWords) * (words.some((w) => units.has(w)) ? 0 : 1) +
      (theme === undefined ? 0 : theme.score + theme.others / 4) +
      (topic === undefined ? 0 : TOPIC_AFFINITY + (topic.count - 1) / 4) +
      (phrase === undefined || textual >= 3 ? 0 : phrase.length / 3);
    if (byWords === 0 && byTheme === 0 && byTopic === 0 && byPhrase === 0) continue;
    strengths[j] = Math.max(byWords, byTheme, byTopic, byPhrase) as Strength;
    const group = topic === undefined ? undefined : TOPICS[topic.kpi.topic];
    // Evidence a reader follows best: a clear theme link names the metric ("不良贷款率 measures credit and
    // asset quality"); a topic the words that named it on both sides; else the shared words.
    if (theme !== undefined && byTheme >= byWords && (byTheme === 3 || group === undefined)) {
      evidence[j] = { kind: "theme", theme: theme.theme, metric: theme.metric, keyword: theme.keyword };
    } else if (topic !== undefined && group !== undefined && byWords < 3) {
      evidence[j] = { kind: "topic", topic: group.id, label: group.label, term: topic.kpi.term, keyword: topic.objective.term };
    } else {
      evidence[j] = { kind: "words", concepts: phrase !== undefined && textual < 3 ? [phrase] : words };
    }
  }
  for (const j of linkedObjectives(kpi.objective, prepared)) {
    strengths[j] = 9;
    affinity[j] = (affinity[j] ?? 0) + 10;
    evidence[j] = { kind: "explicit" };
  }
  return { strengths, affinity, evidence };
}
