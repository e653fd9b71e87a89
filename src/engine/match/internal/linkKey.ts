import { LINK_ABBREVIATIONS } from "../../data/synonyms";
import { normalizeHeader, normalizeText } from "../../parse/normalize";

/**
 * Precomputed forms of an objective name or a KPI's objective cell, so that comparing a link with
 * every objective costs a few string comparisons (DOMAIN §4 "explicit link").
 */
export interface LinkKey {
  /** normalizeHeader of the text: no case, spaces, punctuation, full-width forms. */
  readonly compact: string;
  /** Words without function words, abbreviations expanded ("cx" → "customer", "experience"). */
  readonly words: readonly string[];
  /** `words` joined: the compact form after expanding abbreviations. */
  readonly expanded: string;
  /** First letters of `words` (for "CX" ~ "Customer Experience" style initials). */
  readonly initials: string;
  /** The text as capital initials ("CX", "C.X."), else "". */
  readonly acronym: string;
}

const FUNCTION_WORDS = new Set(["the", "a", "an", "of", "and", "to", "for", "in", "our", "on", "的", "和", "与", "及"]);

export function linkKey(text: string): LinkKey {
  const raw = text.normalize("NFKC").trim();
  const words = (normalizeText(raw).match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => !FUNCTION_WORDS.has(w))
    .flatMap((w) => (LINK_ABBREVIATIONS.get(w) ?? w).split(" "));
  const acronym = raw.replace(/\./g, "");
  return {
    compact: normalizeHeader(raw),
    words,
    expanded: words.join(""),
    initials: words.length >= 2 ? words.map((w) => w.charAt(0)).join("") : "",
    acronym: /^[A-Z]{2,6}$/.test(acronym) ? acronym.toLowerCase() : "",
  };
}

/** Optimal-string-alignment distance (adjacent swaps count 1), or `limit + 1` once it exceeds `limit`. */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Typos allowed for a compact text of this length: none up to 4 characters, 1 up to 11, else 2. */
export function typoAllowance(length: number): number {
  return length >= 12 ? 2 : length >= 5 ? 1 : 0;
}

function prefixWords(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length !== long.length) return false;
  return short.every((word, i) => {
    const other = long[i] ?? "";
    return word === other || (word.length >= 3 && other.startsWith(word)) || (other.length >= 3 && word.startsWith(other));
  });
}

/** How closely two keys match: 0 the same text, 1 the same after abbreviation / initials / prefix rules, 2 within typos, 3 no match. */
export function linkCloseness(link: LinkKey, objective: LinkKey): 0 | 1 | 2 | 3 {
  if (link.compact === "" || objective.compact === "") return 3;
  if (link.compact === objective.compact) return 0;
  if (link.expanded !== "" && link.expanded === objective.expanded) return 1;
  if ((link.acronym !== "" && link.acronym === objective.initials) || (objective.acronym !== "" && objective.acronym === link.initials)) return 1;
  if (prefixWords(link.words, objective.words)) return 1;
  const limit = typoAllowance(Math.max(link.expanded.length, objective.expanded.length));
  if (limit > 0 && typoDistance(link.expanded, objective.expanded, limit) <= limit) return 2;
  return 3;
}
