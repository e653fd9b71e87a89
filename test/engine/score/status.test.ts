import { DEFAULT_THRESHOLDS, STATUSES, statusOf } from "../../../src/engine/score/status";

describe("statusOf — ≥ green On track, ≥ amber At risk, below Off track", () => {
  it("uses the defaults 1.00 / 0.90, boundaries included", () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ green: 1, amber: 0.9 });
    expect(statusOf(1.2)).toBe("On track");
    expect(statusOf(1)).toBe("On track");
    expect(statusOf(0.99)).toBe("At risk");
    expect(statusOf(0.9)).toBe("At risk");
    expect(statusOf(0.89)).toBe("Off track");
    expect(statusOf(0)).toBe("Off track");
  });
  it("uses per-row thresholds when given, one by one", () => {
    expect(statusOf(0.95, { green: 0.95, amber: 0.8 })).toBe("On track");
    expect(statusOf(0.85, { green: 0.95, amber: 0.8 })).toBe("At risk");
    expect(statusOf(0.85, { amber: 0.8 })).toBe("At risk"); // green stays 1.0
    expect(statusOf(0.95, { green: 1.1 })).toBe("At risk"); // amber stays 0.9
    expect(statusOf(1.05, { green: 1.1 })).toBe("At risk");
  });
  it("ignores blank or non-finite thresholds", () => {
    expect(statusOf(0.95, { green: NaN, amber: null as unknown as number })).toBe("At risk");
    expect(statusOf(0.95, null)).toBe("At risk");
  });
  it("is No data without a usable score", () => {
    expect(statusOf(undefined)).toBe("No data");
    expect(statusOf(null)).toBe("No data");
    expect(statusOf(NaN)).toBe("No data");
    expect(statusOf(Infinity)).toBe("No data");
  });
  it("keeps stable English codes and does not mutate thresholds", () => {
    expect(STATUSES).toEqual(["On track", "At risk", "Off track", "No data"]);
    const t = Object.freeze({ green: 0.95 });
    statusOf(1, t);
    expect(t).toEqual({ green: 0.95 });
  });
});
