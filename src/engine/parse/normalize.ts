/**
 * Text normalisation shared by every reader (DOMAIN §1: "case, spaces, punctuation, full-width forms,
 * 「」, "(%)" suffixes ignored").
 */

/**
 * NFKC-folds (full-width → ASCII), lower-cases, trims and collapses white space.
 * @param text any text
 * @returns the normalised text
 * @example normalizeText(" ＫＰＩ\u3000Name ") // "kpi name" (full-width letters and space)
 */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Normalises a header for synonym lookup: as `normalizeText`, then drops unit suffixes such as
 * `(%)`, `（万元）`, brackets 「」【】, and all punctuation and spaces.
 * @param header header text as written
 * @returns a key to look up in the synonym lists
 * @example normalizeHeader("Target (%)") // "target"
 * @example normalizeHeader("「目标值」") // "目标值"
 */
export function normalizeHeader(header: string): string {
  return normalizeText(header)
    .replace(/[(（[【]\s*(%|％|percent|pct|百分比|[^)）\]】]{0,12}(元|rmb|usd|\$|¥|k|m|万|亿|个|天|小时|h|days?|hours?)[^)）\]】]{0,4})\s*[)）\]】]\s*$/u, "")
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;

/**
 * The lookup keys of a header that may be written in both languages at once (`战略目标 Strategic
 * objective`, `Priority 权重`): the whole header, its Chinese part alone and its Latin part alone, each
 * through {@link normalizeHeader}; empty and repeated keys dropped.
 * @param header header text as written
 * @returns one to three keys, the whole header first
 * @example headerKeysBilingual("战略目标 Strategic objective") // ["战略目标strategicobjective", "战略目标", "strategicobjective"]
 */
export function headerKeysBilingual(header: string): string[] {
  const whole = normalizeHeader(header);
  const chinese = normalizeHeader((header.normalize("NFKC").match(CJK_RUN) ?? []).join(""));
  const latin = normalizeHeader(header.normalize("NFKC").replace(CJK_RUN, " "));
  return [...new Set([whole, chinese, latin].filter((k) => k !== ""))];
}
