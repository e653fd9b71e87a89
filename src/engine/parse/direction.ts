/**
 * Reading which way is good (DOMAIN §1 "Direction"): from a direction cell, or inferred from a KPI name
 * only when the name holds an unambiguous lower-is-better word.
 */
import { DIRECTION_STEMS, DIRECTION_WORDS, LOWER_IS_BETTER_NAME_WORDS, LOWER_WORD_NEGATORS } from "../data/directionWords";
import type { Direction } from "../model";
import { foldText } from "./internal/cellText";

const fold = (text: string) => foldText(text).replace(/[.。!！]+$/u, "").trim();
const LOOKUP = new Map<string, Direction>();
for (const [direction, words] of Object.entries(DIRECTION_WORDS) as [Direction, readonly string[]][]) {
  for (const word of words) LOOKUP.set(fold(word), direction);
}
const STEMS = Object.entries(DIRECTION_STEMS) as [Direction, readonly string[]][];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isCjk = (s: string) => /[\u3400-\u9fff]/u.test(s);
const wordsPattern = (words: readonly string[]): RegExp => {
  const latin = words.filter((w) => !isCjk(w)).map((w) => `${escape(w).replace(/[- ]/g, "[- ]?")}(?:e?s)?`);
  const cjk = words.filter(isCjk).map(escape);
  const parts = [latin.length ? `(?<![a-z])(?:${latin.join("|")})(?![a-z])` : "", cjk.join("|")].filter(Boolean);
  return new RegExp(parts.join("|"), "u");
};
const LOWER_NAME = wordsPattern(LOWER_IS_BETTER_NAME_WORDS);
const NEGATOR = wordsPattern(LOWER_WORD_NEGATORS);

/**
 * Parses a direction cell: higher (higher, up, max, ↑, +, 越高越好, 正向, 高优 …), lower (lower, down, min,
 * ↓, −, 越低越好, 反向, 低优 …), target (on target, maintain, 适中 …) or band (range, 区间 …).
 * @param value a cell value
 * @returns the direction, or `undefined` when the text names none (or names two)
 * @example parseDirection("越低越好") // "lower"
 * @example parseDirection("↑") // "higher"
 */
export function parseDirection(value: unknown): Direction | undefined {
  if (typeof value !== "string") return undefined;
  const text = fold(value);
  if (text === "" || text.length > 60) return undefined;
  const exact = LOOKUP.get(text);
  if (exact !== undefined) return exact;
  let found: Direction | undefined;
  for (const [direction, stems] of STEMS) {
    if (stems.some((stem) => text.includes(stem))) {
      if (found !== undefined && found !== direction) return undefined;
      found = direction;
    }
  }
  return found;
}

/**
 * Infers lower-is-better from a KPI name, only from unambiguous words (cost, churn, complaints, defects,
 * CAC, errors, downtime, 成本, 流失率, 投诉, 缺陷, 差错 …) and never when the name turns them around
 * ("cost savings", "complaints resolved", "投诉处理率").
 * @param name the KPI name (description text may be appended by the caller)
 * @returns `"lower"` or `undefined` (the caller then assumes higher and reports it)
 * @example inferDirectionFromName("Customer churn rate") // "lower"
 * @example inferDirectionFromName("Cost savings") // undefined
 */
export function inferDirectionFromName(name: string): Direction | undefined {
  if (typeof name !== "string" || name === "") return undefined;
  const text = foldText(name.length > 500 ? name.slice(0, 500) : name);
  if (!LOWER_NAME.test(text) || NEGATOR.test(text)) return undefined;
  return "lower";
}
