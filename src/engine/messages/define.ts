import type { Bilingual, Issue, Severity } from "../model";

/**
 * A message template in both languages. `{name}` placeholders are filled from params.
 * Each engine area keeps its templates in one table in this folder (read.ts, score.ts, smart.ts …),
 * keyed by a stable code, so the UI and the tests can rely on codes and translators find every string.
 */
export interface MessageTemplate {
  readonly severity: Severity;
  readonly en: string;
  readonly zh: string;
}

export type MessageTable = Readonly<Record<string, MessageTemplate>>;

/** A list value is joined by the language's own separator: ", " in English, "、" in Chinese. */
export type MessageParams = Readonly<Record<string, string | number | readonly string[]>>;

const LIST_SEPARATOR = { en: ", ", zh: "、" } as const;

/** Literal parts at even indexes, placeholder names at odd indexes; split once per template text. */
const compiled = new Map<string, readonly string[]>();

function fill(text: string, params: MessageParams, lang: "en" | "zh"): string {
  let parts = compiled.get(text);
  if (parts === undefined) {
    parts = text.split(/\{(\w+)\}/);
    compiled.set(text, parts);
  }
  if (parts.length === 1) return text;
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] ?? "";
    const value = Object.hasOwn(params, key) ? params[key] : undefined;
    const text = value === undefined ? `{${key}}` : typeof value === "object" ? value.join(LIST_SEPARATOR[lang]) : String(value);
    out += text + (parts[i + 1] ?? "");
  }
  return out;
}

/**
 * Fills a template's placeholders. Templates are split into parts once and filled by concatenation
 * (the engine formats messages for 100,000 KPIs; a regex per call cost more than the checks).
 * @param template the template
 * @param params values for `{name}` placeholders (a list is joined by the language's separator); unknown placeholders are left as written
 * @returns the message in both languages
 * @example formatMessage({ severity: "error", en: "bad {x}", zh: "错误 {x}" }, { x: 1 }) // { en: "bad 1", zh: "错误 1" }
 */
export function formatMessage(template: MessageTemplate, params: MessageParams = {}): Bilingual {
  return { en: fill(template.en, params, "en"), zh: fill(template.zh, params, "zh") };
}

/**
 * Builds an issue from a table entry.
 * @param table the area's message table
 * @param code a key of that table
 * @param params placeholder values
 * @param where optional row / column / kpi position
 * @returns the issue, with the template's severity
 * @example makeIssue(READ_MESSAGES, "NUMBER_UNREADABLE", { text: "high" }, { row: 3, column: 5 })
 */
export function makeIssue<T extends MessageTable>(
  table: T,
  code: keyof T & string,
  params: MessageParams = {},
  where: { row?: number; column?: number; kpi?: number } = {},
): Issue {
  const template = table[code] as MessageTemplate;
  return { code, severity: template.severity, message: formatMessage(template, params), ...where };
}
