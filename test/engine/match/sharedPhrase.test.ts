import { bestObjective } from "../../../src/engine/match/bestObjective";
import { prepareObjectives } from "../../../src/engine/match/prepareObjectives";
import { phraseRuns, sharedPhrase } from "../../../src/engine/match/sharedPhrase";

const shared = (a: string, b: string) => sharedPhrase(phraseRuns(a), phraseRuns(b));
const best = (kpi: string, ...objectives: string[]) => bestObjective({ name: kpi }, prepareObjectives(objectives.map((name) => ({ name, weight: 1 }))));

describe("sharedPhrase", () => {
  it("finds a three-character subject the segmenter cuts apart", () => {
    expect(shared("村集体经营性收入", "壮大村集体经济")).toBe("村集体");
    expect(shared("公租房轮候时间", "加快公租房保障")).toBe("公租房");
  });

  it("cuts the metric head off, so a shared head alone is no subject", () => {
    // employee and customer satisfaction share 满意度, which is no subject
    expect(shared("员工满意度", "提升客户满意度")).toBeUndefined();
    expect(shared("员工流失率", "降低客户流失率")).toBeUndefined();
    expect(shared("客户流失率", "降低客户流失率")).toBe("客户流失");
  });

  it("ignores the words any goal uses and two-character chances", () => {
    expect(shared("进一步提升服务", "进一步提升利润")).toBeUndefined();
    expect(shared("网络安全漏洞修复及时率", "守住安全生产底线")).toBeUndefined();
    expect(shared("Revenue growth", "Grow revenue")).toBeUndefined();
    expect(phraseRuns("")).toEqual([]);
  });

  it("makes a clear link with the phrase as its evidence", () => {
    expect(best("村集体经营性收入", "办好民生实事", "提升政务服务效率", "维护社会和谐稳定", "改善人居环境", "壮大村集体经济")).toMatchObject({
      objective: "壮大村集体经济",
      strength: 3,
      evidence: { kind: "words", concepts: ["村集体"] },
    });
  });
});
