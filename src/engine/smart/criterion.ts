/**
 * Builds a criterion result from the SMART message tables, so every result carries a stable code and
 * its message in both languages.
 */
import { formatMessage, type MessageParams, type MessageTemplate } from "../messages/define";
import { SMART_MESSAGES, SMART_SUGGESTIONS, type SmartCode } from "../messages/smart";
import type { Bilingual } from "../model";
import type { CriterionResult, CriterionState } from "./smartTypes";

/**
 * Fills a SMART template (the shared {@link formatMessage}).
 * @param template a SMART_MESSAGES or SMART_SUGGESTIONS entry
 * @param params placeholder values; unknown placeholders are left as written
 * @returns the message in both languages
 * @example smartMessage(SMART_MESSAGES.T_DEADLINE, { date: "2027-03-31" }).en // "Deadline 2027-03-31."
 */
export function smartMessage(template: MessageTemplate, params: MessageParams = {}): Bilingual {
  return formatMessage(template, params);
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
