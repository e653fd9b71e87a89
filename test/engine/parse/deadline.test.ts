import { parseDeadline } from "../../../src/engine/parse/deadline";

// Serials: 2026-12-31 = 46387; 2027-09-30 = 46387 + 273 = 46660; 2027-03-31 = 46387 + 90 = 46477;
// 2026-06-30 = 46387 − 184 = 46203; 2026-11-30 = 46387 − 31 = 46356. asOf 46353 = Friday 2026-11-27.
const asOf = 46353;
const ok = (value: unknown, iso: string, kind: string, options = {}) =>
  expect(parseDeadline(value, { asOf, ...options })).toMatchObject({ ok: true, deadline: { iso, kind } });

describe("parseDeadline", () => {
  it.each([
    ["2026-12-31", "2026-12-31", "date"],
    ["2026/12/31", "2026-12-31", "date"],
    ["2026.12.31", "2026-12-31", "date"],
    ["31/12/2026", "2026-12-31", "date"], // day > 12: unambiguous d/m/y
    ["12/31/2026", "2026-12-31", "date"], // second > 12: m/d/y
    ["2026年12月31日", "2026-12-31", "date"],
    ["2026-12-31T00:00:00", "2026-12-31", "date"],
    ["Dec 31, 2026", "2026-12-31", "date"],
    ["31 Dec 2026", "2026-12-31", "date"],
    ["截至2026年12月31日", "2026-12-31", "date"],
    ["Q3 2027", "2027-09-30", "quarter"],
    ["2027Q3", "2027-09-30", "quarter"],
    ["2027年第三季度", "2027-09-30", "quarter"],
    ["2027年Q3", "2027-09-30", "quarter"],
    ["by Q3 2027", "2027-09-30", "quarter"],
    ["H1 2027", "2027-06-30", "half"],
    ["2027H2", "2027-12-31", "half"],
    ["2027年上半年", "2027-06-30", "half"],
    ["2027年上半年末", "2027-06-30", "half"],
    ["2027年下半年底前", "2027-12-31", "half"],
    ["FY2027", "2027-12-31", "fiscal-year"],
    ["FY27", "2027-12-31", "fiscal-year"],
    ["2026年底", "2026-12-31", "year"],
    ["end of 2026", "2026-12-31", "year"],
    ["2026", "2026-12-31", "year"],
    ["Dec 2026", "2026-12-31", "month"],
    ["December 2026", "2026-12-31", "month"],
    ["Dec-26", "2026-12-31", "month"],
    ["2026年12月", "2026-12-31", "month"],
    ["2027年6月底", "2027-06-30", "month"],
  ])("reads %j", (text, iso, kind) => ok(text, iso, kind));

  it("reads Excel serials in the plausible range and year numbers", () => {
    expect(parseDeadline(46387)).toEqual({ ok: true, deadline: { serial: 46387, iso: "2026-12-31", kind: "date" } });
    expect(parseDeadline(46387.75)).toMatchObject({ ok: true, deadline: { serial: 46387 } }); // time of day dropped
    ok(2027, "2027-12-31", "year");
    expect(parseDeadline(19999)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(parseDeadline(80001)).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("ends fiscal years and fiscal quarters by the start month", () => {
    ok("FY2027", "2027-03-31", "fiscal-year", { fiscalYearStartMonth: 4 }); // FY2027 = Apr 2026 … Mar 2027
    ok("Q1 FY2027", "2026-06-30", "quarter", { fiscalYearStartMonth: 4 }); // first quarter: Apr–Jun 2026
    ok("FY2027", "2027-12-31", "fiscal-year", { fiscalYearStartMonth: 13 }); // invalid start → calendar
  });

  it("turns cadences into the end of the current period relative to asOf", () => {
    expect(parseDeadline("monthly", { asOf })).toEqual({ ok: true, deadline: { serial: 46356, iso: "2026-11-30", kind: "cadence", cadence: "monthly" } });
    ok("每月", "2026-11-30", "cadence");
    ok("quarterly", "2026-12-31", "cadence");
    ok("每季度", "2026-12-31", "cadence");
    ok("weekly", "2026-11-29", "cadence"); // Friday 27th → week ends Sunday 29th
    ok("annually", "2026-12-31", "cadence");
    ok("quarterly", "2027-01-31", "cadence", { fiscalYearStartMonth: 5 }); // quarters Nov–Jan with a May start
  });

  it("resolves relative words against asOf", () => {
    ok("年底", "2026-12-31", "year");
    ok("by end of year", "2026-12-31", "year");
    ok("本季度", "2026-12-31", "quarter");
    ok("next month", "2026-12-31", "month");
    ok("明年", "2027-12-31", "year");
  });

  it.each(["ASAP", "尽快", "ongoing", "长期", "TBD", "待定", "N/A", "持续推进"])("%j is vague", (text) => {
    expect(parseDeadline(text, { asOf })).toEqual({ ok: false, reason: "vague", text });
  });

  it("reports blanks and unreadable text", () => {
    for (const blank of [null, undefined, "", "  "]) expect(parseDeadline(blank)).toMatchObject({ ok: false, reason: "blank" });
    for (const bad of ["2026-02-30", "05/06/2026", "hello", "Q5 2026", true, {}, NaN]) expect(parseDeadline(bad, { asOf })).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("does not mutate its options", () => {
    const options = { fiscalYearStartMonth: 4, asOf };
    parseDeadline("FY2027", options);
    expect(options).toEqual({ fiscalYearStartMonth: 4, asOf });
  });
});
