import type { Theme } from "./lexiconTypes";

/**
 * Which themes a theme feeds, one step removed (DOMAIN §4 theme evidence): a metric of the first
 * serves an objective about the second, a little less surely than one of its own theme. "First-
 * response time" (service) serves "提升客户满意度" (satisfaction); "30-day readmissions" (clinical
 * quality) serves "Put patient safety first"; "employee turnover" (people) serves "吸引和保留优秀人才"
 * (talent). Directed: quality feeds safety, but a safety metric is no evidence for "a reliable
 * platform". Written for this project from the cause-and-effect links of strategy maps (Kaplan &
 * Norton: learning → process → customer → financial) and kept short on purpose: nothing feeds
 * "growth", since nearly every customer metric would then serve "Grow revenue". A narrow theme feeds the
 * broad one it belongs to (credit and compliance → risk; leadership → talent; quality → reliability), so
 * that "不良贷款率" serves "防控金融风险" as well as, more surely, "提升资产质量".
 */
export const THEME_FEEDS: Readonly<Record<Theme, readonly Theme[]>> = {
  growth: [],
  profitability: [],
  cost: ["profitability"],
  cash: [],
  efficiency: ["cost", "profitability"],
  quality: ["safety", "reliability"],
  reliability: [],
  delivery: ["satisfaction", "supply"],
  service: ["satisfaction"],
  satisfaction: ["loyalty"],
  loyalty: [],
  acquisition: [],
  awareness: ["acquisition"],
  market: [],
  innovation: [],
  digital: ["innovation"],
  people: ["talent"],
  talent: ["people"],
  leadership: ["talent", "learning"],
  learning: ["talent", "people", "leadership"],
  education: [],
  access: [],
  health: [],
  safety: [],
  risk: [],
  compliance: ["risk"],
  credit: ["risk"],
  sustainability: [],
  supply: ["delivery"],
};

/**
 * A theme link one step removed counts this much of a direct one: with an objective's phrase ("客户满意度",
 * "patient safety") it is still clear (0.75), with a single word ("safe") it is not (0.64).
 */
export const FEED_WEIGHT = 0.75;
