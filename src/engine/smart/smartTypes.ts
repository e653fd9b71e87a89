/**
 * Types of the SMART check (DOMAIN §3). checkSmart.ts re-exports them; they live here so that each
 * criterion's file can use them without importing checkSmart.
 */
import type { Bilingual, Cadence, Deadline, Direction } from "../model";

/** Met, not met, or not judgeable from the inputs given. */
export type CriterionState = "met" | "not-met" | "unknown";

/** One criterion's verdict with its stable reason code (SMART_MESSAGES) and an optional suggestion. */
export interface CriterionResult {
  state: CriterionState;
  code: string;
  message: Bilingual;
  suggestion?: Bilingual;
  /** Achievable only: a met target that is a stretch, or one that is too easy. */
  detail?: "stretch" | "too-easy";
}

/** What the check reads about one KPI. Facts stated in `name`/`description` count as if in their column. */
export interface SmartInput {
  name: string;
  description?: string;
  target?: number;
  /** The target cell as written when it is not a plain number ("4:1", "Top 5", "≤¥85", "high", "显著提升"); judged, never refused. */
  targetText?: string;
  unit?: string;
  baseline?: number;
  deadline?: Deadline;
  /** The deadline cell as written, when no parsed `deadline` is given (or it did not parse). */
  deadlineText?: string;
  direction?: Direction;
  /** Past values, oldest first; `null` for a blank period. */
  history?: readonly (number | null)[];
  frequency?: Cadence;
  owner?: string;
  objective?: string;
  isPercent?: boolean;
  dataSource?: string;
}

/** Achievable limits (DOMAIN §3 "A"). */
export interface SmartLimits {
  /** Largest plausible relative rise per year (1.0 = +100%). */
  maxIncrease: number;
  /** Largest plausible relative fall per year (0.6 = −60%). */
  maxDecrease: number;
  /** History points needed for the history rule. */
  minHistory: number;
  /** z at or above which a target is a stretch. */
  stretchZ: number;
  /** z above which a target is not achievable. */
  rejectZ: number;
}

/** What the check needs to know beyond the KPI. */
export interface SmartContext {
  /** "Today" as an Excel serial date. */
  asOf: number;
  /** The strategy's objectives, for Relevant. */
  objectives?: readonly string[];
  /** Strength of the KPI's best link to an objective (DOMAIN §4), when already computed. */
  alignment?: { strength: 0 | 1 | 3 | 9; objective?: string; evidence?: Bilingual };
  limits?: Partial<SmartLimits>;
  fiscalYearStartMonth?: number;
}

/** A note outside the five criteria (NO_OWNER, NO_DATA_SOURCE_OR_FREQUENCY, DEADLINE_PASSED). */
export interface SmartNote {
  code: string;
  message: Bilingual;
}

/** The SMART verdict for one KPI. */
export interface SmartResult {
  S: CriterionResult;
  M: CriterionResult;
  A: CriterionResult;
  R: CriterionResult;
  T: CriterionResult;
  /** Criteria met, 0–5. */
  score: number;
  /** A SMART version of the KPI built from what the row knows, when it is not fully SMART (or its deadline passed). */
  rewrite?: Bilingual;
  /** Five characters in the order S M A R T: the letter when met, "-" when not, "?" when unknown. */
  flags: string;
  notes: SmartNote[];
}
