import { isPopulation, kpiSubjectThemes, objectiveSubjectThemes } from "../../../src/engine/lexicon/subjectPhrases";

const themes = (hits: readonly { theme: string }[]) => hits.map((h) => h.theme);

describe("kpiSubjectThemes", () => {
  it("reads a subject with its head, either order, in both languages", () => {
    expect(kpiSubjectThemes("Nurse turnover rate")).toEqual([{ theme: "people", because: "Nurse turnover" }]);
    expect(themes(kpiSubjectThemes("Care worker vacancy rate"))).toEqual(["talent"]);
    expect(themes(kpiSubjectThemes("Member churn rate"))).toEqual(["loyalty"]);
    expect(themes(kpiSubjectThemes("Turnover of drivers"))).toEqual(["people"]);
    expect(themes(kpiSubjectThemes("教师离职率"))).toEqual(["people"]);
    expect(themes(kpiSubjectThemes("会员复购率"))).toEqual(["loyalty"]);
  });

  it("gives the same head the theme of its subject: staff satisfaction is engagement, guest satisfaction is satisfaction", () => {
    expect(themes(kpiSubjectThemes("Staff satisfaction"))).toEqual(["people"]);
    expect(themes(kpiSubjectThemes("Guest satisfaction"))).toEqual(["satisfaction"]);
    expect(themes(kpiSubjectThemes("员工满意度"))).toEqual(["people"]);
    expect(themes(kpiSubjectThemes("顾客满意度"))).toEqual(["satisfaction"]);
  });

  it("reads nothing without a subject", () => {
    expect(kpiSubjectThemes("Turnover growth")).toEqual([]);
    expect(kpiSubjectThemes("Scrap rate")).toEqual([]);
  });
});

describe("objectiveSubjectThemes", () => {
  it("reads a verb with its object", () => {
    expect(objectiveSubjectThemes("Retain our policyholders")).toEqual([{ theme: "loyalty", because: "Retain our policyholders" }]);
    expect(themes(objectiveSubjectThemes("Win more mobile customers"))).toEqual(["acquisition"]);
    expect(themes(objectiveSubjectThemes("Attract top talent"))).toEqual(["talent"]);
    expect(themes(objectiveSubjectThemes("Develop our store teams"))).toEqual(["learning"]);
    expect(themes(objectiveSubjectThemes("Keep customers for life"))).toEqual(["loyalty"]);
    expect(themes(objectiveSubjectThemes("扩大零售客户规模"))).toEqual(["acquisition"]);
    expect(themes(objectiveSubjectThemes("吸引和保留优秀人才"))).toEqual(["talent", "people"]);
  });

  it("needs the subject to be the head of the object: 'Build customer loyalty' is not about winning customers", () => {
    expect(objectiveSubjectThemes("Build customer loyalty")).toEqual([]);
    expect(objectiveSubjectThemes("Grow customer lifetime value")).toEqual([]);
  });
});

describe("isPopulation", () => {
  it("tells a population from a unit of work", () => {
    expect(isPopulation("teacher")).toBe(true);
    expect(isPopulation("paying user")).toBe(true);
    expect(isPopulation("在校学生")).toBe(false);
    expect(isPopulation("delivery")).toBe(false);
    expect(isPopulation("1,000 orders")).toBe(false);
  });
});
