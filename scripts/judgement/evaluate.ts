/**
 * The judgement evaluation behind `npm run eval:judgement` and test/judgement/floors.test.ts: loads
 * the labelled statements and pairs, runs KPI.SMARTFLAGS and KPI.BESTOBJECTIVE on them, and counts.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { installCustomFunctionsStandIn, ExcelError } from "./standIn";

installCustomFunctionsStandIn();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the stand-in: functions.ts reads CustomFunctions at load
const functions = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { setToday } = require("../../src/functions/internal/today") as typeof import("../../src/functions/internal/today");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { setLanguage } = require("../../src/functions/internal/locale") as typeof import("../../src/functions/internal/locale");

/**
 * dev: tuned on; test: never tuned on; holdout, holdout2: blind sets (2026-12-07, 2026-12-08), each
 * measured once blind and tuned on since (their blind figures are in README); holdout3: the third
 * blind set, written by a labeller who saw neither the checker nor the other sets' cases, never tuned on.
 */
export type Split = "dev" | "test" | "holdout" | "holdout2" | "holdout3";
export const SPLITS: readonly Split[] = ["dev", "test", "holdout", "holdout2", "holdout3"];
const TITLES: Readonly<Record<Split, string>> = {
  dev: "DEV (tuned on)",
  test: "TEST (never tuned on)",
  holdout: "HOLDOUT 1 (written blind; measured once blind, tuned on since)",
  holdout2: "HOLDOUT 2 (written blind; measured once blind, tuned on since)",
  holdout3: "HOLDOUT 3 (written blind, never tuned on)",
};
export type Lang = "en" | "zh";
type Label = "met" | "not-met" | "unknown";
const LETTERS = ["S", "M", "A", "R", "T"] as const;
type Letter = (typeof LETTERS)[number];
const LABELS: readonly Label[] = ["met", "not-met", "unknown"];

interface StatementCase {
  readonly id: string;
  readonly input: Readonly<Record<string, unknown>>;
  readonly labels: Readonly<Record<Letter, Label>>;
  readonly reasons?: Readonly<Record<Letter, string>>;
}
interface PairCase {
  readonly id: string;
  readonly kpi: string;
  readonly description?: string;
  readonly objectives: readonly string[];
  readonly expected: string | null;
  readonly sharesWords: boolean;
  readonly reason?: string;
}

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures", "judgement");

function load<T>(split: Split, kind: "statements" | "pairs", lang: Lang): { asOf?: string; items: T[] } {
  const file = join(FIXTURES, split, `${kind}.${lang}.json`);
  if (!existsSync(file)) return { items: [] };
  const json = JSON.parse(readFileSync(file, "utf8")) as { asOf?: string; cases?: T[]; pairs?: T[] };
  return { asOf: json.asOf, items: (kind === "statements" ? json.cases : json.pairs) ?? [] };
}

const serialOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25_569;
const cellOf = (value: unknown): unknown[][] | null => (value === undefined || value === null ? null : [[value]]);
const rowOf = (value: unknown): unknown[][] | null => (Array.isArray(value) && value.length > 0 ? [value] : value === undefined || value === null ? null : [[value]]);

/** KPI.SMARTFLAGS on one case, as a sheet would call it: one cell per argument, history and objectives as one row. */
export function flagsOf(input: Readonly<Record<string, unknown>>): string {
  const result = functions.SMARTFLAGS(
    [[input.description ?? ""]],
    cellOf(input.target) as unknown[][],
    cellOf(input.unit) as unknown[][],
    cellOf(input.deadline) as unknown[][],
    cellOf(input.baseline) as unknown[][],
    cellOf(input.objective) as unknown[][],
    rowOf(input.objectives) as unknown[][],
    rowOf(input.history) as unknown[][],
    cellOf(input.direction) as unknown[][],
  );
  const cell = result[0]?.[0];
  return typeof cell === "string" ? cell : cell instanceof ExcelError ? `${cell.code} ${cell.message ?? ""}` : String(cell);
}

const stateOf = (flags: string, i: number): Label | "error" => {
  if (flags.length !== 5 || flags.startsWith("#")) return "error";
  const c = flags.charAt(i);
  return c === "-" ? "not-met" : c === "?" ? "unknown" : "met";
};

export interface LetterScore {
  readonly n: number;
  readonly agreement: number;
  readonly allMet: number;
  /** confusion[label][predicted] */
  readonly confusion: Record<Label, Record<Label | "error", number>>;
}
export interface PairScore {
  readonly n: number;
  /** Share of related pairs whose best objective is the expected one. */
  readonly accuracy: number;
  /** The same, among related pairs that share no words (only meaning links them). */
  readonly meaningOnly: { readonly n: number; readonly accuracy: number };
  readonly sharingWords: { readonly n: number; readonly accuracy: number };
  /** Share of unrelated pairs answered #N/A (higher is better). */
  readonly unrelatedNa: { readonly n: number; readonly rate: number };
  /** Share of related pairs answered #N/A (lower is better). */
  readonly relatedNa: number;
}
export interface Miss {
  readonly split: Split;
  readonly lang: Lang;
  readonly id: string;
  readonly what: string;
}
export interface GroupReport {
  readonly split: Split;
  readonly lang: Lang | "all";
  readonly statements: number;
  readonly letters: Record<Letter, LetterScore>;
  readonly pairs: PairScore;
}
export interface JudgementReport {
  readonly groups: GroupReport[];
  readonly misses: Miss[];
}

interface Row {
  readonly split: Split;
  readonly lang: Lang;
  readonly c: StatementCase;
  readonly flags: string;
}
interface PairRow {
  readonly split: Split;
  readonly lang: Lang;
  readonly p: PairCase;
  readonly answer: string | null;
}

function scoreLetters(rows: readonly Row[]): Record<Letter, LetterScore> {
  const out = {} as Record<Letter, LetterScore>;
  LETTERS.forEach((letter, i) => {
    const confusion = Object.fromEntries(LABELS.map((l) => [l, { met: 0, "not-met": 0, unknown: 0, error: 0 }])) as LetterScore["confusion"];
    let agree = 0;
    let met = 0;
    for (const { c, flags } of rows) {
      const want = c.labels[letter];
      const got = stateOf(flags, i);
      confusion[want][got] += 1;
      if (got === want) agree += 1;
      if (want === "met") met += 1;
    }
    const n = rows.length;
    out[letter] = { n, agreement: n === 0 ? 0 : agree / n, allMet: n === 0 ? 0 : met / n, confusion };
  });
  return out;
}

function scorePairs(rows: readonly PairRow[]): PairScore {
  const related = rows.filter((r) => r.p.expected !== null);
  const unrelated = rows.filter((r) => r.p.expected === null);
  const right = (r: PairRow) => r.answer === r.p.expected;
  const share = (xs: readonly PairRow[], f: (r: PairRow) => boolean) => (xs.length === 0 ? 0 : xs.filter(f).length / xs.length);
  const meaning = related.filter((r) => !r.p.sharesWords);
  const sharing = related.filter((r) => r.p.sharesWords);
  return {
    n: rows.length,
    accuracy: share(related, right),
    meaningOnly: { n: meaning.length, accuracy: share(meaning, right) },
    sharingWords: { n: sharing.length, accuracy: share(sharing, right) },
    unrelatedNa: { n: unrelated.length, rate: share(unrelated, (r) => r.answer === null) },
    relatedNa: share(related, (r) => r.answer === null),
  };
}

/**
 * Runs the evaluation.
 * @param splits which parts to run
 * @returns the scores per split and language (and both languages together), and every disagreement
 */
export function evaluateJudgement(splits: readonly Split[]): JudgementReport {
  setLanguage("en");
  const rows: Row[] = [];
  const pairRows: PairRow[] = [];
  for (const split of splits) {
    for (const lang of ["en", "zh"] as const) {
      const statements = load<StatementCase>(split, "statements", lang);
      setToday(serialOf(statements.asOf ?? "2026-11-27"));
      for (const c of statements.items) rows.push({ split, lang, c, flags: flagsOf(c.input) });
      for (const p of load<PairCase>(split, "pairs", lang).items) {
        const text = p.description ? [[`${p.kpi} ${p.description}`]] : [[p.kpi]];
        const cell = functions.BESTOBJECTIVE(text, [[...p.objectives]])[0]?.[0];
        pairRows.push({ split, lang, p, answer: typeof cell === "string" ? cell : null });
      }
    }
  }
  setToday(undefined);
  setLanguage(undefined);
  const groups: GroupReport[] = [];
  for (const split of splits) {
    for (const lang of ["en", "zh", "all"] as const) {
      const r = rows.filter((x) => x.split === split && (lang === "all" || x.lang === lang));
      const p = pairRows.filter((x) => x.split === split && (lang === "all" || x.lang === lang));
      groups.push({ split, lang, statements: r.length, letters: scoreLetters(r), pairs: scorePairs(p) });
    }
  }
  const misses: Miss[] = [];
  for (const { split, lang, c, flags } of rows) {
    LETTERS.forEach((letter, i) => {
      const got = stateOf(flags, i);
      if (got !== c.labels[letter]) misses.push({ split, lang, id: c.id, what: `${letter}: expected ${c.labels[letter]}, got ${got} (${flags}) — ${String(c.input.description)} · ${c.reasons?.[letter] ?? ""}` });
    });
  }
  for (const { split, lang, p, answer } of pairRows) {
    if (answer !== p.expected) misses.push({ split, lang, id: p.id, what: `best objective: expected ${p.expected ?? "#N/A"}, got ${answer ?? "#N/A"} — ${p.kpi} → [${p.objectives.join(" | ")}]` });
  }
  return { groups, misses };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(4);
const two = (x: number) => x.toFixed(2);

/**
 * The report as text: one table per split, then the confusion matrices of every letter.
 * @param report from {@link evaluateJudgement}
 * @param options `misses`: also list the disagreements of that split
 * @returns printable text
 */
export function formatReport(report: JudgementReport, options: { misses?: Split } = {}): string {
  const lines: string[] = [];
  for (const split of [...new Set(report.groups.map((g) => g.split))]) {
    lines.push(`\n${TITLES[split]}`);
    lines.push("group  cases   S    M    A    R    T    | all-met floor S M A R T       | best-obj  meaning-only  #N/A unrelated  #N/A related");
    for (const g of report.groups.filter((x) => x.split === split)) {
      const l = g.letters;
      const agree = LETTERS.map((x) => two(l[x].agreement)).join(" ");
      const floor = LETTERS.map((x) => two(l[x].allMet)).join(" ");
      const p = g.pairs;
      lines.push(
        `${g.lang.padEnd(5)}  ${String(g.statements).padStart(5)}  ${agree}  | ${floor}  | ${two(p.accuracy)} (${p.n - p.unrelatedNa.n})  ${two(p.meaningOnly.accuracy)} (${p.meaningOnly.n})   ${pct(p.unrelatedNa.rate)} (${p.unrelatedNa.n})        ${pct(p.relatedNa)}`,
      );
    }
    const all = report.groups.find((g) => g.split === split && g.lang === "all");
    if (all !== undefined) {
      lines.push("confusion (rows: expert label, columns: checker) met / not-met / unknown / error");
      for (const x of LETTERS) {
        const c = all.letters[x].confusion;
        lines.push(`  ${x}  ${LABELS.map((want) => `${want.padEnd(7)} ${LABELS.map((got) => String(c[want][got]).padStart(3)).join(" ")} ${String(c[want].error).padStart(3)}`).join("   ")}`);
      }
    }
  }
  if (options.misses !== undefined) {
    lines.push(`\nDisagreements (${options.misses}):`);
    for (const m of report.misses.filter((x) => x.split === options.misses)) lines.push(`  ${m.id}  ${m.what}`);
  }
  return lines.join("\n");
}
