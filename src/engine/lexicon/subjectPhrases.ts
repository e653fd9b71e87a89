/**
 * Reading who a KPI or an objective is about (src/engine/data/subjectPhrases.ts): a subject with a head
 * after it ("nurse turnover", "members lost", "教师离职率"), a head "of" a subject ("turnover of drivers"), or,
 * in an objective, a verb with the subject as its object ("Retain our policyholders", "Win more mobile
 * customers", "吸引和保留优秀人才"). Compiled once into one pattern per reading.
 */
import type { Theme } from "../data/lexiconTypes";
import { SUBJECT_PHRASES, SUBJECTS } from "../data/subjectPhrases";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;
const words = (term: string) => term.toLowerCase().trim().split(/[\s-]+/).map(escape);

/** A noun with its plural ("nurse" → nurses, "policy" → policies). */
function noun(term: string): string {
  const parts = words(term);
  const last = parts.pop() ?? "";
  const tail = last.endsWith("y") && !/[aeiou]y$/.test(last) ? `${last.slice(0, -1)}(?:y|ies)` : `${last}(?:s|es)?`;
  return [...parts, tail].join("[\\s-]+");
}

/** A verb with its endings, on its first word ("attract" → attracts/attracted/attracting, "hold on to" → holding on to). */
function verb(term: string): string {
  const parts = words(term);
  const first = parts.shift() ?? "";
  const head = first.endsWith("e") ? `${first.slice(0, -1)}(?:e|es|ed|ing)` : /[^aeiou][aeiou][bdgmnprt]$/.test(first) && first.length <= 4 ? `${first}(?:s|${first.slice(-1)}ed|${first.slice(-1)}ing)?` : `${first}(?:s|es|ed|ing)?`;
  return [head, ...parts].join("[\\s-]+");
}

const alt = (terms: readonly string[], form: (t: string) => string) => `(?:${[...terms].sort(byLength).map(form).join("|")})`;
const altZh = (terms: readonly string[]) => `(?:${[...terms].sort(byLength).map(escape).join("|")})`;

/** What follows a verb's object when the object is the head of its phrase ("Keep customers for life", not "Build customer loyalty"). */
const OBJECT_END = "(?=\\s*$|\\s*[,.;:!?)（）]|\\s+(?:and|or|in|across|for|with|by|from|at|to|who|that|through|of|on|into|over|every|each|the|our|faster|longer|coming|first|better)(?![a-z]))";

interface Reading {
  readonly theme: Theme;
  readonly kpi: RegExp;
  readonly objective: RegExp | undefined;
}

const READINGS: readonly Reading[] = SUBJECT_PHRASES.map((phrase) => {
  const subject = SUBJECTS[phrase.subject];
  const subjectEn = alt(subject.en, noun);
  const subjectZh = altZh(subject.zh);
  const headEn = alt(phrase.heads.en, noun);
  const headZh = altZh(phrase.heads.zh);
  const kpi = new RegExp(
    [
      `(?<![a-z])${subjectEn}(?:[\\s-]+[a-z]+){0,2}?[\\s-]+${headEn}(?![a-z])`,
      `(?<![a-z])${headEn}(?:[\\s-]+[a-z]+)?[\\s-]+${subjectEn}(?![a-z])`,
      `(?<![a-z])${headEn}\\s+(?:of|among|for|from|on|against|by)\\s+(?:[a-z]+\\s+){0,2}?${subjectEn}(?![a-z])`,
      `${subjectZh}[\\p{Script=Han}]{0,4}?${headZh}`,
      // "新增燃气用户数", "流失客户数": a Chinese head may come first
      `${headZh}[\\p{Script=Han}]{0,4}?${subjectZh}`,
    ].join("|"),
    "iu",
  );
  const verbs = phrase.verbs;
  const parts: string[] = [];
  if (verbs.en.length > 0) parts.push(`(?<![a-z])${alt(verbs.en, verb)}[\\s-]+(?:[a-z'-]+[\\s-]+){0,3}?${subjectEn}${OBJECT_END}`);
  if (verbs.zh.length > 0) parts.push(`${altZh(verbs.zh)}[\\p{Script=Han}A-Za-z0-9]{0,6}?${subjectZh}`);
  // Chinese objectives put the head after the subject as KPIs do ("降低客户流失", "提升员工敬业度").
  parts.push(`${subjectZh}[\\p{Script=Han}]{0,4}?${headZh}`);
  return { theme: phrase.theme, kpi, objective: new RegExp(parts.join("|"), "iu") };
});

/** A theme a text gives through a subject phrase, and the words that said so. */
export interface SubjectHit {
  readonly theme: Theme;
  readonly because: string;
}

/**
 * The subject phrases of a KPI's text.
 * @param text the KPI's name and description (with the lexicon's metrics blanked out)
 * @returns one hit per theme found
 * @example kpiSubjectThemes("Nurse turnover rate").map((h) => h.theme) // ["people"]
 */
export function kpiSubjectThemes(text: string): SubjectHit[] {
  const hits: SubjectHit[] = [];
  for (const reading of READINGS) {
    const m = reading.kpi.exec(text);
    if (m !== null) hits.push({ theme: reading.theme, because: m[0] });
  }
  return hits;
}

/**
 * The subject phrases of an objective's text.
 * @param text the objective's name and description
 * @returns one hit per theme found
 * @example objectiveSubjectThemes("Retain our policyholders").map((h) => h.theme) // ["loyalty"]
 */
export function objectiveSubjectThemes(text: string): SubjectHit[] {
  const hits: SubjectHit[] = [];
  for (const reading of READINGS) {
    const m = reading.objective?.exec(text);
    if (m !== undefined && m !== null) hits.push({ theme: reading.theme, because: m[0] });
  }
  return hits;
}

const POPULATION = new RegExp(`(?<![a-z])(?:${alt([...SUBJECTS.customer.en, ...SUBJECTS.workforce.en, "fte", "head", "capita", "person", "resident", "pupil", "patient", "household", "citizen", "member", "bed", "room"], noun)})(?![a-z])|${altZh([...SUBJECTS.customer.zh, ...SUBJECTS.workforce.zh])}`, "iu");

/**
 * Whether a text names a population (people a KPI is about): customers, staff, pupils, patients, residents …
 * @param text a few words ("paying user", "teacher", "1,000 orders")
 * @returns true when a subject noun is among them
 * @example isPopulation("teacher") // true
 * @example isPopulation("delivery") // false
 */
export function isPopulation(text: string): boolean {
  return POPULATION.test(text);
}
