import { parsePeriodHeader } from "../../../src/engine/parse/periodHeader";

// Serials: 2026-01-31 = 46053, 2026-03-31 = 46112, 2026-12-31 = 46387.
describe("parsePeriodHeader", () => {
  it.each([
    ["Jan", "monthly", 1, undefined],
    ["January", "monthly", 1, undefined],
    ["Sept", "monthly", 9, undefined],
    ["1月", "monthly", 1, undefined],
    ["十二月", "monthly", 12, undefined],
    ["2026-01", "monthly", 1, 2026],
    ["2026/03", "monthly", 3, 2026],
    ["Jan-26", "monthly", 1, 2026],
    ["Dec'26", "monthly", 12, 2026],
    ["2026年1月", "monthly", 1, 2026],
    ["Jan Actual", "monthly", 1, undefined],
    ["1月实际", "monthly", 1, undefined],
    ["Q1", "quarterly", 1, undefined],
    ["2026Q1", "quarterly", 1, 2026],
    ["Q1 2026", "quarterly", 1, 2026],
    ["一季度", "quarterly", 1, undefined],
    ["2026年第一季度", "quarterly", 1, 2026],
    ["H2", "half-yearly", 2, undefined],
    ["上半年", "half-yearly", 1, undefined],
    ["2024", "yearly", 1, 2024],
    ["FY2025", "yearly", 1, 2025],
    ["W5", "weekly", 5, undefined],
    ["第5周", "weekly", 5, undefined],
  ])("%j → %s %d (year %s)", (header, cadence, index, year) => {
    const p = parsePeriodHeader(header);
    expect(p).toMatchObject({ label: header, cadence, index });
    expect(p?.year).toBe(year);
  });

  it("uses the period end serial as sort key when the year is known", () => {
    expect(parsePeriodHeader("Jan-26")?.sortKey).toBe(46053);
    expect(parsePeriodHeader("2026Q1")?.sortKey).toBe(46112);
    expect(parsePeriodHeader("2026H2")?.sortKey).toBe(46387);
  });

  it("orders year-less headers within the year", () => {
    const keys = ["Jan", "Feb", "Mar", "Dec"].map((h) => parsePeriodHeader(h)?.sortKey ?? NaN);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    expect(parsePeriodHeader("Q1")!.sortKey).toBeLessThan(parsePeriodHeader("Q2")!.sortKey);
  });

  it("reads Excel serials in the header row as dates", () => {
    expect(parsePeriodHeader(46023)).toMatchObject({ cadence: "monthly", year: 2026, index: 1 }); // 2026-01-01
    expect(parsePeriodHeader(46040)).toMatchObject({ cadence: "daily", year: 2026, index: 18, sortKey: 46040 }); // 2026-01-18
  });

  it("returns undefined for non-periods", () => {
    for (const v of ["Target", "KPI", "12", 12, "Q5", "13月", "", null, undefined, true, NaN, "Target 2026"]) expect(parsePeriodHeader(v)).toBeUndefined();
  });
});
