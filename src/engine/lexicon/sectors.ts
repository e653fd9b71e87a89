/**
 * Which lines of business a text names (DOMAIN §4, no false links): "Pupil attendance rate" is a
 * school's, "Scrap rate" a factory's, "Fill more rooms at better rates" a hotel's. Sectors are a bit set
 * (one bit per SECTORS member) so that comparing a KPI with every objective costs an AND. Words:
 * src/engine/data/sectorWords.ts; a lexicon metric also carries the sectors its own names say
 * ("RevPAR" / "每间可售房收入" → hospitality).
 */
import { SECTORS, type MetricEntry, type Sector } from "../data/lexiconTypes";
import { SECTOR_KIN, SECTOR_WORDS } from "../data/sectorWords";
import { makeWordMatcher } from "../smart/wordMatcher";

const BIT = new Map<Sector, number>(SECTORS.map((sector, i) => [sector, 2 ** i]));
const bitOf = (sector: Sector): number => BIT.get(sector) ?? 0;
const key = (term: string) => term.toLowerCase().trim().replace(/[\s-]+/g, " ");

const TERM_MASK = new Map<string, number>();
for (const sector of SECTORS) {
  for (const term of [...SECTOR_WORDS[sector].en, ...SECTOR_WORDS[sector].zh]) TERM_MASK.set(key(term), (TERM_MASK.get(key(term)) ?? 0) | bitOf(sector));
}
const MATCHER = makeWordMatcher(
  [{ terms: SECTORS.flatMap((sector) => SECTOR_WORDS[sector].en), inflection: "verb" }],
  SECTORS.flatMap((sector) => SECTOR_WORDS[sector].zh),
);

/** Each sector's bit together with the bits of its kin (SECTOR_KIN, both ways). */
const KIN = new Map<number, number>(SECTORS.map((sector) => [bitOf(sector), bitOf(sector)]));
for (const [a, b] of SECTOR_KIN) {
  KIN.set(bitOf(a), (KIN.get(bitOf(a)) ?? 0) | bitOf(b));
  KIN.set(bitOf(b), (KIN.get(bitOf(b)) ?? 0) | bitOf(a));
}

/**
 * The sectors a text names, as a bit set (0: none).
 * @param text any text, English, Chinese or mixed
 * @returns the bit set
 * @example sectorNames(sectorMask("Pupil attendance rate")) // ["education"]
 */
export function sectorMask(text: string): number {
  if (typeof text !== "string" || text === "") return 0;
  let mask = 0;
  for (const found of MATCHER.find(text)) {
    mask |= TERM_MASK.get(found) ?? TERM_MASK.get(found.replace(/(?:es|ed|ing)$/, "")) ?? TERM_MASK.get(found.replace(/(?:s|d)$/, "")) ?? TERM_MASK.get(found.replace(/(?:ed|ing)$/, "e")) ?? TERM_MASK.get(found.replace(/(.)\1(?:ed|ing)$/, "$1")) ?? 0;
  }
  return mask;
}

const ENTRY_MASK = new Map<string, number>();

/**
 * The sectors a lexicon metric's own names say in both languages ("net interest margin" / "净息差" →
 * finance; "RevPAR" / "每间可售房收入" → hospitality).
 * @param entry a lexicon entry
 * @returns the bit set (0 for a metric any business uses)
 */
export function entrySectors(entry: MetricEntry): number {
  let mask = ENTRY_MASK.get(entry.id);
  if (mask === undefined) {
    // Only a sector both languages' names say: one loose synonym ("系统使用率" for digital adoption) does not make a metric a sector's.
    mask = sectorMask(`${entry.en.join(" ; ")} ; ${(entry.abbr ?? []).join(" ; ")}`) & sectorMask(entry.zh.join(" ; "));
    ENTRY_MASK.set(entry.id, mask);
  }
  return mask;
}

/**
 * Whether a KPI of these sectors can serve an objective (or strategy) of those: either names no sector,
 * or they share one or a kindred one.
 * @param kpi the KPI's sector bits
 * @param objective the objective's (or the whole strategy's) sector bits
 * @returns false only when both name sectors and none can meet
 * @example sectorsMeet(sectorMask("Pupil attendance"), sectorMask("Keep our platform reliable")) // false
 */
export function sectorsMeet(kpi: number, objective: number): boolean {
  if (kpi === 0 || objective === 0) return true;
  let kin = 0;
  for (let bits = kpi; bits !== 0; bits &= bits - 1) kin |= KIN.get(bits & -bits) ?? 0;
  return (kin & objective) !== 0;
}

/**
 * The names of the sectors in a bit set (for tests and explanations).
 * @param mask a bit set from sectorMask
 * @returns sector names in SECTORS order
 */
export function sectorNames(mask: number): Sector[] {
  return SECTORS.filter((sector) => (mask & bitOf(sector)) !== 0);
}

/** Businesses any company may be in: a strategy that names no sector may well be theirs. */
const GENERIC = ["manufacturing", "retail", "goods", "software", "transport"].reduce((bits, sector) => bits | bitOf(sector as Sector), 0);

/**
 * Whether a KPI's sectors are a particular line of business (a hospital's, a school's, a hotel's, a
 * bank's …) rather than one any company may be in (making, selling, moving goods, software).
 * @param kpi the KPI's sector bits
 * @returns true when it names a sector outside the generic ones
 * @example isParticular(sectorMask("Bed occupancy rate")) // true
 * @example isParticular(sectorMask("Scrap rate")) // false
 */
export function isParticular(kpi: number): boolean {
  return (kpi & ~GENERIC) !== 0;
}
