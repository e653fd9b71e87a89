import { parsePeriodTargetHeader } from "../../../src/engine/parse/periodTargetHeader";

describe("parsePeriodTargetHeader (DOMAIN §5 per-period targets)", () => {
  it.each([
    ["Target Jan", "Jan", "monthly", 1, undefined],
    ["Jan target", "Jan", "monthly", 1, undefined],
    ["Target Dec", "Dec", "monthly", 12, undefined],
    ["Target 2026-01", "2026-01", "monthly", 1, 2026],
    ["Target Jan-26", "Jan-26", "monthly", 1, 2026],
    ["Q1 target", "Q1", "quarterly", 1, undefined],
    ["Plan Q3", "Q3", "quarterly", 3, undefined],
    ["Budget: Feb", "Feb", "monthly", 2, undefined],
    ["TGT Mar", "Mar", "monthly", 3, undefined],
    ["Jan (plan)", "Jan", "monthly", 1, undefined],
    ["Target Jan (%)", "Jan", "monthly", 1, undefined],
    ["1月目标", "1月", "monthly", 1, undefined],
    ["目标1月", "1月", "monthly", 1, undefined],
    ["目标值1月", "1月", "monthly", 1, undefined],
    ["1月考核目标", "1月", "monthly", 1, undefined],
    ["1月（目标）", "1月", "monthly", 1, undefined],
    ["2026年1月目标", "2026年1月", "monthly", 1, 2026],
    ["一季度目标", "一季度", "quarterly", 1, undefined],
    ["Ｑ１目标", "Q1", "quarterly", 1, undefined],
    ["上半年目标", "上半年", "half-yearly", 1, undefined],
  ])("%j → %s", (header, label, cadence, index, year) => {
    const p = parsePeriodTargetHeader(header);
    expect(p).toMatchObject({ label, cadence, index });
    expect(p?.year).toBe(year);
  });

  it.each(["Target", "Targets", "Target 2026", "FY27 Target", "2026年目标", "年度目标", "Target Date", "Goal 1", "Jan", "1月", "Q1", "Actual Jan", "", "constructor target", "__proto__ 1月"])(
    "%j is not a per-period target",
    (header) => expect(parsePeriodTargetHeader(header)).toBeUndefined(),
  );

  it("reads only text", () => {
    for (const h of [null, undefined, 46023, true, {}, ["Target Jan"]]) expect(parsePeriodTargetHeader(h)).toBeUndefined();
  });
});
