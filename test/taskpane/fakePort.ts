import type { Evaluation, KpiEvaluation } from "../../src/engine";
import type { CellTarget, CompanyRequest, DetectedTable, EvaluateOutcome, EvaluateRequest, StoredState, WorkbookPort } from "../../src/excel/port";

/** A KPI table on sheet "KPIs" at B3:J6: header row 0, three KPIs. Columns are 0-based inside the range. */
export const TABLE: DetectedTable = {
  ref: { kind: "table", name: "KpiTable", sheet: "KPIs", address: "KPIs!B3:J6" },
  rowCount: 3,
  headers: ["KPI", "Goal", "Actual", "Direction", "Deadline", "Objective", "Jan", "Feb", "Mar"],
  headerRow: 0,
  // "Goal" (column 1) was not recognised: the user corrects it to target.
  columns: { name: 0, actual: 2, direction: 3, deadline: 4, objective: 5, history: [6, 7, 8] },
};

const criterion = (state: "met" | "not-met" | "unknown", en = "ok", zh = "好") => ({ state, code: "C", message: { en, zh } });

function kpi(index: number, name: string, over: Partial<KpiEvaluation> = {}): KpiEvaluation {
  return {
    index,
    row: index + 1,
    name,
    inputs: { direction: "higher", directionSource: "column", isPercent: false, green: 1, amber: 0.9 },
    status: "On track",
    behindPace: false,
    smart: { score: 5, flags: "SMART", criteria: { S: criterion("met"), M: criterion("met"), A: criterion("met"), R: criterion("met"), T: criterion("met") }, notes: [] },
    best: { strength: 9 },
    trend: { points: 3, notes: [] },
    ...over,
  };
}

/** An evaluation with one SMART problem (KPI 1 "Customer happiness" is not time-bound), one orphan, one signal. */
export function fakeEvaluation(): Evaluation {
  const kpis = [
    kpi(0, "Revenue", { score: 1.05, status: "On track" }),
    kpi(1, "Customer happiness", {
      score: 0.92,
      status: "At risk",
      smart: {
        score: 4,
        flags: "SMAR-",
        criteria: { S: criterion("met"), M: criterion("met"), A: criterion("met"), R: criterion("met"), T: criterion("not-met", "No deadline", "没有截止日期") },
        notes: [],
        rewrite: { en: "Raise CSAT from 78 to 85 by ‹deadline› (owner Bo).", zh: "在〈截止日期〉前将客户满意度从78提升到85（负责人：Bo）。" },
      },
      trend: { points: 3, notes: [], signal: { kind: "ABOVE_LIMIT", index: 2 } },
    }),
    kpi(2, "Defects", { status: "No data", best: { strength: 0 } }),
  ];
  return {
    asOf: "2026-11-27",
    settings: { asOf: 46353, green: 1, amber: 0.9, floor: 0, cap: 1.2, smart: { maxIncrease: 1, maxDecrease: 0.6, minHistory: 5, stretchZ: 1, rejectZ: 2 }, matchWeights: { coverage: 0.3, strengthCoverage: 0.3, weightConsistency: 0.3, balance: 0.1 }, projection: "linear", fiscalYearStartMonth: 1 },
    headerRow: 0,
    kpis,
    objectives: [{ name: "Grow revenue", weight: 2 }, { name: "Delight customers", weight: 1 }, { name: "Build skills", weight: 1 }],
    total: { value: 0.97, mode: "weighted", scored: 2, excludedNoWeight: [] },
    rollUps: { perspective: [], objective: [], owner: [], department: [] },
    match: {
      matrix: [], importance: [], importanceShare: [], weightShare: [],
      coverage: 2 / 3, uncovered: ["Build skills"], orphans: [2], weakOnly: [],
      strengthCoverage: 0.7, weightConsistency: 0.8, balance: 0.5,
      perspectiveWeights: { financial: 0.5, customer: 0.5, process: 0, learning: 0 },
      emptyPerspectives: [], crowdedPerspectives: [], ownerLoad: [], best: [],
      index: 68.4, band: "moderate", issues: [],
    },
    counts: { "On track": 1, "At risk": 1, "Off track": 0, "No data": 1 },
    smart: { passRate: 2 / 3, meanScore: 4.67, failing: { S: 0, M: 0, A: 0, R: 0, T: 1 } },
    issues: [],
  };
}

/** The table's KPI rows are absolute rows 3..5 (B3 is the header), columns start at B (1). */
export function fakeOutcome(): EvaluateOutcome {
  return {
    evaluation: fakeEvaluation(),
    sheets: { scorecard: "Scorecard", strategyMatch: "Strategy Match", smartReview: "SMART Review", log: "Evaluation Log" },
    renamed: [],
    notes: [],
    source: { sheet: "KPIs", rows: [3, 4, 5], columns: { name: 1, target: 2, actual: 3, direction: 4, deadline: 5, objective: 6 } },
  };
}

export interface FakePort extends WorkbookPort {
  readonly calls: { evaluate: EvaluateRequest[]; select: CellTarget[]; saveState: StoredState[]; insertFormula: string[] };
}

/**
 * A fake port: every method is a jest mock with sensible results; pass overrides to change one.
 * @param over methods to replace
 */
export function fakePort(over: Partial<WorkbookPort> = {}): FakePort & { [K in keyof WorkbookPort]: jest.Mock } {
  const calls: FakePort["calls"] = { evaluate: [], select: [], saveState: [], insertFormula: [] };
  const port = {
    calls,
    language: jest.fn(() => Promise.resolve("en")),
    detect: jest.fn(() => Promise.resolve({ kpiTables: [TABLE], strategyTables: [] })),
    fromSelection: jest.fn(() => Promise.resolve(TABLE)),
    readState: jest.fn(() => Promise.resolve({})),
    saveState: jest.fn((s: StoredState) => {
      calls.saveState.push(s);
      return Promise.resolve();
    }),
    evaluate: jest.fn((request: EvaluateRequest, onProgress?: (step: "reading" | "evaluating" | "writing" | "done") => void) => {
      calls.evaluate.push(request);
      onProgress?.("evaluating");
      onProgress?.("writing");
      return Promise.resolve(fakeOutcome());
    }),
    watch: jest.fn(() => Promise.resolve(true)),
    evaluateCompany: jest.fn((request: CompanyRequest) =>
      Promise.resolve({
        rollUp: {
          total: 0.95,
          mode: "weighted" as const,
          teams: request.teams.map((t, i) => ({ name: t.name, total: 0.9 + i * 0.1, share: 1 / request.teams.length })),
          worst: { name: request.teams[0]?.name ?? "", total: 0.9 },
          issues: [],
        },
        teams: request.teams.map((t) => ({ name: t.name, table: t.request.kpiTable, evaluation: fakeEvaluation(), sheets: { ...fakeOutcome().sheets, scorecard: `Scorecard · ${t.name}` } })),
        sheet: "Company Roll-up",
        notes: [],
      }),
    ),
    convertToTable: jest.fn((t: DetectedTable) => Promise.resolve({ kind: "table" as const, name: "Kpis", sheet: t.ref.sheet, address: t.ref.address })),
    insertSample: jest.fn(() => Promise.resolve({ kpiTable: TABLE.ref, strategyTable: { kind: "table", name: "Strategy", sheet: "KPIs", address: "KPIs!L3:N6" } })),
    select: jest.fn((t: CellTarget) => {
      calls.select.push(t);
      return Promise.resolve();
    }),
    activeCell: jest.fn(() => Promise.resolve({ sheet: "KPIs", row: 4, column: 11 })),
    insertFormula: jest.fn((f: string) => {
      calls.insertFormula.push(f);
      return Promise.resolve({ sheet: "KPIs", row: 4, column: 11 });
    }),
  };
  return Object.assign(port, over);
}
