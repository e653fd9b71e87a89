import { indexThemes, kpiProfile, kpiThemes, objectiveThemes, themeLink, themeLinkFrom, themesRelated } from "../../../src/engine/lexicon/themes";

const themeOf = (marks: readonly { theme: string; weight: number }[], theme: string) => marks.find((m) => m.theme === theme)?.weight;

describe("kpiThemes", () => {
  it("takes a named metric's themes from the lexicon, not from the words inside its name", () => {
    // "revenue" inside "gross revenue retention" does not make the KPI a growth measure
    const grr = kpiThemes("Gross revenue retention");
    expect(grr.map((m) => m.theme)).toEqual(["loyalty"]);
    // but a theme word outside the metric counts
    expect(themeOf(kpiThemes("Gross revenue retention of online customers"), "digital")).toBe(0.8);
  });

  it("weighs growth as a metric's later theme too little for a link on its own", () => {
    expect(themeOf(kpiThemes("会员复购率"), "growth")).toBe(0.5);
    expect(themeOf(kpiThemes("Revenue growth"), "growth")).toBe(1);
  });

  it("reads a cost counted per unit, a time to do something, and a response time", () => {
    expect(kpiThemes("Cost per qualified lead")).toContainEqual({ theme: "cost", weight: 1, because: "Cost per qualified lead" });
    expect(kpiThemes("Claims decided within 5 working days")).toContainEqual({ theme: "delivery", weight: 0.8, because: "Claims decided within 5 working days" });
    expect(kpiThemes("Tenant call-back time")).toContainEqual({ theme: "service", weight: 0.9, because: "call-back time" });
  });

  it("reports the sectors a KPI names", () => {
    expect(kpiProfile("Nurse turnover rate").sectors).not.toBe(0);
    expect(kpiProfile("Employee turnover").sectors).toBe(0);
  });
});

describe("objectiveThemes", () => {
  it("reads the narrow themes strategy maps use", () => {
    expect(objectiveThemes("Keep credit losses low").map((m) => m.theme)).toContain("credit");
    expect(objectiveThemes("Comply with every regulation").map((m) => m.theme)).toContain("compliance");
    expect(objectiveThemes("Keep the lights on").map((m) => m.theme)).toContain("reliability");
    expect(objectiveThemes("Widen participation").map((m) => m.theme)).toContain("access");
    expect(objectiveThemes("提升资产质量").map((m) => m.theme)).toContain("credit");
    expect(objectiveThemes("建设人才梯队").map((m) => m.theme)).toContain("leadership");
  });
});

describe("themeLink", () => {
  it("scores the same theme fully and a fed theme at 0.75, and says whether the best link is direct", () => {
    const npl = kpiThemes("不良贷款率");
    expect(themeLink(npl, objectiveThemes("提升资产质量"))).toMatchObject({ theme: "credit", score: 1, direct: true });
    expect(themeLink(npl, objectiveThemes("防控金融风险"))).toMatchObject({ theme: "risk", direct: true });
    const nps = kpiThemes("Net promoter score");
    expect(themeLink(nps, objectiveThemes("Grow revenue"))).toBeUndefined();
  });

  it("gives the same answer from an indexed KPI", () => {
    const kpi = kpiThemes("First contact resolution");
    const objective = objectiveThemes("Deliver effortless service");
    expect(themeLinkFrom(indexThemes(kpi), objective)).toEqual(themeLink(kpi, objective));
  });
});

describe("themesRelated", () => {
  it("relates themes one step apart in either direction", () => {
    // teacher turnover (workforce stability) and learning: learning feeds workforce stability
    expect(themesRelated(indexThemes(kpiThemes("Teacher turnover")), objectiveThemes("Support teachers to grow"))).toBe(true);
    expect(themesRelated(indexThemes(kpiThemes("安全库存天数")), objectiveThemes("保障安全生产"))).toBe(false);
  });
});
