import { DEFAULT_SETTINGS, resolveSettings } from "../../src/engine";

const AS_OF = 46387; // 2026-12-31

describe("resolveSettings", () => {
  it("fills every default of DOMAIN.md", () => {
    const { settings, rejected } = resolveSettings({ asOf: AS_OF });
    expect(rejected).toEqual([]);
    // §2 thresholds and score range, §3 Achievable limits, §4 index weights, §5 projection, §1 fiscal year.
    expect(settings).toEqual({
      asOf: AS_OF,
      green: 1,
      amber: 0.9,
      floor: 0,
      cap: 1.2,
      smart: { maxIncrease: 1, maxDecrease: 0.6, minHistory: 5, stretchZ: 1, rejectZ: 2 },
      matchWeights: { coverage: 0.3, strengthCoverage: 0.3, weightConsistency: 0.3, balance: 0.1 },
      projection: "linear",
      fiscalYearStartMonth: 1,
    });
    expect({ ...settings, asOf: undefined }).toEqual({ ...DEFAULT_SETTINGS, asOf: undefined });
  });

  it("keeps valid user values, merging partial groups with the defaults", () => {
    const { settings, rejected } = resolveSettings({ asOf: AS_OF, green: 0.95, amber: 0.8, cap: 1.5, projection: "holt", smart: { maxIncrease: 0.5 }, matchWeights: { balance: 0.2 }, fiscalYearStartMonth: 4 });
    expect(rejected).toEqual([]);
    expect([settings.green, settings.amber, settings.cap, settings.projection, settings.fiscalYearStartMonth]).toEqual([0.95, 0.8, 1.5, "holt", 4]);
    expect(settings.smart).toEqual({ maxIncrease: 0.5, maxDecrease: 0.6, minHistory: 5, stretchZ: 1, rejectZ: 2 });
    expect(settings.matchWeights.balance).toBe(0.2);
    expect(settings.matchWeights.coverage).toBe(0.3);
  });

  it("rejects what cannot be used and says which fields, falling back to defaults", () => {
    const { settings, rejected } = resolveSettings({
      asOf: AS_OF,
      green: 0.8,
      amber: 0.95, // above green
      floor: 2,
      cap: 1.2, // floor above cap
      smart: { maxDecrease: 1.5, minHistory: 2 },
      fiscalYearStartMonth: 13,
      projection: "cubic" as never,
    });
    expect(rejected.sort()).toEqual(["amber", "fiscalYearStartMonth", "floor", "projection", "smart.maxDecrease", "smart.minHistory"]);
    // amber falls back to min(0.9, green 0.8) = 0.8; floor to min(0, 1.2) = 0.
    expect([settings.green, settings.amber, settings.floor, settings.cap]).toEqual([0.8, 0.8, 0, 1.2]);
    expect([settings.smart.maxDecrease, settings.smart.minHistory, settings.fiscalYearStartMonth, settings.projection]).toEqual([0.6, 5, 1, "linear"]);
  });

  it("reports a missing or non-finite as-of date", () => {
    expect(resolveSettings({ asOf: Number.NaN }).rejected).toEqual(["asOf"]);
    expect(resolveSettings({ asOf: Number.POSITIVE_INFINITY }).rejected).toEqual(["asOf"]);
  });

  it("does not mutate its input", () => {
    const input = Object.freeze({ asOf: AS_OF, smart: Object.freeze({ maxIncrease: 0.5 }) });
    expect(() => resolveSettings(input)).not.toThrow();
    expect(input).toEqual({ asOf: AS_OF, smart: { maxIncrease: 0.5 } });
  });
});
