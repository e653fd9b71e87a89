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

  it("Chinese strings use full-width punctuation and hold no untranslated English (issue 14 §6)", () => {
    // Names and codes that stay as they are in Chinese Excel; the language's own name in the picker.
    const allowed = /KPI|SMART|Excel|ExcelApi|Office|NPS|XmR|A1|English/g;
    // Data shown as written: the SMART letters of KPI.SMARTFLAGS ("SM?R-").
    const data: ReadonlySet<string> = new Set(["formulaSmartFlags"]);
    const offenders: string[] = [];
    for (const [key, text] of Object.entries(zh)) {
      if (data.has(key)) continue;
      const bare = text.replace(/\{\w+\}/g, "").replace(allowed, "");
      if (/[,:;?!()]/.test(bare) || /[A-Za-z]{3,}/.test(bare)) offenders.push(`${key}: ${text}`);
    }
    expect(offenders).toEqual([]);
    expect(translator("zh")("labelSeparator")).toBe("：");
    expect(["a", "b"].join(translator("zh")("listSeparator"))).toBe("a、b");
  });
});
