/**
 * Builds a criterion result from the SMART message tables, so every result carries a stable code and
 * its message in both languages.
 *
 * Speed: checkSmart runs on 100,000 KPIs, and filling templates with formatMessage's regex replace
 * cost more than the check itself. Each template is therefore split once into literal parts and
 * placeholder names, and filled by concatenation; the output is the same as formatMessage's (a test
 * compares the two for every code).
 */
import type { MessageParams, MessageTemplate } from "../messages/define";
import { SMART_MESSAGES, SMART_SUGGESTIONS, type SmartCode } from "../messages/smart";
import type { Bilingual } from "../model";
import type { CriterionResult, CriterionState } from "./smartTypes";

/** Literal parts at even indexes, placeholder names at odd indexes. */
type Compiled = readonly string[];
const compiledCache = new Map<string, Compiled>();

function compile(text: string): Compiled {
  let parts = compiledCache.get(text);
  if (parts === undefined) {
    parts = text.split(/\{(\w+)\}/);
    compiledCache.set(text, parts);
  }
  return parts;
}

function fill(text: string, params: MessageParams): string {
  const parts = compile(text);
  if (parts.length === 1) return text;
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] ?? "";
    out += (Object.hasOwn(params, key) ? String(params[key]) : `{${key}}`) + (parts[i + 1] ?? "");
  }
  return out;
}

/**
 * Fills a SMART template (same result as formatMessage, without a regex per call).
 * @param template a SMART_MESSAGES or SMART_SUGGESTIONS entry
 * @param params placeholder values; unknown placeholders are left as written
 * @returns the message in both languages
 * @example smartMessage(SMART_MESSAGES.T_DEADLINE, { date: "2027-03-31" }).en // "Deadline 2027-03-31."
 */
export function smartMessage(template: MessageTemplate, params: MessageParams = {}): Bilingual {
  return { en: fill(template.en, params), zh: fill(template.zh, params) };
}

const SUGGESTIONS: Partial<Record<string, MessageTemplate>> = SMART_SUGGESTIONS;

/**
 * One criterion's result.
 * @param state met / not-met / unknown
 * @param code a SMART_MESSAGES code; its SMART_SUGGESTIONS entry, if any, becomes the suggestion
 * @param params placeholder values for the message and the suggestion
 * @param detail Achievable's "stretch" / "too-easy"
 * @returns the result
 * @example criterion("not-met", "T_NO_DEADLINE", { example: "2027-03-31" }).suggestion?.en // "Add a deadline such as 2027-03-31."
 */
export function criterion(state: CriterionState, code: SmartCode, params: MessageParams = {}, detail?: "stretch" | "too-easy"): CriterionResult {
  const result: CriterionResult = { state, code, message: smartMessage(SMART_MESSAGES[code], params) };
  const hint = SUGGESTIONS[code];
  if (hint !== undefined) result.suggestion = smartMessage(hint, params);
  if (detail !== undefined) result.detail = detail;
  return result;
}
