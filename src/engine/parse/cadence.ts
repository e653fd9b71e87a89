/**
 * Reading a reporting cadence (DOMAIN §1 "frequency"): `monthly`, `每月`, `Quarterly`, `季度` …
 */
import { CADENCE_WORDS } from "../data/cadenceWords";
import type { Cadence } from "../model";
import { normalizeHeader } from "./normalize";

const LOOKUP = new Map<string, Cadence>();
for (const [cadence, words] of Object.entries(CADENCE_WORDS) as [Cadence, readonly string[]][]) {
  for (const word of words) LOOKUP.set(normalizeHeader(word), cadence);
}
/** "every 3 months", "按季度考核", "monthly reporting": a cadence word inside longer text. */
const INSIDE: readonly [RegExp, Cadence][] = [
  [/half[- ]?year|semi[- ]?annual|bi[- ]?annual|半年/u, "half-yearly"],
  [/quarter|季/u, "quarterly"],
  [/month|每月|月度|按月/u, "monthly"],
  [/week|每周|周度|按周/u, "weekly"],
  [/daily|\bday\b|每日|每天|日度|按日/u, "daily"],
  [/annual|yearly|\byear\b|每年|年度|按年/u, "yearly"],
];

/**
 * Parses a cadence cell.
 * @param value a cell value (text such as `monthly`, `每月`, `Q` is not enough)
 * @returns the cadence, or `undefined` when the text names none
 * @example parseCadence("每季度") // "quarterly"
 * @example parseCadence("Monthly reporting") // "monthly"
 */
export function parseCadence(value: unknown): Cadence | undefined {
  if (typeof value !== "string") return undefined;
  const key = normalizeHeader(value);
  if (key === "") return undefined;
  const exact = LOOKUP.get(key);
  if (exact !== undefined) return exact;
  if (key.length > 40) return undefined;
  const text = value.normalize("NFKC").toLowerCase();
  for (const [pattern, cadence] of INSIDE) if (pattern.test(text)) return cadence;
  return undefined;
}
