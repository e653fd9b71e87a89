/**
 * Every threshold and default of DOMAIN.md, in one documented object. A user changes them in the task
 * pane (saved in the workbook) or through optional function arguments; `evaluate` never reads a clock:
 * the as-of date is a setting.
 */

import { DEFAULT_MATCH_WEIGHTS } from "./match/matchWeights";
import { DEFAULT_CAP, DEFAULT_FLOOR } from "./score/clampScore";
import { DEFAULT_THRESHOLDS } from "./score/status";
import { DEFAULT_SMART_LIMITS } from "./smart/checkSmart";

/** Settings of one evaluation. Every field has a documented default in {@link DEFAULT_SETTINGS}. */
export interface Settings {
  /** "Today" as an Excel serial date (1900 system). Required: results never depend on the clock. */
  readonly asOf: number;
  /** Score at or above this is "On track" (DOMAIN §2). @default 1.0 */
  readonly green: number;
  /** Score at or above this (and below `green`) is "At risk" (DOMAIN §2). @default 0.9 */
  readonly amber: number;
  /** Lowest score (DOMAIN §2). @default 0 */
  readonly floor: number;
  /** Highest score (DOMAIN §2). @default 1.2 */
  readonly cap: number;
  /** SMART "Achievable" limits (DOMAIN §3). */
  readonly smart: {
    /** Largest required yearly increase for higher-is-better before "not achievable". @default 1.0 (+100%) */
    readonly maxIncrease: number;
    /** Largest required yearly decrease for lower-is-better before "not achievable". @default 0.6 (−60%) */
    readonly maxDecrease: number;
    /** History points needed for the growth rule. @default 5 */
    readonly minHistory: number;
    /** z above which a target is a "stretch". @default 1 */
    readonly stretchZ: number;
    /** z above which a target is not achievable. @default 2 */
    readonly rejectZ: number;
  };
  /** Strategy Match Index weights (DOMAIN §4). @default 0.3 / 0.3 / 0.3 / 0.1 */
  readonly matchWeights: {
    readonly coverage: number;
    readonly strengthCoverage: number;
    readonly weightConsistency: number;
    readonly balance: number;
  };
  /** Projection method for trends (DOMAIN §5). @default "linear" (Excel FORECAST.LINEAR) */
  readonly projection: "linear" | "holt";
  /** First month (1–12) of the fiscal year, for `FY2027` deadlines (DOMAIN §1). @default 1 */
  readonly fiscalYearStartMonth: number;
}

/**
 * The defaults of DOMAIN.md, without an as-of date (which the caller always gives). Each value comes
 * from the module that owns it, so a default is written once.
 */
export const DEFAULT_SETTINGS: Omit<Settings, "asOf"> = Object.freeze({
  green: DEFAULT_THRESHOLDS.green,
  amber: DEFAULT_THRESHOLDS.amber,
  floor: DEFAULT_FLOOR,
  cap: DEFAULT_CAP,
  smart: DEFAULT_SMART_LIMITS,
  matchWeights: DEFAULT_MATCH_WEIGHTS,
  projection: "linear",
  fiscalYearStartMonth: 1,
});

/** Settings as a user may give them: only `asOf` is required; nested groups may be partial. */
export type SettingsInput = { readonly asOf: number } & Partial<
  Omit<Settings, "asOf" | "smart" | "matchWeights"> & {
    readonly smart: Partial<Settings["smart"]>;
    readonly matchWeights: Partial<Settings["matchWeights"]>;
  }
>;

/**
 * Fills in the defaults. Invalid numbers (non-finite, amber above green, floor above cap, a fiscal
 * month outside 1–12) fall back to the default for that field and are listed in `rejected`.
 * @param input the user's settings
 * @returns complete settings and the names of fields that were rejected
 * @example resolveSettings({ asOf: 46387, cap: 1.5 }).settings.cap // 1.5
 */
export function resolveSettings(input: SettingsInput): { settings: Settings; rejected: string[] } {
  const rejected: string[] = [];
  const num = (name: string, value: number | undefined, fallback: number, ok: (v: number) => boolean = () => true): number => {
    if (value === undefined) return fallback;
    if (Number.isFinite(value) && ok(value)) return value;
    rejected.push(name);
    return fallback;
  };
  const d = DEFAULT_SETTINGS;
  const asOf = Number.isFinite(input.asOf) ? input.asOf : NaN;
  if (!Number.isFinite(asOf)) rejected.push("asOf");
  const green = num("green", input.green, d.green, (v) => v > 0);
  let amber = num("amber", input.amber, d.amber, (v) => v >= 0);
  if (amber > green) {
    rejected.push("amber");
    amber = Math.min(d.amber, green);
  }
  let floor = num("floor", input.floor, d.floor);
  const cap = num("cap", input.cap, d.cap, (v) => v > 0);
  if (floor > cap) {
    rejected.push("floor");
    floor = Math.min(d.floor, cap);
  }
  const s = input.smart ?? {};
  const w = input.matchWeights ?? {};
  const nonNegative = (v: number) => v >= 0;
  const settings: Settings = {
    asOf,
    green,
    amber,
    floor,
    cap,
    smart: {
      maxIncrease: num("smart.maxIncrease", s.maxIncrease, d.smart.maxIncrease, (v) => v > 0),
      maxDecrease: num("smart.maxDecrease", s.maxDecrease, d.smart.maxDecrease, (v) => v > 0 && v < 1),
      minHistory: num("smart.minHistory", s.minHistory, d.smart.minHistory, (v) => v >= 3),
      stretchZ: num("smart.stretchZ", s.stretchZ, d.smart.stretchZ, nonNegative),
      rejectZ: num("smart.rejectZ", s.rejectZ, d.smart.rejectZ, nonNegative),
    },
    matchWeights: {
      coverage: num("matchWeights.coverage", w.coverage, d.matchWeights.coverage, nonNegative),
      strengthCoverage: num("matchWeights.strengthCoverage", w.strengthCoverage, d.matchWeights.strengthCoverage, nonNegative),
      weightConsistency: num("matchWeights.weightConsistency", w.weightConsistency, d.matchWeights.weightConsistency, nonNegative),
      balance: num("matchWeights.balance", w.balance, d.matchWeights.balance, nonNegative),
    },
    projection: input.projection === "holt" || input.projection === "linear" ? input.projection : d.projection,
    fiscalYearStartMonth: num("fiscalYearStartMonth", input.fiscalYearStartMonth, d.fiscalYearStartMonth, (v) => Number.isInteger(v) && v >= 1 && v <= 12),
  };
  if (input.projection !== undefined && input.projection !== settings.projection) rejected.push("projection");
  return { settings, rejected };
}
