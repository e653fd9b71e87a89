import fc from "fast-check";
import { attainment } from "../../../src/engine/score/attainment";
import { clampScore } from "../../../src/engine/score/clampScore";
import { explainScore, type ExplainInput } from "../../../src/engine/score/explain";

const base = { isPercent: false, green: 1, amber: 0.9, floor: 0, cap: 1.2 } as const;
const explain = (over: Partial<ExplainInput> & Pick<ExplainInput, "direction">) => explainScore({ ...base, ...over });

describe("explainScore", () => {
  it("writes the formula with the KPI's numbers, per direction (DOMAIN §2)", () => {
    // the sample's cost per order: lower is better, 44.6 against 45
    const cost = explain({ actual: 44.6, target: 45, direction: "lower" });
    expect(cost.attainment?.en).toBe("1 − (44.6 − 45) / |45| = 100.9%");
    expect(cost.score?.en).toBe("score = 100.9% (within 0% – 120%)");
    expect(cost.status.en).toBe("100.9% ≥ 100% → On track");
    expect(cost.status.zh).toBe("100.9% ≥ 100% → 正常");
    expect(cost.neededGreen).toBe("≤ 45");
    expect(cost.neededAmber).toBe("≤ 49.5");

    const sales = explain({ actual: 90, target: 100, direction: "higher" });
    expect([sales.attainment?.en, sales.status.en, sales.neededGreen, sales.neededAmber]).toEqual(["1 + (90 − 100) / |100| = 90%", "90% ≥ 90% → At risk", "≥ 100", "≥ 90"]);

    const progress = explain({ actual: 0.124, target: 0.12, baseline: 0.08, direction: "higher", isPercent: true });
    expect(progress.attainment?.en).toBe("(12.4% − 8%) / (12% − 8%) = 110%");
    expect(progress.neededGreen).toBe("≥ 12%");

    const onTarget = explain({ actual: 110, target: 100, direction: "target" });
    expect([onTarget.attainment?.en, onTarget.status.en, onTarget.neededGreen, onTarget.neededAmber]).toEqual(["1 − |110 − 100| / |100| = 90%", "90% ≥ 90% → At risk", "100", "90 – 110"]);
  });

  it("says when the score is capped, floored, or missing", () => {
    expect(explain({ actual: 150, target: 100, direction: "higher" }).score?.en).toBe("score = 120% (capped at 120%)");
    expect(explain({ actual: -50, target: 100, direction: "higher" }).score?.en).toBe("score = 0% (floored at 0%)");
    const none = explain({ target: 100, direction: "higher" });
    expect([none.statusCode, none.missing?.en, none.neededGreen]).toEqual(["No data", "No actual yet: nothing to score.", "≥ 100"]);
    expect(explain({ actual: 5, direction: "higher" }).missing?.en).toBe("No target: the actual has nothing to be compared with.");
  });

  it("never disagrees with attainment: the value written is attainment's, for any inputs", () => {
    // magnitudes a KPI has (a target of 5e-324 makes any ratio overflow, in Excel too)
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((v) => v === 0 || Math.abs(v) > 1e-6);
    fc.assert(
      fc.property(value, value, fc.option(value, { nil: undefined }), fc.constantFrom("higher", "lower", "target"), (actual, target, baseline, direction) => {
        const e = explainScore({ ...base, actual, target, ...(baseline === undefined ? {} : { baseline }), direction });
        const a = attainment({ actual, target, baseline: baseline ?? null, direction });
        if (!a.ok) return e.statusCode === "No data";
        const written = /= (-?[\d.e+]+)%$/.exec(e.attainment?.en ?? "")?.[1];
        const score = clampScore(a.value, 0, 1.2);
        return written !== undefined && Math.abs(Number(written) - Number((a.value * 100).toFixed(1))) < 1e-9 && e.status.en.startsWith(`${Number((score * 100).toFixed(1))}%`);
      }),
      { numRuns: 2000 },
    );
  });
});
