import { attainment, type AttainmentInput } from "../../../src/engine/score/attainment";
import type { AttainmentResult } from "../../../src/engine/score/attainmentResult";
import { statusOf } from "../../../src/engine/score/status";

/** The value of an ok result (fails the test otherwise). */
function valueOf(result: AttainmentResult): number {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}`);
  return result.value;
}
const codes = (result: AttainmentResult) => result.issues.map((i) => i.code);

describe("attainment — higher is better: 1 + (A − T) / |T|", () => {
  it("equals A/T for a positive target", () => {
    // 1 + (90 − 100)/100 = 0.9 = 90/100
    const r = attainment({ actual: 90, target: 100, direction: "higher" });
    expect(r).toEqual({ ok: true, value: 0.9, kind: "ratio", issues: [] });
    // 1 + (125 − 100)/100 = 1.25
    expect(valueOf(attainment({ actual: 125, target: 100, direction: "higher" }))).toBeCloseTo(1.25, 12);
  });
  it("is right for a negative target", () => {
    // T = −10, A = −5: 1 + (−5 − (−10))/10 = 1 + 5/10 = 1.5 (A/T would give 0.5)
    expect(valueOf(attainment({ actual: -5, target: -10, direction: "higher" }))).toBeCloseTo(1.5, 12);
    // T = −10, A = −20: 1 + (−20 + 10)/10 = 0
    expect(valueOf(attainment({ actual: -20, target: -10, direction: "higher" }))).toBeCloseTo(0, 12);
  });
  it("is exactly 1 on target and may go below 0", () => {
    expect(valueOf(attainment({ actual: 100, target: 100, direction: "higher" }))).toBe(1);
    // 1 + (−50 − 100)/100 = −0.5
    expect(valueOf(attainment({ actual: -50, target: 100, direction: "higher" }))).toBeCloseTo(-0.5, 12);
  });
});

describe("attainment — lower is better: 1 − (A − T) / |T|", () => {
  it("equals 2 − A/T for a positive target, never T/A", () => {
    // 1 − (80 − 100)/100 = 1.2 (T/A would give 1.25)
    expect(valueOf(attainment({ actual: 80, target: 100, direction: "lower" }))).toBeCloseTo(1.2, 12);
    // 1 − (110 − 100)/100 = 0.9
    expect(valueOf(attainment({ actual: 110, target: 100, direction: "lower" }))).toBeCloseTo(0.9, 12);
    // A near 0 does not explode: 1 − (0.001 − 5)/5 = 1.9998 (T/A would be 5000)
    expect(valueOf(attainment({ actual: 0.001, target: 5, direction: "lower" }))).toBeCloseTo(1.9998, 12);
  });
  it("is right for a negative target", () => {
    // T = −10, A = −12: 1 − (−12 + 10)/10 = 1.2 (further below is better)
    expect(valueOf(attainment({ actual: -12, target: -10, direction: "lower" }))).toBeCloseTo(1.2, 12);
  });
});

describe("attainment — on target: 1 − |A − T| / |T|", () => {
  it("penalises both sides equally", () => {
    // 1 − |95 − 100|/100 = 0.95 and 1 − |105 − 100|/100 = 0.95
    expect(valueOf(attainment({ actual: 95, target: 100, direction: "target" }))).toBeCloseTo(0.95, 12);
    expect(valueOf(attainment({ actual: 105, target: 100, direction: "target" }))).toBeCloseTo(0.95, 12);
    expect(valueOf(attainment({ actual: 100, target: 100, direction: "target" }))).toBe(1);
  });
  it("uses the band when one is given", () => {
    // band [90, 110], A = 121: 1 − 11/110 = 0.9
    expect(valueOf(attainment({ actual: 121, target: 100, direction: "target", band: [90, 110] }))).toBeCloseTo(0.9, 12);
  });
});

describe("attainment — band direction", () => {
  it("delegates to the band rule", () => {
    expect(valueOf(attainment({ actual: 95, direction: "band", band: [90, 110] }))).toBe(1);
    // 1 − (90 − 81)/90 = 0.9
    expect(valueOf(attainment({ actual: 81, direction: "band", band: [90, 110] }))).toBeCloseTo(0.9, 12);
  });
  it("without bounds is no-band (no-actual when the actual is blank too)", () => {
    const r = attainment({ actual: 5, target: 5, direction: "band" });
    expect(r).toMatchObject({ ok: false, reason: "no-band" });
    expect(codes(r)).toEqual(["NO_BAND"]);
    expect(attainment({ direction: "band" })).toMatchObject({ ok: false, reason: "no-actual" });
  });
});

describe("attainment — with a baseline: (A − B) / (T − B)", () => {
  it("measures progress for higher is better", () => {
    // B = 50, T = 100, A = 80: (80 − 50)/(100 − 50) = 0.6 (A/T would say 0.8)
    expect(valueOf(attainment({ actual: 80, target: 100, baseline: 50, direction: "higher" }))).toBeCloseTo(0.6, 12);
  });
  it("measures progress for lower is better", () => {
    // B = 10, T = 6, A = 8: (8 − 10)/(6 − 10) = 0.5
    expect(valueOf(attainment({ actual: 8, target: 6, baseline: 10, direction: "lower" }))).toBeCloseTo(0.5, 12);
    // getting worse than the baseline: A = 12 → (12 − 10)/(6 − 10) = −0.5
    expect(valueOf(attainment({ actual: 12, target: 6, baseline: 10, direction: "lower" }))).toBeCloseTo(-0.5, 12);
  });
  it("scales on-target deviation by the distance from the baseline", () => {
    // B = 80, T = 100, A = 110: 1 − |110 − 100|/|100 − 80| = 0.5
    expect(valueOf(attainment({ actual: 110, target: 100, baseline: 80, direction: "target" }))).toBeCloseTo(0.5, 12);
  });
  it("covers a zero target once a baseline is given", () => {
    // defects: B = 20, T = 0, A = 5: (5 − 20)/(0 − 20) = 0.75, a ratio, no hint
    const r = attainment({ actual: 5, target: 0, baseline: 20, direction: "lower" });
    expect(r).toEqual({ ok: true, value: 0.75, kind: "ratio", issues: [] });
  });
  it("gives 0 (not −0) at the baseline", () => {
    // (10 − 10)/(6 − 10) = −0 in floating point; reported as 0
    expect(Object.is(valueOf(attainment({ actual: 10, target: 6, baseline: 10, direction: "lower" })), 0)).toBe(true);
  });
  it("is ignored when it equals the target", () => {
    // B = T = 100: no progress span, so 1 + (90 − 100)/100 = 0.9
    expect(valueOf(attainment({ actual: 90, target: 100, baseline: 100, direction: "higher" }))).toBeCloseTo(0.9, 12);
  });
  it("reports a target that contradicts the direction, and does not fix it", () => {
    // lower is better but T = 12 > B = 10: scored without the baseline, 1 − (11 − 12)/12 = 13/12
    const r = attainment({ actual: 11, target: 12, baseline: 10, direction: "lower" });
    expect(valueOf(r)).toBeCloseTo(13 / 12, 10); // rounded to 12 significant digits
    expect(codes(r)).toEqual(["TARGET_CONTRADICTS_DIRECTION"]);
    expect(r.issues[0]?.severity).toBe("warning");
    expect(r.issues[0]?.message.en).toContain("target 12 is above the baseline 10");
    expect(r.issues[0]?.message.zh).toContain("越低越好");
    // higher is better with T = 8 < B = 10: 1 + (9 − 8)/8 = 1.125
    const h = attainment({ actual: 9, target: 8, baseline: 10, direction: "higher" });
    expect(valueOf(h)).toBeCloseTo(1.125, 12);
    expect(codes(h)).toEqual(["TARGET_CONTRADICTS_DIRECTION"]);
  });
});

describe("attainment — zero target without a baseline: pass/fail", () => {
  it.each<[AttainmentInput["direction"], number, number]>([
    ["higher", 0, 1],
    ["higher", 3, 1],
    ["higher", -1, 0],
    ["lower", 0, 1],
    ["lower", -2, 1],
    ["lower", 3, 0],
    ["target", 0, 1],
    ["target", 0.5, 0],
    ["target", -0.5, 0],
  ])("%s, A = %d → %d", (direction, actual, expected) => {
    const r = attainment({ actual, target: 0, direction });
    expect(r).toMatchObject({ ok: true, value: expected, kind: "pass-fail" });
    expect(codes(r)).toEqual(["ZERO_TARGET_PASS_FAIL"]);
  });
  it("keeps the contradiction warning beside the hint", () => {
    // lower is better, T = 0 above B = −5: contradiction, then pass/fail on A = −1 ≤ 0 → 1
    const r = attainment({ actual: -1, target: 0, baseline: -5, direction: "lower" });
    expect(r).toMatchObject({ ok: true, value: 1, kind: "pass-fail" });
    expect(codes(r)).toEqual(["TARGET_CONTRADICTS_DIRECTION", "ZERO_TARGET_PASS_FAIL"]);
  });
});

describe("attainment — invalid input", () => {
  it("reports a blank actual or target", () => {
    expect(attainment({ target: 10, direction: "higher" })).toMatchObject({ ok: false, reason: "no-actual" });
    expect(attainment({ actual: null, target: 10, direction: "higher" })).toMatchObject({ ok: false, reason: "no-actual" });
    const r = attainment({ actual: 5, direction: "higher" });
    expect(r).toMatchObject({ ok: false, reason: "no-target" });
    expect(codes(r)).toEqual(["NO_TARGET"]);
  });
  it("reports NaN and Infinity inputs, naming the input", () => {
    const r = attainment({ actual: NaN, target: 10, direction: "higher" });
    expect(r).toMatchObject({ ok: false, reason: "not-finite" });
    expect(r.issues[0]?.message.en).toBe("The actual is not a finite number (NaN).");
    expect(attainment({ actual: 1, target: Infinity, direction: "lower" })).toMatchObject({ ok: false, reason: "not-finite" });
    const b = attainment({ actual: 1, target: 2, baseline: -Infinity, direction: "higher" });
    expect(b.issues[0]?.message.zh).toBe("基线值不是有限数值（-Infinity）。");
  });
  it("reports an overflowing result instead of returning Infinity", () => {
    // 1 + (1e308 − 1e-300)/1e-300 overflows
    const r = attainment({ actual: 1e308, target: 1e-300, direction: "higher" });
    expect(r).toMatchObject({ ok: false, reason: "not-finite" });
    expect(codes(r)).toEqual(["RESULT_NOT_FINITE"]);
  });
  it("does not mutate its argument", () => {
    const input: AttainmentInput = Object.freeze({ actual: 121, target: 100, direction: "target", band: Object.freeze([110, 90] as const) });
    const copy = JSON.parse(JSON.stringify(input)) as unknown;
    attainment(input);
    expect(input).toEqual(copy);
  });
  it("shares one frozen empty issues array when there are none", () => {
    const a = attainment({ actual: 1, target: 2, direction: "higher" });
    const b = attainment({ actual: 3, target: 2, direction: "lower" });
    expect(a.issues).toBe(b.issues);
    expect(Object.isFrozen(a.issues)).toBe(true);
  });
});

describe("attainment — binary floating point", () => {
  it("rounds to 12 significant digits so a displayed 90% is 0.9 against the 0.9 threshold", () => {
    // (0.47 − 0.2) / (0.5 − 0.2) = 0.8999999999999999 in IEEE doubles; the analyst sees 90% → "At risk".
    const r = attainment({ actual: 0.47, target: 0.5, baseline: 0.2, direction: "higher" });
    expect(r.ok && r.value).toBe(0.9);
    expect(statusOf(r.ok ? r.value : undefined)).toBe("At risk");
  });
});
