/**
 * Table headers must be unique (ignoring case) and non-blank: blanks become `P3` (their 1-based
 * position), repeats get ` (2)`, ` (3)` ….
 * @param labels header texts
 * @returns valid, unique headers
 * @example uniqueHeaders(["Jan", "", "jan"]) // ["Jan", "P2", "jan (2)"]
 */
export function uniqueHeaders(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.map((raw, i) => {
    const base = raw.trim() === "" ? `P${i + 1}` : raw.trim();
    let label = base;
    for (let n = 2; seen.has(label.toLowerCase()); n++) label = `${base} (${n})`;
    seen.add(label.toLowerCase());
    return label;
  });
}
