import { GENERIC_WORDS_EN, GENERIC_WORDS_ZH } from "../../../src/engine/data/genericWords";
import { links } from "../../../src/engine/match/links";
import { prepareObjectives } from "../../../src/engine/match/prepareObjectives";
import { conceptFrequency, isSpecific, isSpecificChinese, SPECIFIC_MAX_DOCUMENTS } from "../../../src/engine/match/specificity";
import { tokenize } from "../../../src/engine/match/tokenize";

const strengths = (kpi: string, ...objectives: string[]) => links({ name: kpi }, prepareObjectives(objectives.map((name) => ({ name, weight: 1 })))).strengths;
const repeats = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe("specificity", () => {
  it("counts how many documents of the curated data use a concept: many for words all measures share, none for a subject", () => {
    expect(conceptFrequency("cost")).toBeGreaterThan(50);
    expect(conceptFrequency("customer")).toBeGreaterThan(50);
    expect(conceptFrequency("kennel")).toBe(0);
    expect(isSpecific("cost")).toBe(false);
    expect(isSpecific("kennel")).toBe(true);
    expect(isSpecific("glasshouse")).toBe(true);
  });

  it("never calls a word any plan uses specific, however rare in the data", () => {
    for (const word of ["team", "meeting"]) {
      const [concept] = tokenize(word);
      expect({ word, concept: concept !== undefined, specific: concept !== undefined && isSpecific(concept) }).toEqual({ word, concept: true, specific: false });
      expect(conceptFrequency(concept ?? "")).toBeLessThanOrEqual(SPECIFIC_MAX_DOCUMENTS);
    }
    expect(isSpecificChinese("项目")).toBe(false);
    expect(isSpecificChinese("客户")).toBe(false);
    expect(isSpecificChinese("联赛")).toBe(true);
  });

  it("keeps its generic word lists lower case, Chinese of two or more characters, without repeats", () => {
    expect(GENERIC_WORDS_EN.filter((w) => w !== w.toLowerCase() || /\s/u.test(w))).toEqual([]);
    expect(GENERIC_WORDS_ZH.filter((w) => !/^\p{Script=Han}{2,}$/u.test(w))).toEqual([]);
    expect([...repeats(GENERIC_WORDS_EN), ...repeats(GENERIC_WORDS_ZH)]).toEqual([]);
  });
});

describe("links on a specific shared subject", () => {
  it("makes a weak overlap on a specific subject a clear link", () => {
    expect(strengths("Average kennel nights per booking", "Fill our kennels all year", "Hire and keep great carers")).toEqual([3, 0]);
    expect(strengths("联赛排名", "争取联赛好成绩", "扩大会员规模", "控制球队薪资")).toEqual([3, 0, 0]);
    expect(strengths("产线损耗率", "减少生产损耗", "提升客户满意度")).toEqual([3, 0]);
  });

  it("does not on a word any plan uses, nor on the unit a KPI is counted per", () => {
    expect(strengths("Time spent in team meetings", "Make time for every customer", "Build one team")).toEqual([0, 1]);
    expect(strengths("Cost per kennel night", "Fill our kennels all year", "Keep costs in check")).toEqual([1, 3]);
    // 客户 and 项目 are in every plan: no clear link from them alone
    expect(strengths("项目客户拜访次数", "拓展项目合作", "提升品牌影响力")[0]).not.toBe(3);
  });

  it("does not across businesses", () => {
    expect(strengths("Hotel occupancy rate", "Grow the deposit base", "Keep credit losses low")).toEqual([0, 0]);
  });
});
