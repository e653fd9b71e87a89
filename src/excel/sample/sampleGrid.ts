/**
 * The sample as the 2-D arrays written to the sheet, in one language. Text that Excel could read as
 * something else — a formula (`=`, `+`, `-`, `@`), a number or a date (`2027-12-31`, `1月`),
 * a boolean — gets a leading apostrophe, which Excel keeps as the cell's text prefix and does not
 * show, so text is always written as text.
 */
import type { Lang } from "../../engine";
import { SAMPLE_HEADERS, SAMPLE_KPIS, SAMPLE_OBJECTIVES } from "./sampleWorkbook";

/** What insertSample writes. */
export interface SampleGrid {
  readonly sheet: string;
  readonly title: string;
  readonly kpi: { readonly values: (string | number)[][]; readonly numberFormats: string[][] };
  readonly strategy: { readonly values: (string | number)[][]; readonly numberFormats: string[][] };
}

/**
 * A text cell written so that Excel keeps it as text.
 * @param text any text
 * @returns the text, with a leading apostrophe when Excel could read it as a formula, number, date or boolean
 * @example asText("=HYPERLINK(1)") // "'=HYPERLINK(1)"
 */
export function asText(text: string): string {
  if (text === "") return "";
  const risky = /^[=+\-@'#]/u.test(text) || /\d/u.test(text) || /^(true|false)$/iu.test(text.trim());
  return risky ? `'${text}` : text;
}

const PERCENT = "0.0%";
const DATE = "yyyy-mm-dd";

/**
 * The sample in one language.
 * @param lang the sheet's language
 * @returns sheet name, title, and the KPI and strategy tables (header row first) with number formats
 */
export function sampleGrid(lang: Lang): SampleGrid {
  const h = SAMPLE_HEADERS[lang];
  const kpiHeader = [...h.kpi, ...h.months].map(asText);
  const kpiRows: (string | number)[][] = [kpiHeader];
  const kpiFormats: string[][] = [kpiHeader.map(() => "General")];
  for (const k of SAMPLE_KPIS) {
    const objective = k.objective === undefined ? undefined : SAMPLE_OBJECTIVES[k.objective];
    const num = (v: number | undefined): number | string => (v === undefined ? "" : v);
    kpiRows.push([
      asText(k.name[lang]),
      asText(k.description[lang]),
      asText(h.perspectives[k.perspective]),
      objective ? asText(objective.name[lang]) : "",
      asText(k.owner[lang]),
      asText(k.unit[lang]),
      num(k.baseline),
      typeof k.target === "number" ? k.target : asText(k.target[lang]),
      num(k.actual),
      k.weight,
      k.direction ? asText(h.directions[k.direction]) : "",
      typeof k.deadline === "number" ? k.deadline : asText(k.deadline[lang]),
      ...k.history.map((v) => (v === null ? "" : v)),
    ]);
    const numeric = k.percent ? PERCENT : "General";
    kpiFormats.push([
      "General", "General", "General", "General", "General", "General",
      numeric, numeric, numeric, "0", "General", typeof k.deadline === "number" ? DATE : "General",
      ...k.history.map(() => numeric),
    ]);
  }
  const strategyRows: (string | number)[][] = [h.strategy.map(asText)];
  for (const o of SAMPLE_OBJECTIVES) {
    strategyRows.push([asText(o.name[lang]), asText(h.perspectives[o.perspective]), o.weight, asText(o.description[lang])]);
  }
  return {
    sheet: h.sheet,
    title: asText(h.title),
    kpi: { values: kpiRows, numberFormats: kpiFormats },
    strategy: { values: strategyRows, numberFormats: strategyRows.map((row) => row.map(() => "General")) },
  };
}
