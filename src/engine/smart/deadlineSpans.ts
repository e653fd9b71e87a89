/**
 * Finds the phrases in a goal's text that name a deadline or period (DOMAIN §1 "Deadlines", §3 "a
 * deadline stated in the text counts"), so extractTextFacts can parse them with parseDeadline and keep
 * their digits out of the numbers. Patterns compiled once.
 */
import { wordTable } from "../data/wordTable";

/** A deadline phrase found in text. */
export interface DeadlineSpan {
  start: number;
  end: number;
  /** The phrase as written. */
  text: string;
  /** A canonical form to try when the phrase itself does not parse ("by 2027" → "end of 2027"). */
  parseAs?: string;
  /** For "in 6 months" / "6个月内": months from asOf (weeks as a fraction of a month). */
  months?: number;
}

const MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const END_OF = "(?:(?:by|at|before) )?(?:the )?end of ";
const DATE_FORMS = [
  String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`,
  String.raw`\d{4}年\d{1,2}月\d{1,2}[日号]?`,
  String.raw`\d{4}年\d{1,2}月(?:底|末|份)?`,
  String.raw`\d{4}年?第?[一二三四1-4]季度(?:末|底)?`,
  String.raw`\d{4}年?[上下]半年(?:末|底)?`,
  String.raw`(?<year>\d{4})年(?:底|末|年底|年末|内|全年)?`,
  String.raw`(?:${END_OF})?(?:q[1-4]|h[12])\s*(?:fy\s*)?'?\d{4}`,
  String.raw`(?:${END_OF})?\d{4}\s*-?\s*(?:q[1-4]|h[12])`,
  String.raw`(?:${END_OF})?fy\s*'?\d{2,4}`,
  String.raw`(?:${END_OF})?(?:${MONTH})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}`,
  String.raw`(?:${END_OF})?\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})\.?,?\s+\d{4}`,
  String.raw`${END_OF}(?<endYear>\d{4})`,
  String.raw`(?<=(?<![a-z])(?:by|in|before|until|till|through|during)\s+)(?<byYear>(?:19|20)\d{2})`,
  // "the 2026/27 school year", "academic year 2026-27", "FY 2026/27": a year that ends in the second year.
  String.raw`(?:(?<yearKind>school|academic|financial|fiscal)\s+year\s+)?(?<splitA>(?:19|20)\d{2})\s*[/-]\s*(?<splitB>\d{2})(?:\s+(?<yearKind2>school|academic|financial|fiscal)\s+year)?`,
  // "2027学年", "2026-2027学年": the school year, ending in July.
  String.raw`(?:(?:19|20)\d{2}\s*[-—~至]\s*)?(?<schoolYear>(?:19|20)\d{2})\s*学年(?:度)?(?:结束|末|底)?`,
  // Relative phrases: "by the end of the year", "this quarter", "next year", "year-end", "年底前", "今年内".
  String.raw`(?<relative>(?:(?:by|at|before) )?(?:the )?end of (?:the|this|next) (?:year|quarter|month)|(?:this|next) (?:year|quarter|month)|(?:by )?year[- ]end|今年(?:底|年底|年末|内)?|明年(?:底|年底)?|本年度?|本季度|下季度|本月底?|年底前|年内)`,
];
const DEADLINE = new RegExp(`(?<![a-z0-9])(?:${DATE_FORMS.map((f) => `(?:${f})`).join("|")})(?![0-9])`, "giu");
const DURATION = /(?<![a-z])(?:in|within|over the next|in the next|during the next|next)\s+(?<n>\d{1,3})\s+(?<unit>weeks?|months?|quarters?|years?)(?![a-z])|(?<![\d])(?<zn>\d{1,3}|[一二两三四五六七八九十]{1,2}|半)\s*(?<zunit>个月|个季度|年|周)(?:内|之内|以内)/giu;
const CADENCE = /(?<![a-z])(?:each|every|per)\s+(?<en>week|month|quarter|year)(?![a-z])|[每按](?<zh>周|月|季度|季|年)/giu;
const PLURAL_S = /s$/;
/** "6" → 6, "两" → 2, "十二" → 12, "半" (half a year) → 0.5. */
function chineseCount(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (word === "半") return 0.5;
  const digits: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (word.startsWith("十")) return 10 + (Object.hasOwn(digits, word.slice(1)) ? (digits[word.slice(1)] ?? 0) : 0);
  return Object.hasOwn(digits, word) ? (digits[word] ?? 1) : 1;
}
const CADENCE_NAMES = wordTable({
  week: "weekly", month: "monthly", quarter: "quarterly", year: "yearly",
  周: "weekly", 月: "monthly", 季度: "quarterly", 季: "quarterly", 年: "yearly",
});
const MONTHS_PER = wordTable({ week: 7 / 30.4375, month: 1, quarter: 3, year: 12, 周: 7 / 30.4375, 个月: 1, 个季度: 3, 年: 12 });

/**
 * Deadline and period phrases in text, in order of appearance, never overlapping.
 * @param text NFKC-folded goal text
 * @returns the spans found (dates first claim their characters, then durations, then cadences)
 * @example findDeadlineSpans("raise sales by 10% by Q3 2027") // [{ start: 22, end: 29, text: "Q3 2027" }]
 */
export function findDeadlineSpans(text: string): DeadlineSpan[] {
  const spans: DeadlineSpan[] = [];
  const free = (start: number, end: number) => spans.every((s) => end <= s.start || start >= s.end);
  DEADLINE.lastIndex = 0;
  for (let m = DEADLINE.exec(text); m !== null; m = DEADLINE.exec(text)) {
    const span: DeadlineSpan = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const g = m.groups ?? {};
    if (g.year !== undefined) span.parseAs = `${g.year}年底`;
    if (g.splitA !== undefined) {
      const ends = Number(g.splitA) + 1;
      const kind = g.yearKind ?? g.yearKind2;
      span.parseAs = kind === "school" || kind === "academic" ? `${ends}-07-31` : `FY${ends}`;
    }
    if (g.schoolYear !== undefined) span.parseAs = `${g.schoolYear}-07-31`;
    if (g.relative !== undefined) span.parseAs = g.relative.replace(/^(?:by|at|before) /, "").replace(/^年底前$/, "年底");
    const endYear = g.endYear ?? g.byYear;
    if (endYear !== undefined) span.parseAs = `end of ${endYear}`;
    spans.push(span);
  }
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m !== null; m = DURATION.exec(text)) {
    const g = m.groups ?? {};
    const count = chineseCount(g.n ?? g.zn ?? "");
    const unit = (g.unit ?? g.zunit ?? "").toLowerCase().replace(PLURAL_S, "");
    const end = m.index + m[0].length;
    if (free(m.index, end)) spans.push({ start: m.index, end, text: m[0], months: count * (MONTHS_PER.get(unit) ?? 1) });
  }
  CADENCE.lastIndex = 0;
  for (let m = CADENCE.exec(text); m !== null; m = CADENCE.exec(text)) {
    const word = m.groups?.en ?? m.groups?.zh ?? "";
    const end = m.index + m[0].length;
    if (free(m.index, end)) spans.push({ start: m.index, end, text: m[0], parseAs: CADENCE_NAMES.get(word.toLowerCase()) ?? "monthly" });
  }
  return spans.sort((a, b) => a.start - b.start);
}
