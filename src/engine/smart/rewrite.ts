/**
 * A SMART version of a KPI that is not fully SMART (issue 12, DOMAIN §3), built from what the row
 * knows: "Improve customer satisfaction", baseline 78, deadline Q2 2027 → "Raise CSAT from 78 to
 * ‹target› by 2027-06-30 (owner ‹owner›)." Missing parts stay visible placeholders; both languages.
 */
import type { Bilingual, Deadline, Direction } from "../model";
import type { NamedMetric } from "../lexicon/namedMetrics";
import type { StatedTarget } from "../parse/target";
import { VAGUE_MATCHER, GOAL_VERB_MATCHER } from "./vocabulary";

/** What the rewrite reads; every part is optional. */
export interface RewriteParts {
  readonly name: string;
  readonly metrics: readonly NamedMetric[];
  readonly direction?: Direction;
  readonly baseline?: number;
  readonly target?: number;
  readonly stated?: StatedTarget;
  readonly band?: readonly [number, number];
  readonly isPercent: boolean;
  readonly deadline?: Deadline;
  readonly asOf: number;
  readonly owner?: string;
  /** The objective to name when Relevant is not met: the best match, if any. */
  readonly objective?: string;
  /** Whether Relevant is met (then no objective is named). */
  readonly relevant: boolean;
}

const SLOT = { en: (w: string) => `‹${w}›`, zh: (w: string) => `〈${w}〉` };
/** 1234567.5 → "1,234,567.5" (no Intl: it is slow, and this runs for every KPI of a 100,000-row table). */
function grouped(x: number): string {
  const plain = String(Number(x.toPrecision(12)));
  if (Math.abs(x) < 1000 || plain.includes("e")) return plain;
  const dot = plain.indexOf(".");
  const whole = dot < 0 ? plain : plain.slice(0, dot);
  const sign = whole.startsWith("-") ? "-" : "";
  let digits = sign === "" ? whole : whole.slice(1);
  let out = "";
  while (digits.length > 3) {
    out = `,${digits.slice(-3)}${out}`;
    digits = digits.slice(0, -3);
  }
  return `${sign}${digits}${out}${dot < 0 ? "" : plain.slice(dot, dot + 7)}`;
}
const show = (x: number, percent: boolean) => (percent ? `${Number((x * 100).toPrecision(10))}%` : grouped(x));

function metricNames(parts: RewriteParts): Bilingual {
  const first = parts.metrics[0];
  const entry = first?.entry;
  if (entry !== undefined) return { en: entry.abbr?.[0] ?? entry.en[0] ?? first?.text ?? "", zh: entry.zh[0] ?? first?.text ?? "" };
  if (first !== undefined) return { en: first.text, zh: first.text };
  // No metric named: the name without its vague verbs, if anything is left.
  const stripped = GOAL_VERB_MATCHER.remove(VAGUE_MATCHER.remove(parts.name)).replace(/\s+/g, " ").trim();
  return stripped.length >= 2 ? { en: stripped, zh: stripped } : { en: SLOT.en("metric"), zh: SLOT.zh("指标") };
}


/**
 * The SMART rewrite of one KPI.
 * @param parts what the row knows
 * @returns the proposal in English and Chinese
 * @example rewriteSmart({ name: "Improve customer satisfaction", metrics: namedMetrics("customer satisfaction"), baseline: 78, isPercent: false, deadline: { serial: 46568, iso: "2027-06-30", kind: "quarter" }, asOf: 46353, relevant: true }).en
 *   // "Raise CSAT from 78 to ‹target› by 2027-06-30 (owner ‹owner›)."
 */
export function rewriteSmart(parts: RewriteParts): Bilingual {
  const metric = metricNames(parts);
  const direction = parts.direction ?? parts.metrics[0]?.entry?.direction ?? "higher";
  const p = parts.isPercent;
  const from = parts.baseline === undefined ? undefined : show(parts.baseline, p);
  const stated = parts.stated !== undefined && parts.stated.kind !== "vague" && parts.stated.kind !== "none" && parts.stated.kind !== "unreadable" ? parts.stated.text : undefined;
  const to = stated ?? (parts.target === undefined ? undefined : show(parts.target, p));
  const live = parts.deadline !== undefined && (parts.deadline.kind === "cadence" || parts.deadline.serial >= parts.asOf);
  const by = live && parts.deadline !== undefined ? parts.deadline.iso : undefined;
  const band = direction === "band" && parts.band !== undefined ? `${show(parts.band[0], p)}–${show(parts.band[1], p)}` : undefined;
  const owner = parts.owner;
  const serves = parts.relevant ? undefined : parts.objective;

  const verbEn = direction === "lower" ? "Cut" : direction === "target" || direction === "band" ? "Keep" : "Raise";
  const verbZh = direction === "lower" ? "降低" : direction === "target" || direction === "band" ? "保持" : "提升";
  const en =
    `${verbEn} ${metric.en}` +
    (band !== undefined ? ` within ${band}` : `${from !== undefined ? ` from ${from}` : direction === "target" ? "" : ` from ${SLOT.en("baseline")}`} ${direction === "target" ? "at" : "to"} ${to ?? SLOT.en("target")}`) +
    ` by ${by ?? SLOT.en("deadline")}` +
    ` (owner ${owner ?? SLOT.en("owner")})` +
    (parts.relevant ? "" : `, serving “${serves ?? SLOT.en("objective")}”`) +
    ".";
  const zh =
    `在${by ?? SLOT.zh("截止日期")}前将${metric.zh}` +
    (band !== undefined ? `保持在${band}之间` : `${from !== undefined ? `从${from}` : direction === "target" ? "" : `从${SLOT.zh("基线")}`}${verbZh}${direction === "target" ? "在" : "到"}${to ?? SLOT.zh("目标值")}`) +
    `（负责人：${owner ?? SLOT.zh("负责人")}）` +
    (parts.relevant ? "" : `，支撑“${serves ?? SLOT.zh("战略目标")}”`) +
    "。";
  return { en, zh };
}
