/**
 * The one evaluation object (DOMAIN §6): everything the sheets, the task pane and the tests show,
 * as plain data that survives a JSON round trip.
 */
import type { Bilingual, Cadence, Direction, Issue, Objective, Perspective } from "./model";
import type { Settings } from "./settings";
import type { Status } from "./score/status";
import type { RollUpRow } from "./score/rollUp";
import type { StrategyMatch } from "./match/strategyMatch";
import type { Strength } from "./match/strength";
import type { SignalKind } from "./trends/xmr";

/** One SMART criterion as the sheets show it. */
export interface SmartCriterionView {
  readonly state: "met" | "not-met" | "unknown";
  readonly code: string;
  readonly message: Bilingual;
  readonly suggestion?: Bilingual;
  readonly detail?: "stretch" | "too-easy";
}

/** The SMART verdict of one KPI (DOMAIN §3). */
export interface SmartView {
  /** Criteria met, 0–5. */
  readonly score: number;
  /** `S M A R T`: the letter when met, `-` when not, `?` when unknown, e.g. `SM?R-`. */
  readonly flags: string;
  readonly criteria: Readonly<Record<"S" | "M" | "A" | "R" | "T", SmartCriterionView>>;
  readonly notes: readonly { readonly code: string; readonly message: Bilingual }[];
  /** A SMART version of the KPI, when it is not fully SMART or its deadline has passed. */
  readonly rewrite?: Bilingual;
}

/** The inputs a KPI's figures were computed from (after parsing and inference). */
export interface KpiInputs {
  readonly actual?: number;
  readonly target?: number;
  readonly baseline?: number;
  readonly band?: readonly [number, number];
  readonly direction: Direction;
  readonly directionSource: "column" | "inferred" | "assumed";
  readonly weight?: number;
  /** Deadline as `YYYY-MM-DD`. */
  readonly deadline?: string;
  readonly deadlineSerial?: number;
  readonly perspective?: Perspective;
  readonly objective?: string;
  readonly owner?: string;
  readonly department?: string;
  readonly unit?: string;
  readonly frequency?: Cadence;
  readonly isPercent: boolean;
  readonly green: number;
  readonly amber: number;
}

/** Trend figures of one KPI (DOMAIN §5). Absent parts say why in `notes`. */
export interface KpiTrend {
  /** Numbers in the history (blanks skipped). */
  readonly points: number;
  readonly projection?: {
    readonly value: number;
    readonly method: "linear" | "holt";
    /** Periods from the last history value to the deadline. */
    readonly periodsLeft: number;
    readonly attainment?: number;
    readonly score?: number;
    /** The deadline period's target used for `attainment` instead of the KPI's target (per-period targets, DOMAIN §5). */
    readonly target?: number;
    /** The label of that period. */
    readonly targetPeriod?: string;
  };
  /**
   * Expected value today and whether the actual is behind it. `source`: the straight line from baseline
   * to target, or the per-period targets (DOMAIN §5), then with the current `period` and how the targets
   * were read (`phased`: their running sum; `level`: the latest one).
   */
  readonly pace?: {
    readonly expected: number;
    readonly behind: boolean;
    readonly source?: "line" | "period-targets";
    readonly period?: string;
    readonly mode?: "phased" | "level";
  };
  readonly limits?: { readonly centre: number; readonly lower: number; readonly upper: number };
  /** Latest process-behaviour signal, with the history position that raised it. */
  readonly signal?: { readonly kind: SignalKind; readonly index: number; readonly label?: string };
  /** A suggested target (never replaces the set one). */
  readonly suggestedTarget?: { readonly value: number; readonly note: Bilingual };
  readonly notes: readonly string[];
}

/** One KPI row of the evaluation. */
export interface KpiEvaluation {
  /** Position in `Evaluation.kpis` (and in the table's KPI list). */
  readonly index: number;
  /** 0-based row in the block of cells read (the task pane jumps there). */
  readonly row: number;
  readonly name: string;
  readonly description?: string;
  readonly inputs: KpiInputs;
  readonly attainment?: number;
  readonly attainmentKind?: "ratio" | "pass-fail";
  readonly score?: number;
  /** Status from the score; "At risk" also when a green KPI is behind pace (`behindPace`). */
  readonly status: Status;
  readonly behindPace: boolean;
  readonly smart: SmartView;
  /** The objective the KPI serves best, and why (DOMAIN §4: "time to hire measures talent attraction"). */
  readonly best: { readonly objective?: string; readonly index?: number; readonly strength: Strength; readonly evidence?: Bilingual };
  readonly trend: KpiTrend;
  /**
   * Where the KPI sits in a cascade (DOMAIN §2 "Cascades"); present only for a KPI with a parent or
   * children. `parent` and `children` are indexes into `Evaluation.kpis`. `fromChildren`: the KPI has no
   * actual of its own and `score` is the weighted mean of its children's scores (no `attainment` then).
   * `worstChild`: the child with the lowest score, shown beside the parent's own or rolled-up score.
   */
  readonly cascade?: KpiCascade;
}

/** A KPI's place in a cascade (DOMAIN §2). */
export interface KpiCascade {
  readonly parent?: number;
  readonly children: readonly number[];
  readonly fromChildren: boolean;
  readonly worstChild?: { readonly index: number; readonly score: number };
}

/**
 * Weighted total over the KPIs with a score (DOMAIN §2). When the table has a cascade, only top-level
 * KPIs (no parent) count, and `excludedChildren` lists the KPIs left out because they roll up into a parent.
 */
export interface TotalView {
  readonly value?: number;
  readonly mode: "weighted" | "equal" | "none";
  readonly scored: number;
  readonly excludedNoWeight: readonly number[];
  readonly excludedChildren?: readonly number[];
}

/** The evaluation of a KPI table against a strategy. */
export interface Evaluation {
  readonly asOf: string;
  readonly settings: Settings;
  readonly headerRow: number;
  readonly kpis: readonly KpiEvaluation[];
  readonly objectives: readonly Objective[];
  readonly total: TotalView;
  readonly rollUps: {
    readonly perspective: readonly RollUpRow[];
    readonly objective: readonly RollUpRow[];
    readonly owner: readonly RollUpRow[];
    readonly department: readonly RollUpRow[];
  };
  readonly match: StrategyMatch;
  readonly counts: Readonly<Record<Status, number>>;
  readonly smart: {
    /** Share of KPIs with no SMART criterion "not met" (unknown is not a failure). */
    readonly passRate: number;
    /** Mean number of criteria met. */
    readonly meanScore: number;
    /** KPIs failing each letter. */
    readonly failing: Readonly<Record<"S" | "M" | "A" | "R" | "T", number>>;
  };
  /** Every issue: table reading, scoring, SMART notes excluded (they are per KPI), strategy match. */
  readonly issues: readonly Issue[];
}
