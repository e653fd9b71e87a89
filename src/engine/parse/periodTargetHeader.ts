/**
 * Recognising a per-period target column from its header (DOMAIN §5 "Per-period targets (Target
 * Jan…, 1月目标…)"): a period header (see periodHeader.ts) with a target word before it (`Target Jan`,
 * `Target 2026-01`, `目标1月`), after it (`Jan target`, `Q1 target`, `1月目标`, `2026年1月目标`,
 * `一季度目标`) or in brackets after it (`Jan (plan)`). A year alone is not a period target: `Target
 * 2026`, `FY27 Target` and `2026年目标` stay the KPI's main target.
 */
import { PERIOD_TARGET_WORDS } from "../data/headerSynonyms";
import { parsePeriodHeader, type PeriodHeader } from "./periodHeader";

const CJK = /[\u3400-\u9fff]/u;
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/ /gu, "\\s+");
const byLength = (a: string, b: string): number => b.length - a.length;
const LATIN = PERIOD_TARGET_WORDS.filter((w) => !CJK.test(w)).sort(byLength).map(escape).join("|");
const CHINESE = PERIOD_TARGET_WORDS.filter((w) => CJK.test(w)).sort(byLength).map(escape).join("|");
const ANY = `${LATIN}|${CHINESE}`;
/** Separators between a target word and its period ("Target: Jan", "Jan – target", "Plan/Q1"). */
const SEP = "\\s*[:\\-/|·_]\\s*|\\s+";

const BRACKETED = new RegExp(`^(.+?)\\s*[([【]\\s*(?:${ANY})\\.?\\s*[)\\]】]$`, "iu");
const LATIN_BEFORE = new RegExp(`^(?:${LATIN})\\.?(?:${SEP})(.+)$`, "iu");
const LATIN_AFTER = new RegExp(`^(.+?)(?:${SEP})(?:${LATIN})\\.?$`, "iu");
const CHINESE_BEFORE = new RegExp(`^(?:${CHINESE})(?:${SEP})?(.+)$`, "u");
const CHINESE_AFTER = new RegExp(`^(.+?)(?:${SEP})?(?:${CHINESE})$`, "u");
/** A unit or % suffix in brackets, dropped first ("Target Jan (%)", "1月目标（万元）"). */
const UNIT_SUFFIX = /\s*[([【][^)\]】]{0,12}[)\]】]\s*$/u;

/**
 * Parses a header as a per-period target column.
 * @param header a header cell (text; anything else names no period target)
 * @returns the period it targets (its `label` is the period part as written, e.g. `Jan`, `2026-01`,
 *   `Q1`, `1月`, `一季度`), or `undefined` when the header is not a per-period target
 * @example parsePeriodTargetHeader("Target Jan") // { label: "Jan", cadence: "monthly", index: 1, sortKey: 31 }
 * @example parsePeriodTargetHeader("2026年1月目标") // { label: "2026年1月", cadence: "monthly", year: 2026, index: 1, … }
 * @example parsePeriodTargetHeader("Target 2026") // undefined (a year alone: the main target)
 */
export function parsePeriodTargetHeader(header: unknown): PeriodHeader | undefined {
  if (typeof header !== "string") return undefined;
  const text = header.normalize("NFKC").trim();
  if (text === "" || text.length > 60) return undefined;
  const bracketed = BRACKETED.exec(text)?.[1];
  if (bracketed !== undefined) return period(bracketed);
  const bare = text.replace(UNIT_SUFFIX, "");
  for (const pattern of [LATIN_BEFORE, LATIN_AFTER, CHINESE_BEFORE, CHINESE_AFTER]) {
    const rest = pattern.exec(bare)?.[1];
    if (rest === undefined) continue;
    const found = period(rest);
    if (found !== undefined) return found;
  }
  return undefined;
}

function period(text: string): PeriodHeader | undefined {
  const found = parsePeriodHeader(text.trim());
  return found === undefined || found.cadence === "yearly" ? undefined : found;
}
