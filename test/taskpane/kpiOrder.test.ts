import type { KpiEvaluation } from "../../src/engine";
import { trendArrow, worstFirst } from "../../src/taskpane/kpiOrder";
import { fakeEvaluation } from "./fakePort";

const base = fakeEvaluation().kpis[0] as KpiEvaluation;
const kpi = (index: number, over: Partial<KpiEvaluation>): KpiEvaluation => ({ ...base, index, name: `K${index}`, ...over });

describe("worstFirst", () => {
  it("orders Off track, At risk, No data, On track, lowest score first, then table order", () => {
    const kpis = [
      kpi(0, { status: "On track", score: 1.1 }),
      kpi(1, { status: "At risk", score: 0.95 }),
      kpi(2, { status: "Off track", score: 0.4 }),
      kpi(3, { status: "No data", score: undefined }),
      kpi(4, { status: "Off track", score: 0.2 }),
      kpi(5, { status: "On track", score: 1.0 }),
      kpi(6, { status: "At risk", score: 0.95 }),
      // green by score but behind pace: At risk with a score of 1.05
      kpi(7, { status: "At risk", score: 1.05, behindPace: true }),
    ];
    expect(worstFirst(kpis).map((k) => k.index)).toEqual([4, 2, 1, 6, 7, 3, 5, 0]);
    expect(kpis.map((k) => k.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]); // not sorted in place
  });
});

describe("trendArrow", () => {
  const at = (actual: number | undefined, projected: number | undefined, direction: KpiEvaluation["inputs"]["direction"]) =>
    trendArrow({
      inputs: { ...base.inputs, ...(actual === undefined ? {} : { actual }), direction },
      trend: { points: 4, notes: [], ...(projected === undefined ? {} : { projection: { value: projected, method: "linear", periodsLeft: 3 } }) },
    });

  it("judges a rise by the KPI's direction", () => {
    expect(at(90, 98, "higher")).toEqual({ arrow: "↑", sense: "good" });
    expect(at(90, 80, "higher")).toEqual({ arrow: "↓", sense: "bad" });
    expect(at(45, 50, "lower")).toEqual({ arrow: "↑", sense: "bad" });
    expect(at(45, 40, "lower")).toEqual({ arrow: "↓", sense: "good" });
    expect(at(100, 110, "target")).toEqual({ arrow: "↑", sense: "neutral" });
  });

  it("calls a change within 0.5 % of the actual flat", () => {
    expect(at(200, 200.9, "higher")).toEqual({ arrow: "→", sense: "neutral" });
    expect(at(200, 201.1, "higher")).toEqual({ arrow: "↑", sense: "good" });
    expect(at(0, 0, "higher")).toEqual({ arrow: "→", sense: "neutral" });
  });

  it("has no arrow without an actual or a projection", () => {
    expect(at(undefined, 5, "higher")).toBeUndefined();
    expect(at(5, undefined, "higher")).toBeUndefined();
  });
});
