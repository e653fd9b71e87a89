import { checkAchievable, periodsUntil } from "../../../src/engine/smart/achievable";
import { DEFAULT_SMART_LIMITS } from "../../../src/engine/smart/checkSmart";
import { historyGrowth } from "../../../src/engine/smart/historyGrowth";
import type { Deadline } from "../../../src/engine/model";
import { dateToSerial, serialToIso } from "../../../src/engine/parse/serial";

const asOf = dateToSerial(2026, 11, 27); // 46353
const limits = DEFAULT_SMART_LIMITS;
const on = (y: number, m: number, d: number): Deadline => {
  const serial = dateToSerial(y, m, d);
  return { serial, iso: serialToIso(serial), kind: "date" };
};
const everyMonth: Deadline = { serial: dateToSerial(2026, 11, 30), iso: "2026-11-30", kind: "cadence", cadence: "monthly" };

describe("historyGrowth", () => {
  it("mean and sample spread, by hand", () => {
    // 100 → 110 → 121 → 127.05 → 139.755: rates 0.10, 0.10, 0.05, 0.10
    // ḡ = 0.35 / 4 = 0.0875; deviations 0.0125, 0.0125, −0.0375, 0.0125
    // Σd² = 3·0.00015625 + 0.00140625 = 0.001875; s² = 0.001875 / 3 = 0.000625; s = 0.025
    const stats = historyGrowth([100, 110, 121, 127.05, 139.755]);
    expect(stats.count).toBe(5);
    expect(stats.last).toBe(139.755);
    expect(stats.mean).toBeCloseTo(0.0875, 12);
    expect(stats.spread).toBeCloseTo(0.025, 12);
  });

  it("a blank still counts as a period: 100, blank, 121 → 10% per period", () => {
    // (121 / 100)^(1/2) − 1 = 1.1 − 1 = 0.1
    const stats = historyGrowth([100, null, 121]);
    expect(stats.rates).toHaveLength(1);
    expect(stats.rates[0]).toBeCloseTo(0.1, 12);
    expect(stats.count).toBe(2);
  });

  it("skips pairs with a value ≤ 0 and non-finite values", () => {
    // only 2 → 4 gives a rate (+100%)
    const stats = historyGrowth([-5, -3, 0, Number.NaN, 2, 4]);
    expect(stats.rates).toEqual([1]);
    expect(stats.count).toBe(5);
    expect(stats.spread).toBe(0);
  });

  it("empty or missing history", () => {
    expect(historyGrowth(undefined)).toEqual({ count: 0, rates: [], mean: 0, spread: 0 });
    expect(historyGrowth([])).toEqual({ count: 0, rates: [], mean: 0, spread: 0 });
  });
});

describe("periodsUntil", () => {
  it("rounds days to periods of the cadence, at least 1", () => {
    // 2026-11-27 → 2027-02-28 is 93 days; 93 / 30.4375 = 3.06 → 3 months; 93 / 91.3125 = 1.02 → 1 quarter
    expect(periodsUntil(asOf, on(2027, 2, 28), "monthly")).toBe(3);
    expect(periodsUntil(asOf, on(2027, 2, 28), "quarterly")).toBe(1);
    expect(periodsUntil(asOf, on(2027, 2, 28))).toBe(3);
    expect(periodsUntil(asOf, on(2026, 1, 1), "monthly")).toBe(1); // deadline in the past
    expect(periodsUntil(asOf, everyMonth, "weekly")).toBe(1); // a cadence deadline is one period
  });
});

describe("checkAchievable — history rule", () => {
  // history from the historyGrowth test: ḡ = 0.0875, s = 0.025, B = 139.755
  const history = [100, 110, 121, 127.05, 139.755];
  const B = 139.755;
  const base = { history, asOf, limits };

  it("in line with the history: n = 3, T = B·1.1³ → g = 0.10, z = (0.10 − 0.0875)/0.025 = 0.5", () => {
    const r = checkAchievable({ ...base, target: B * 1.1 ** 3, deadline: on(2027, 2, 28) });
    expect(r).toMatchObject({ state: "met", code: "A_WITHIN_HISTORY" });
    expect(r.detail).toBeUndefined();
    expect(r.message.en).toContain("+10%");
  });

  it("stretch: one period, g = 0.125 → z = (0.125 − 0.0875)/0.025 = 1.5", () => {
    const r = checkAchievable({ ...base, target: B * 1.125, deadline: everyMonth });
    expect(r).toMatchObject({ state: "met", code: "A_STRETCH", detail: "stretch" });
    expect(r.message.en).toContain("1.5 spreads");
  });

  it("not met: n = 3, T = B·1.2³ → g = 0.20, z = (0.20 − 0.0875)/0.025 = 4.5", () => {
    const r = checkAchievable({ ...base, target: B * 1.2 ** 3, deadline: on(2027, 2, 28) });
    expect(r).toMatchObject({ state: "not-met", code: "A_BEYOND_HISTORY" });
    expect(r.suggestion?.zh).toBeTruthy();
  });

  it("too easy, still met: g = 0.0375 → z = (0.0375 − 0.0875)/0.025 = −2", () => {
    const r = checkAchievable({ ...base, target: B * 1.0375, deadline: everyMonth });
    expect(r).toMatchObject({ state: "met", code: "A_TOO_EASY", detail: "too-easy" });
  });

  it("boundary: z = 2 exactly is a stretch, not a rejection (s floored at 0.01 for a steady history)", () => {
    // 100, 110, 121, 133.1, 146.41: every rate 0.10, s ≈ 0 → floored to 0.01
    // g = 0.12 → z = (0.12 − 0.10)/0.01 = 2 → stretch; g = 0.125 → z = 2.5 → not met
    const steady = [100, 110, 121, 133.1, 146.41];
    expect(checkAchievable({ history: steady, asOf, limits, target: 146.41 * 1.12, deadline: everyMonth }).code).toBe("A_STRETCH");
    expect(checkAchievable({ history: steady, asOf, limits, target: 146.41 * 1.125, deadline: everyMonth }).code).toBe("A_BEYOND_HISTORY");
  });

  it("lower is better flips the sign: a steeper fall than the history is the ambitious side", () => {
    // 100, 95, 90.25, 85.7375, 81.450625: every rate −0.05, s floored 0.01; B = 81.450625
    // g = −0.08 → z = −(−0.08 − (−0.05))/0.01 = 3 → not met; g = −0.04 → z = −1 → too easy
    const falling = [100, 95, 90.25, 85.7375, 81.450625];
    const b = 81.450625;
    expect(checkAchievable({ history: falling, asOf, limits, direction: "lower", target: b * 0.92, deadline: everyMonth }).code).toBe("A_BEYOND_HISTORY");
    expect(checkAchievable({ history: falling, asOf, limits, direction: "lower", target: b * 0.96, deadline: everyMonth }).code).toBe("A_TOO_EASY");
  });

  it("fewer than minHistory numbers: falls back to the baseline rule with the last value", () => {
    // B = 121 (last), T = 133.1: r = 0.10 → met
    const r = checkAchievable({ history: [100, 110, 121], asOf, limits, target: 133.1, deadline: everyMonth });
    expect(r.code).toBe("A_CHANGE_PLAUSIBLE");
  });

  it("non-positive history values leave too few rates: baseline rule (B = 4, T = 6 → +50%)", () => {
    const r = checkAchievable({ history: [-5, -3, 0, 2, 4], asOf, limits, target: 6, deadline: everyMonth });
    expect(r).toMatchObject({ state: "met", code: "A_CHANGE_PLAUSIBLE" });
    expect(r.message.en).toContain("+50%");
  });

  it("minHistory is a limit the caller may change", () => {
    // rates 0.1, 0.1 → ḡ = 0.1, s floored 0.01; T = 121·1.13 → g = 0.13, z = 3 → beyond the history.
    // With the default minHistory (5) the same numbers use the baseline rule: +13% is plausible.
    const input = { history: [100, 110, 121], asOf, target: 121 * 1.13, deadline: everyMonth };
    expect(checkAchievable({ ...input, limits: { ...limits, minHistory: 3 } }).code).toBe("A_BEYOND_HISTORY");
    expect(checkAchievable({ ...input, limits }).code).toBe("A_CHANGE_PLAUSIBLE");
  });
});

describe("checkAchievable — baseline rule", () => {
  it("not met above +100% within a year: 100 → 300 by 2027-06-30 is +200%", () => {
    const r = checkAchievable({ baseline: 100, target: 300, deadline: on(2027, 6, 30), asOf, limits });
    expect(r).toMatchObject({ state: "not-met", code: "A_CHANGE_TOO_LARGE" });
    expect(r.message.en).toContain("+200%");
    expect(r.message.zh).toContain("+200%");
  });

  it("annualised over two years: (300/100)^(1/1.9986) − 1 = +73.3% a year → met", () => {
    // deadline 2028-11-26 is 730 days after 2026-11-27: years = 730 / 365.25 = 1.99863
    const r = checkAchievable({ baseline: 100, target: 300, deadline: on(2028, 11, 26), asOf, limits });
    expect(r).toMatchObject({ state: "met", code: "A_CHANGE_PLAUSIBLE" });
    expect(r.message.en).toContain("+73.3%");
  });

  it("boundary: exactly +100% is met, −60% is met, −70% is not", () => {
    expect(checkAchievable({ baseline: 50, target: 100, asOf, limits }).state).toBe("met");
    expect(checkAchievable({ baseline: 100, target: 40, direction: "lower", asOf, limits }).state).toBe("met");
    expect(checkAchievable({ baseline: 100, target: 30, direction: "lower", asOf, limits }).code).toBe("A_CHANGE_TOO_LARGE");
  });

  it("a target against the direction is not met", () => {
    const r = checkAchievable({ baseline: 0.03, target: 0.05, direction: "lower", isPercent: true, asOf, limits });
    expect(r).toMatchObject({ state: "not-met", code: "A_CONTRADICTS_DIRECTION" });
    expect(r.message.en).toContain("5%");
    expect(r.message.zh).toContain("越低越好");
    expect(checkAchievable({ baseline: 100, target: 90, direction: "higher", asOf, limits }).code).toBe("A_CONTRADICTS_DIRECTION");
  });

  it("a stated relative change without a target: +10% met, +300% not met", () => {
    expect(checkAchievable({ change: 0.1, asOf, limits }).code).toBe("A_CHANGE_PLAUSIBLE");
    expect(checkAchievable({ change: 3, asOf, limits }).code).toBe("A_CHANGE_TOO_LARGE");
  });

  it("unknown without numbers, or from a zero / negative baseline", () => {
    expect(checkAchievable({ asOf, limits })).toMatchObject({ state: "unknown", code: "A_NO_NUMBERS" });
    expect(checkAchievable({ target: 100, asOf, limits })).toMatchObject({ state: "unknown", code: "A_NO_NUMBERS" });
    expect(checkAchievable({ target: 100, baseline: 0, asOf, limits })).toMatchObject({ state: "unknown", code: "A_ZERO_BASELINE" });
    expect(checkAchievable({ target: 100, baseline: -20, asOf, limits }).state).toBe("unknown");
  });

  it("invalid numbers are treated as missing", () => {
    expect(checkAchievable({ target: Number.NaN, baseline: 100, asOf, limits }).code).toBe("A_NO_NUMBERS");
    expect(checkAchievable({ target: 120, baseline: Number.POSITIVE_INFINITY, asOf, limits }).code).toBe("A_NO_NUMBERS");
  });

  it("does not mutate its input", () => {
    const history = [100, 110, 121, 127.05, 139.755];
    const input = { history, target: 150, deadline: on(2027, 2, 28), asOf, limits: { ...limits } };
    const copy = structuredClone(input);
    checkAchievable(input);
    expect(input).toEqual(copy);
  });
});
