import { isoToSerial, serialToIso, todaySerial } from "../../src/taskpane/excelDate";
import { themeOf } from "../../src/taskpane/officeTheme";

describe("Excel serial dates", () => {
  it("converts both ways", () => {
    expect(isoToSerial("2026-12-31")).toBe(46387); // Excel: =DATE(2026,12,31) → 46387
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(serialToIso(46387)).toBe("2026-12-31");
  });
  it("rejects text that is not a date", () => {
    expect(isoToSerial("")).toBeUndefined();
    expect(isoToSerial("2026-02-30")).toBeUndefined();
    expect(isoToSerial("31/12/2026")).toBeUndefined();
  });
  it("gives today's serial in local time", () => {
    expect(todaySerial(new Date(2026, 11, 31, 23, 59))).toBe(46387);
  });
});

describe("themeOf", () => {
  it("follows Office's dark flag or background colour", () => {
    expect(themeOf(undefined)).toBe("light");
    expect(themeOf({ isDarkTheme: true })).toBe("dark");
    expect(themeOf({ bodyBackgroundColor: "#262626" })).toBe("dark"); // luminance 0.15
    expect(themeOf({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(themeOf({ bodyBackgroundColor: "not a colour" })).toBe("light");
  });
});
