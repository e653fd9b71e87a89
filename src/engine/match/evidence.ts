/**
 * Why a KPI is linked to an objective, said in both languages (DOMAIN §4 "the evidence is shown"):
 * "time to hire measures talent attraction", "shares the words “revenue”", "its objective cell names it".
 * Shown by KPI.SMARTNOTE, the SMART Review and Strategy Match sheets, and the task pane.
 */
import { THEME_LABELS } from "../data/themeLabels";
import type { Bilingual } from "../model";
import type { LinkEvidence } from "./links";
import { tokenize } from "./tokenize";

const HAN = /\p{Script=Han}/u;
let segmenter: Intl.Segmenter | undefined;

/** The objective's own words behind the shared concepts ("customers" for the concept "customer"). */
function sharedWords(objective: string, concepts: readonly string[]): string[] {
  const wanted = new Set(concepts);
  const words = HAN.test(objective)
    ? Array.from((segmenter ??= new Intl.Segmenter("zh", { granularity: "word" })).segment(objective), (s) => s.segment)
    : objective.split(/[^\p{L}\p{N}&-]+/u);
  const found: string[] = [];
  for (const word of words) {
    if (word.trim() === "") continue;
    if (tokenize(word).some((c) => wanted.has(c)) && !found.includes(word)) found.push(word);
  }
  return found.length > 0 ? found : [...concepts];
}

/**
 * The evidence of a link as a phrase.
 * @param evidence from `links` / `bestObjective`
 * @param objective the objective's name (for the words it shares)
 * @returns the phrase in English and Chinese
 * @example linkEvidenceText({ kind: "theme", theme: "talent", metric: "Time to hire", keyword: "talent" }, "Attract top talent").en // "Time to hire measures talent attraction"
 */
export function linkEvidenceText(evidence: LinkEvidence, objective: string): Bilingual {
  switch (evidence.kind) {
    case "explicit":
      return { en: "its objective cell names it", zh: "其战略目标栏写明了该目标" };
    case "theme": {
      const label = THEME_LABELS[evidence.theme];
      return { en: `${evidence.metric} measures ${label.en}`, zh: `${evidence.metric}衡量${label.zh}` };
    }
    case "topic": {
      const same = evidence.term === evidence.keyword;
      return same
        ? { en: `“${evidence.term}” is about ${evidence.label.en}`, zh: `“${evidence.term}”关乎${evidence.label.zh}` }
        : { en: `“${evidence.term}” and “${evidence.keyword}” are both about ${evidence.label.en}`, zh: `“${evidence.term}”与“${evidence.keyword}”都关乎${evidence.label.zh}` };
    }
    default: {
      const words = sharedWords(objective, evidence.concepts).slice(0, 3);
      return { en: `shares the words ${words.map((w) => `“${w}”`).join(", ")}`, zh: `共有词语${words.map((w) => `“${w}”`).join("、")}` };
    }
  }
}
