import type { Direction, Perspective } from "../model";

/**
 * Types of the curated bilingual metric lexicon (metricLexicon.ts) and of the objective themes
 * (themeKeywords.ts). DOMAIN §3 "S" (a metric noun names a concrete measured thing) and §4 (a
 * metric links to the objective themes it serves).
 */

/** What an objective is about; a metric serves one or more of these. */
export const THEMES = [
  "growth", "profitability", "cost", "cash", "efficiency", "quality", "reliability", "delivery", "service", "satisfaction",
  "loyalty", "acquisition", "awareness", "market", "innovation", "digital", "people", "talent", "leadership", "learning",
  "education", "access", "health", "safety", "risk", "compliance", "credit", "sustainability", "supply",
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Lines of business a text can name (sectorWords.ts): a theme link between a KPI and an objective is
 * made only when their sectors can meet (DOMAIN §4, no false links).
 */
export const SECTORS = [
  "health", "care", "education", "hospitality", "travel", "retail", "transport", "manufacturing", "construction", "property",
  "finance", "insurance", "public", "policing", "energy", "water", "telecom", "software", "agriculture", "pharma", "goods", "nonprofit",
] as const;
export type Sector = (typeof SECTORS)[number];

/** What a metric is measured in. */
export type UnitKind = "currency" | "percent" | "count" | "duration" | "ratio" | "score" | "index";

/** One metric: its names in both languages, and what it usually means for a scorecard. */
export interface MetricEntry {
  /** Stable id, kebab-case English ("net-promoter-score"). */
  readonly id: string;
  /** English names and synonyms, lower case, singular ("net promoter score", "promoter score"). Matched by whole words, case-insensitive, plural "s" allowed. */
  readonly en: readonly string[];
  /** Abbreviations matched case-sensitively as whole words ("NPS", "eNPS", "DSO"). */
  readonly abbr?: readonly string[];
  /** Chinese names and synonyms, matched as substrings (no single characters). */
  readonly zh: readonly string[];
  readonly perspective: Perspective;
  /** The usual good direction; "target" for metrics kept in a band (inventory days, utilisation …). */
  readonly direction: Extract<Direction, "higher" | "lower" | "target">;
  readonly unit: UnitKind;
  /** The objective themes the metric serves, most direct first (1–3). */
  readonly themes: readonly Theme[];
}

/** Words in an objective's text that say it is about a theme, in both languages. */
export interface ThemeKeywords {
  /** English words or phrases, lower case; matched by whole words with plural / verb endings. */
  readonly en: readonly string[];
  /** Chinese words, matched as substrings. */
  readonly zh: readonly string[];
}

/**
 * A topic: one narrow measurable subject ("punctuality", "supply interruptions", "坪效") that KPIs and
 * objectives name in many different words. Finer than a theme: within one theme (reliability) it tells
 * "Run a dependable timetable" from "Keep the network up". A KPI and an objective that both name a topic
 * are clearly related (DOMAIN §4, theme evidence), even when they share no word ("Completion factor" /
 * "share of scheduled flights operated" and "Run a dependable timetable").
 */
export interface TopicGroup {
  /** Stable id, kebab-case English ("schedule-reliability"). */
  readonly id: string;
  /** What the topic is, for the evidence shown to users ("schedule reliability" / "准点运行"). */
  readonly label: { readonly en: string; readonly zh: string };
  /** English words and phrases, lower case; matched by whole words after stemming (plurals and verb endings fold). */
  readonly en: readonly string[];
  /** Chinese words (2+ characters), matched as substrings. */
  readonly zh: readonly string[];
}
