/**
 * Recognising a column's role from its header (DOMAIN §1 "Header recognition"), by the synonym lists in
 * data/headerSynonyms.ts.
 */
import { COMPUTED_HEADER_WORDS, HEADER_QUALIFIER_PATTERN, HEADER_SYNONYMS } from "../data/headerSynonyms";
import type { ColumnRole, HeaderRole } from "../model";
import { cellText } from "../parse/internal/cellText";
import { normalizeHeader } from "../parse/normalize";
import { headerKeys, isCjkWord, spacedWord } from "./internal/headerKeys";

/** A role a header could have, with how strongly it matched (exact 100, after dropping a qualifier 90, else the synonym's length). */
export interface RoleCandidate {
  readonly role: HeaderRole;
  readonly score: number;
}

interface Synonym {
  readonly role: HeaderRole;
  readonly key: string;
  readonly spaced: string;
  readonly cjk: boolean;
}

const EXACT = new Map<string, HeaderRole>();
const SYNONYMS: Synonym[] = [];
for (const [role, words] of Object.entries(HEADER_SYNONYMS) as [HeaderRole, readonly string[]][]) {
  for (const word of words) {
    const key = normalizeHeader(word);
    if (key === "") continue;
    if (!EXACT.has(key)) EXACT.set(key, role);
    const cjk = isCjkWord(key);
    if (cjk ? key.length >= 2 : key.length >= 3) SYNONYMS.push({ role, key, spaced: spacedWord(word), cjk });
  }
}
SYNONYMS.sort((a, b) => b.key.length - a.key.length);
const COMPUTED = COMPUTED_HEADER_WORDS.map((w) => ({ cjk: isCjkWord(w), key: normalizeHeader(w), spaced: spacedWord(w) }));
const NONE: readonly RoleCandidate[] = [];

/**
 * Every role a header could have, best first (one entry per role).
 * @param header a header cell
 * @returns candidates (including `parent`, DOMAIN §2), empty when the header names no role or a computed column ("Achievement %", "完成率")
 * @example roleCandidates("上级指标") // [{ role: "parent", score: 100 }, …]
 * @example roleCandidates("责任部门") // [{ role: "owner", score: 100 }, { role: "department", score: 4 }]
 */
export function roleCandidates(header: unknown): readonly RoleCandidate[] {
  const text = cellText(header);
  if (text.trim() === "" || text.length > 80) return NONE;
  const { key, spaced } = headerKeys(text);
  if (key === "") return NONE;
  const found = new Map<HeaderRole, number>();
  const exact = EXACT.get(key);
  if (exact !== undefined) found.set(exact, 100);
  else {
    if (COMPUTED.some((w) => (w.cjk ? key.includes(w.key) : spaced.includes(w.spaced)))) return NONE;
    const bare = key.replace(HEADER_QUALIFIER_PATTERN, "").replace(HEADER_QUALIFIER_PATTERN, "");
    const qualified = bare !== key ? EXACT.get(bare) : undefined;
    if (qualified !== undefined) found.set(qualified, 90);
  }
  for (const s of SYNONYMS) {
    const hit = s.cjk ? key.includes(s.key) : spaced.includes(s.spaced);
    if (!hit) continue;
    const ends = s.cjk ? key.endsWith(s.key) : spaced.endsWith(s.spaced);
    const score = Math.min(s.key.length + (ends ? 2 : 0), 50);
    if ((found.get(s.role) ?? 0) < score) found.set(s.role, score);
  }
  return [...found].map(([role, score]) => ({ role, score })).sort((a, b) => b.score - a.score);
}

/**
 * The role a header names, by normalised synonyms: exact synonyms first, then a year/YTD qualifier dropped
 * ("Target 2026", "FY27 Target", "YTD Actual"), then the most specific synonym inside the header
 * ("KPI Owner" → owner, "Target date" → deadline). A Parent column (DOMAIN §2 "Cascades") is not one of
 * the sixteen `ColumnRole`s: for "Parent KPI" or "上级指标" the answer is `undefined`, and
 * {@link roleCandidates} names it (`parent`).
 * @param header a header cell
 * @returns the role, or `undefined`
 * @example roleOfHeader("目标（万元）") // "target"
 * @example roleOfHeader("KPI Owner") // "owner"
 */
export function roleOfHeader(header: unknown): ColumnRole | undefined {
  const role = roleCandidates(header)[0]?.role;
  return role === "parent" ? undefined : role;
}
