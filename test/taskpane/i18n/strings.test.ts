import { en } from "../../../src/taskpane/i18n/en";
import { translator } from "../../../src/taskpane/i18n/strings";
import { zh } from "../../../src/taskpane/i18n/zh";

describe("strings tables", () => {
  it("English and Chinese have exactly the same keys", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("every string is non-empty and keeps the same placeholders in both languages", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim()).not.toBe("");
      expect(zh[key].trim()).not.toBe("");
      expect([key, placeholders(zh[key])]).toEqual([key, placeholders(en[key])]);
    }
  });

  it("fills placeholders and keeps unknown ones", () => {
    expect(translator("en")("detectedRows", { count: 3 })).toBe("3 KPI rows");
    expect(translator("zh")("detectedRows", { count: 3 })).toBe("3 行 KPI");
    expect(translator("en")("detectedRows")).toBe("{count} KPI rows");
    expect(translator("en")("detectedRows", { other: 1 })).toBe("{count} KPI rows");
  });
});
