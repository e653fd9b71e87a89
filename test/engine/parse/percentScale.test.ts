import { isPercentFormat, isPercentHeader, isPercentUnit, percentScale, scaled, textSaysPercent, type PercentEvidence, type Quantity } from "../../../src/engine/parse/percentScale";
import { readKpiTable } from "../../../src/engine";

const plain = (value: number): Quantity => ({ value, percent: false });
const cell = (value: number): Quantity => ({ value, percent: true });
const values = (qs: Quantity[], evidence: PercentEvidence) => {
  const scale = percentScale(qs, evidence);
  return { isPercent: scale.isPercent, values: qs.map((q) => scaled(q, scale)) };
};

describe("percentScale: what makes a KPI a percentage", () => {
  // Every combination of the evidence, with plain numbers that would be points (27, 35).
  const units: (string | undefined)[] = [undefined, "%", "百分比", "pp", "$", "days"];
  const cells = [false, true];
  const headers = [false, true];
  const names = ["Gross margin", "Gross margin (%)", "毛利率（%）", "Raise sales by 10% by Q3"];
  const cases = units.flatMap((unit) => cells.flatMap((known) => headers.flatMap((header) => names.map((text) => ({ unit, known, header, text })))));

  it.each(cases)("unit $unit · a % cell $known · % header $header · name “$text”", ({ unit, known, header, text }) => {
    const qs = known ? [plain(27), cell(0.35)] : [plain(27), plain(35)];
    const got = percentScale(qs, { unit, header, text });
    const unitSays = unit === "%" || unit === "百分比" || unit === "pp";
    const unitDenies = unit === "$" || unit === "days";
    const nameSays = text.includes("(%)") || text.includes("（%）");
    const expected = unitSays || known || (!unitDenies && (header || nameSays));
    expect(got.isPercent).toBe(expected);
    // When it is a percentage, 27 and 35 are points (nearest to 0.35, or above 1.5): 0.27 and 0.35.
    if (expected) expect(qs.map((q) => scaled(q, got))).toEqual([0.27, 0.35]);
    else expect(qs.map((q) => scaled(q, got))).toEqual(qs.map((q) => q.value));
  });
});

describe("percentScale: one scale for all the plain numbers of a KPI", () => {
  it("reads baseline 27 beside a target typed 35% as 27 % (the issue's 27 → 0.35)", () => {
    expect(values([plain(27), cell(0.35)], { unit: "%" })).toEqual({ isPercent: true, values: [0.27, 0.35] });
  });

  it("keeps a 300 % ROI from a %-formatted cell and reads a plain 2.5 beside it as 250 %", () => {
    expect(values([cell(3), plain(2.5)], { unit: "%" })).toEqual({ isPercent: true, values: [3, 2.5] });
  });

  it("reads 2.1 with unit % as 2.1 %, never 210 %", () => {
    expect(values([plain(2.1)], { unit: "%" })).toEqual({ isPercent: true, values: [0.021] });
  });

  it("keeps fractions as fractions when every plain number is at most 1.5", () => {
    expect(values([plain(0.95), plain(0.9), plain(1.2)], { unit: "%" })).toEqual({ isPercent: true, values: [0.95, 0.9, 1.2] });
  });

  it("scales every plain number once one is above 1.5, including small ones that are points (0.8 beside 2.5 is 0.8 %)", () => {
    expect(values([plain(2.5), plain(0.8), plain(1.9)], { unit: "%" })).toEqual({ isPercent: true, values: [0.025, 0.008, 0.019] });
    expect(values([plain(2.1), plain(0.5)], { unit: "%" })).toEqual({ isPercent: true, values: [0.021, 0.005] });
  });

  it("reads a plain number of at most 1 beside points as a fraction when it matches them as one (0.8 beside 95 and 90 is 80 %)", () => {
    // someone typed the baseline as a fraction and the target in points: 0.9 % → 94 % would be an absurd verdict
    expect(values([plain(95), plain(0.8), plain(90)], { unit: "%" })).toEqual({ isPercent: true, values: [0.95, 0.8, 0.9] });
    expect(values([plain(94), plain(0.9)], { unit: "%" })).toEqual({ isPercent: true, values: [0.94, 0.9] });
    expect(values([plain(0.97), plain(91)], { unit: "%" })).toEqual({ isPercent: true, values: [0.97, 0.91] });
  });

  it("chooses the scale nearest to the cells that say % when both readings are possible", () => {
    // Target "1.2%" typed as text (0.012) beside a plain 0.9: as points 0.009 is nearer than 0.9.
    expect(values([cell(0.012), plain(0.9)], { unit: "%" })).toEqual({ isPercent: true, values: [0.012, 0.009] });
    // Target "90%" (0.9) beside a plain 0.85: a fraction already.
    expect(values([cell(0.9), plain(0.85)], {})).toEqual({ isPercent: true, values: [0.9, 0.85] });
  });

  it("ignores zeros, blanks and non-numbers when choosing, and leaves them as they are", () => {
    const qs = [plain(0), plain(40), undefined, { value: Number.NaN, percent: false }];
    const scale = percentScale(qs, { unit: "%" });
    expect(scale.plainFactor).toBe(0.01);
    expect(scaled(plain(0), scale)).toBe(0);
  });

  it("is not a percentage without evidence, whatever the values", () => {
    expect(percentScale([plain(0.5), plain(0.4)], {})).toEqual({ isPercent: false, plainFactor: 1, because: "none" });
  });

  it("does not mutate its arguments", () => {
    const qs = [plain(27), cell(0.35)];
    const copy = JSON.parse(JSON.stringify(qs)) as Quantity[];
    percentScale(qs, { unit: "%" });
    expect(qs).toEqual(copy);
  });
});

describe("percent evidence helpers", () => {
  it("recognises % units, headers, formats and names", () => {
    expect(["%", "％", "percent", "百分比", "pp", " % "].map(isPercentUnit)).toEqual([true, true, true, true, true, true]);
    expect(["$", "pts", "", undefined].map((u) => isPercentUnit(u))).toEqual([false, false, false, false]);
    expect(isPercentHeader("Target (%)")).toBe(true);
    expect(isPercentHeader("Target")).toBe(false);
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat('0" %"')).toBe(false);
    expect(textSaysPercent("Share of revenue %")).toBe(true);
    expect(textSaysPercent("Raise sales by 10% by Q3")).toBe(false);
  });
});

describe("readKpiTable uses the same rule", () => {
  it("reads baseline 27 (unit %) beside target 35% as 0.27 → 0.35, and says so", () => {
    const t = readKpiTable([["KPI", "Unit", "Baseline", "Target"], ["Conversion rate", "%", 27, "35%"]]);
    expect(t.kpis[0]).toMatchObject({ baseline: 0.27, target: 0.35, isPercent: true });
    expect(t.issues.map((i) => i.code)).toContain("PERCENT_POINTS_ASSUMED");
  });

  it("reads a 0%-formatted cell holding 3 as 300 % (and a plain 2.5 beside it as 250 %)", () => {
    const t = readKpiTable([["KPI", "Unit", "Baseline", "Target"], ["ROI", "%", 2.5, 3]], { numberFormats: [["General", "General", "General", "General"], ["General", "General", "General", "0%"]] });
    expect(t.kpis[0]).toMatchObject({ baseline: 2.5, target: 3, isPercent: true });
  });

  it("reads a name that says (%) with plain points as a percentage", () => {
    const t = readKpiTable([["KPI", "Baseline", "Target"], ["Gross margin (%)", 31, 35]]);
    expect(t.kpis[0]).toMatchObject({ baseline: 0.31, target: 0.35, isPercent: true });
  });

  it("never reads a sentence's 'by 10%' as the scale of a money KPI", () => {
    const t = readKpiTable([["KPI", "Description", "Unit", "Target"], ["Revenue", "Raise sales by 10% by Q3", "$", 1_200_000]]);
    expect(t.kpis[0]).toMatchObject({ target: 1_200_000 });
    expect(t.kpis[0]?.isPercent).toBeUndefined();
  });
});
