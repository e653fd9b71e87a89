/**
 * Topic evidence for KPI–strategy links (DOMAIN §4 "theme evidence beside token overlap"): a topic is
 * one narrow measurable subject ("schedule reliability", "supply interruptions", "现金周转") and the many
 * words KPIs and objectives use for it (data/topics.*.ts). A KPI and an objective that name one topic are
 * clearly related even when they share no word: "Completion factor — share of scheduled flights
 * operated" and "Run a dependable timetable", "户均停电时间" and "保障安全可靠供电".
 *
 * Matching is by lookup, not by regular expression (10,000 KPIs against thousands of terms): English
 * text is split into words and stemmed as the tokenizer does (so "outages" finds "outage", "delayed"
 * finds "delay"), and every run of up to the longest term's length is looked up; Chinese text is looked
 * up at every position for every term length. The tables are built once, at module load.
 */
import type { TopicGroup } from "../data/lexiconTypes";
import { COMMERCIAL_TOPICS } from "../data/topics.commercial";
import { INDUSTRY_TOPICS } from "../data/topics.industry";
import { OPERATIONS_TOPICS } from "../data/topics.operations";
import { SERVICES_TOPICS } from "../data/topics.services";
import { stem } from "../match/stem";
import { normalizeText } from "../parse/normalize";

/** Every topic, in a fixed order (its index is its identity within a run). */
export const TOPICS: readonly TopicGroup[] = [...OPERATIONS_TOPICS, ...COMMERCIAL_TOPICS, ...INDUSTRY_TOPICS, ...SERVICES_TOPICS];

/** A topic a text names, and the words that named it (as written, lower case). */
export interface TopicHit {
  readonly topic: number;
  readonly term: string;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;
const WORDS = /[a-z0-9]+(?:&[a-z0-9]+)*/gu;

const english = new Map<string, number[]>();
const chinese = new Map<string, number[]>();
let longestPhrase = 1;
let longestChinese = 2;

function enter(table: Map<string, number[]>, key: string, topic: number): void {
  const at = table.get(key);
  if (at === undefined) table.set(key, [topic]);
  else if (!at.includes(topic)) at.push(topic);
}

/**
 * How an English term is looked up: its words, stemmed, one space apart ("Late deliveries" → "late delivery").
 * @param term an English term or phrase
 * @returns the key ("" for a term without words)
 */
export function englishTermKey(term: string): string {
  return Array.from(normalizeText(term).matchAll(WORDS), (m) => stem(m[0])).join(" ");
}

TOPICS.forEach((group, topic) => {
  for (const term of group.en) {
    const key = englishTermKey(term);
    if (key === "") continue;
    enter(english, key, topic);
    longestPhrase = Math.max(longestPhrase, key.split(" ").length);
  }
  for (const term of group.zh) {
    const key = normalizeText(term).replace(/\s+/g, "");
    if (key.length < 2) continue;
    enter(chinese, key, topic);
    longestChinese = Math.max(longestChinese, key.length);
  }
});

function record(hits: Map<number, string>, topics: readonly number[] | undefined, term: string): void {
  if (topics === undefined) return;
  for (const topic of topics) if (!hits.has(topic)) hits.set(topic, term);
}

/**
 * The topics a text names.
 * @param text a KPI's name and description, or an objective's
 * @returns one hit per topic (the first words that named it), in order of first appearance
 * @example topicsOf("Customer minutes lost to outages").map((h) => TOPICS[h.topic]?.id) // includes "supply-interruptions"
 */
export function topicsOf(text: string): TopicHit[] {
  if (typeof text !== "string" || text.trim() === "") return [];
  const normal = normalizeText(text);
  const hits = new Map<number, string>();
  const words = Array.from(normal.matchAll(WORDS), (m) => m[0]);
  if (words.length > 0) {
    const stems = words.map(stem);
    for (let i = 0; i < stems.length; i++) {
      for (let n = 1; n <= longestPhrase && i + n <= stems.length; n++) {
        record(hits, english.get(stems.slice(i, i + n).join(" ")), words.slice(i, i + n).join(" "));
      }
    }
  }
  if (HAN.test(normal)) {
    for (const match of normal.matchAll(HAN_RUNS)) {
      const run = match[0];
      for (let i = 0; i + 1 < run.length; i++) {
        for (let n = 2; n <= longestChinese && i + n <= run.length; n++) {
          const term = run.slice(i, i + n);
          record(hits, chinese.get(term), term);
        }
      }
    }
  }
  return Array.from(hits, ([topic, term]) => ({ topic, term }));
}

/**
 * The first topic two texts' hits share, in the KPI's order.
 * @param kpi the KPI's topic hits
 * @param objective the objective's topic hits
 * @returns the KPI's hit and the objective's, or undefined
 */
export function sharedTopic(kpi: readonly TopicHit[], objective: readonly TopicHit[]): { kpi: TopicHit; objective: TopicHit; count: number } | undefined {
  if (kpi.length === 0 || objective.length === 0) return undefined;
  let first: { kpi: TopicHit; objective: TopicHit } | undefined;
  let count = 0;
  for (const k of kpi) {
    const o = objective.find((h) => h.topic === k.topic);
    if (o === undefined) continue;
    count++;
    first ??= { kpi: k, objective: o };
  }
  return first === undefined ? undefined : { ...first, count };
}
