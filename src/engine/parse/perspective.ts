/**
 * Reading a Balanced Scorecard perspective (DOMAIN §1): financial, customer, internal process,
 * learning & growth, in English or Chinese (`财务`, `客户`, `内部流程`/`内部运营`, `学习与成长`, `L&G` …).
 */
import { PERSPECTIVE_STEMS, PERSPECTIVE_WORDS } from "../data/perspectiveWords";
import type { Perspective } from "../model";
import { normalizeHeader } from "./normalize";

const LOOKUP = new Map<string, Perspective>();
for (const [perspective, words] of Object.entries(PERSPECTIVE_WORDS) as [Perspective, readonly string[]][]) {
  for (const word of words) LOOKUP.set(normalizeHeader(word), perspective);
}
const STEMS = Object.entries(PERSPECTIVE_STEMS) as [Perspective, readonly string[]][];
const NUMBERING = /^(?:\d+|[a-d]|[一二三四])(?=\D)/u;

/**
 * Parses a perspective cell.
 * @param value a cell value
 * @returns the perspective, or `undefined` when the text names none (or names two)
 * @example parsePerspective("Internal Process") // "process"
 * @example parsePerspective("学习与成长") // "learning"
 */
export function parsePerspective(value: unknown): Perspective | undefined {
  if (typeof value !== "string") return undefined;
  const key = normalizeHeader(value);
  if (key === "" || key.length > 60) return undefined;
  const exact = LOOKUP.get(key) ?? LOOKUP.get(key.replace(NUMBERING, "").replace(/(?:perspective|维度|层面|视角|方面)$/u, ""));
  if (exact !== undefined) return exact;
  let found: Perspective | undefined;
  for (const [perspective, stems] of STEMS) {
    if (stems.some((stem) => key.includes(stem))) {
      if (found !== undefined && found !== perspective) return undefined;
      found = perspective;
    }
  }
  return found;
}
