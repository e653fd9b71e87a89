/**
 * The SMART check's vocabulary, compiled once from the data lists (DOMAIN §3). Extend the lists in
 * src/engine/data, not here.
 */
import { CHANGE_WORDS_EN } from "../data/changeWords.en";
import { CHANGE_WORDS_ZH } from "../data/changeWords.zh";
import { DATA_SOURCE_WORDS_EN } from "../data/dataSourceWords.en";
import { DATA_SOURCE_WORDS_ZH } from "../data/dataSourceWords.zh";
import { METRIC_NOUNS_EN } from "../data/metricNouns.en";
import { METRIC_NOUNS_ZH } from "../data/metricNouns.zh";
import { VAGUE_ADJECTIVES_EN, VAGUE_VERBS_EN } from "../data/vagueWords.en";
import { VAGUE_ADJECTIVES_ZH, VAGUE_VERBS_ZH } from "../data/vagueWords.zh";
import { makeWordMatcher, type WordMatcher } from "./wordMatcher";

/** Concrete measured things: revenue, churn rate, 销售额, 复购率 … */
export const METRIC_MATCHER: WordMatcher = makeWordMatcher([{ terms: METRIC_NOUNS_EN, inflection: "noun" }], METRIC_NOUNS_ZH);

/** Vague verbs and adjectives: improve, significant, 提升, 显著 … */
export const VAGUE_MATCHER: WordMatcher = makeWordMatcher(
  [
    { terms: VAGUE_VERBS_EN, inflection: "verb" },
    { terms: VAGUE_ADJECTIVES_EN, inflection: "none" },
  ],
  [...VAGUE_VERBS_ZH, ...VAGUE_ADJECTIVES_ZH],
);

/** Verbs that open a goal (used to count the goals in one statement). */
export const GOAL_VERB_MATCHER: WordMatcher = makeWordMatcher(
  [{ terms: [...CHANGE_WORDS_EN.up, ...CHANGE_WORDS_EN.down, ...CHANGE_WORDS_EN.hold, ...VAGUE_VERBS_EN], inflection: "verb" }],
  [...CHANGE_WORDS_ZH.up, ...CHANGE_WORDS_ZH.down, ...CHANGE_WORDS_ZH.hold, ...VAGUE_VERBS_ZH],
);

/** Words naming where the numbers come from: CRM, survey, 报表 … */
export const DATA_SOURCE_MATCHER: WordMatcher = makeWordMatcher([{ terms: DATA_SOURCE_WORDS_EN, inflection: "none" }], DATA_SOURCE_WORDS_ZH);
