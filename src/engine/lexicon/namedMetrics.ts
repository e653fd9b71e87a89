/**
 * The measured things a text names (DOMAIN §3 "S"): the lexicon's metrics, the generic metric nouns
 * (sales, cost, profit, 收入, 成本 … in src/engine/data/metricNouns.*), else a phrase recognised by its
 * head word (metricHead). Used by Specific, by the several-goals rule, by Measurable (a metric is what
 * a target is measured in) and by the SMART rewrite.
 */
import type { MetricEntry } from "../data/lexiconTypes";
import { METRIC_MATCHER } from "../smart/vocabulary";
import { metricHead } from "./metricHead";
import { findMetrics } from "./metricIndex";

/** A measured thing named in a text. */
export interface NamedMetric {
  /** Stable key: the lexicon id, or the words themselves. */
  readonly key: string;
  /** As written. */
  readonly text: string;
  /** The lexicon entry, when the lexicon knows it. */
  readonly entry?: MetricEntry;
}

/**
 * The measured things named in a text, lexicon metrics first.
 * @param text any text
 * @returns the lexicon's metrics and the generic metric nouns found (a noun inside a lexicon name is not
 *   repeated); when there are none, the phrase recognised by its head (if any)
 * @example namedMetrics("Raise NPS from 30 to 45").map((m) => m.key) // ["net-promoter-score"]
 * @example namedMetrics("increase sales and reduce costs").map((m) => m.key) // ["sales", "costs"]
 * @example namedMetrics("线上渠道退单率").map((m) => m.text) // ["退单率"]
 */
export function namedMetrics(text: string): NamedMetric[] {
  if (typeof text !== "string" || text === "") return [];
  const hits = findMetrics(text).map((h): NamedMetric => ({ key: h.entry.id, text: h.text, entry: h.entry }));
  const inside = hits.map((h) => h.text.toLowerCase());
  for (const noun of METRIC_MATCHER.find(text)) {
    if (!inside.some((name) => name.includes(noun)) && !hits.some((h) => h.key === noun)) hits.push({ key: noun, text: noun });
  }
  if (hits.length > 0) return hits;
  const head = metricHead(text);
  return head === undefined ? [] : [{ key: head.text.toLowerCase(), text: head.text }];
}
