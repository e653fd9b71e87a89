import { bestObjective } from "../../../src/engine/match/bestObjective";
import { linkEvidenceText } from "../../../src/engine/match/evidence";
import { links } from "../../../src/engine/match/links";
import { prepareObjectives } from "../../../src/engine/match/prepareObjectives";

const strategy = (...names: string[]) => prepareObjectives(names.map((name) => ({ name, weight: 1 })));
const best = (kpi: string, ...objectives: string[]) => bestObjective({ name: kpi }, strategy(...objectives));

const HOTEL = ["Fill more rooms at better rates", "Delight every guest", "Control food and labour costs", "Grow direct bookings"];
const IT = ["Keep our platform reliable", "Protect customer data", "Deliver projects on time and on budget", "Support staff quickly"];
const INSURER = ["Pay claims quickly and fairly", "Keep the expense ratio competitive", "Grow profitable premiums", "Retain our policyholders"];
const BANK = ["Strengthen liquidity", "Grow the deposit base", "Keep credit losses low", "Digitise everyday banking", "Comply with every regulation"];
const SCHOOL = ["Raise attainment in maths and literacy", "Every child attends, every day", "Support teachers to grow", "Engage parents and the community"];
const HR = ["Attract top talent", "Build a stable, engaged workforce", "Grow our future leaders", "Keep people costs competitive"];

describe("links: no false links between unrelated KPIs and objectives", () => {
  it("makes no link for a KPI of a business the strategy never names", () => {
    // scrap is a factory's, the strategy a hotel's: its cost theme does not reach "labour costs"
    expect(best("Scrap rate", ...HOTEL)).toEqual({ strength: 0 });
    // pupils are not platforms, food costs are not project budgets, picking is not claims
    expect(best("Pupil attendance rate", ...IT)).toEqual({ strength: 0 });
    expect(best("Food cost percentage", ...IT)).toEqual({ strength: 0 });
    expect(best("Warehouse picking accuracy", ...INSURER)).toEqual({ strength: 0 });
    expect(best("Hotel occupancy rate", ...BANK)).toEqual({ strength: 0 });
    expect(best("客房出租率", "防控金融风险", "扩大零售客户规模", "提升资产质量", "增强资金流动性")).toEqual({ strength: 0 });
  });

  it("does not link on one shared word when the subjects disagree", () => {
    // 安全 in 安全库存 (safety stock) is not the 安全 of 安全生产
    expect(best("安全库存天数", "保障安全生产", "提升产品质量", "增强自主创新能力")).toEqual({ strength: 0 });
    // "customer" alone: acquisition cost is not customer delight
    expect(links({ name: "Customer acquisition cost" }, strategy("Delight customers")).strengths).toEqual([0]);
  });

  it("does not link on generic words of measurement or time", () => {
    expect(best("Average handle time", "Make it right the first time", "Deliver on time, every time")).toEqual({ strength: 0 });
    expect(best("Lost-time injury frequency rate", "Resolve issues the first time", "Turn customers into promoters")).toEqual({ strength: 0 });
  });

  it("does not let a later 'growth' theme link a metric to any growth objective", () => {
    // repeat purchase rate is loyalty first; growth second is no clear link to growing installed capacity
    expect(best("会员复购率", "扩大装机规模", "提高发电效率", "降低度电成本")).toEqual({ strength: 0 });
  });
});

describe("links: meaning-only links", () => {
  it("links through a subject and its head, or a verb and its object", () => {
    expect(best("Nurse turnover rate", "Put patient safety first", "Cut waiting times", "Retain skilled clinical staff")).toMatchObject({ objective: "Retain skilled clinical staff", strength: 3 });
    expect(best("Persistency rate", ...INSURER)).toMatchObject({ objective: "Retain our policyholders", strength: 3 });
    expect(best("Postpaid net additions", "Build the most reliable network", "Win more mobile customers", "Reduce churn")).toMatchObject({ objective: "Win more mobile customers", strength: 3 });
  });

  it("links a timeliness measure to speed, and a response time to service", () => {
    expect(best("Complaints responded to within 10 working days", "Answer citizens quickly", "Spend public money wisely", "Make the city cleaner and greener")).toMatchObject({ objective: "Answer citizens quickly", strength: 3 });
    expect(best("报修响应时长", "提升业主满意度", "降本增效", "保障社区安全")).toMatchObject({ objective: "提升业主满意度", strength: 3 });
  });
});

describe("links: the most specific evidence wins among objectives of one theme", () => {
  it("prefers the narrower theme: asset quality over financial risk, succession over hiring, attendance over teaching", () => {
    expect(best("不良贷款率", "防控金融风险", "扩大零售客户规模", "提升资产质量")).toMatchObject({ objective: "提升资产质量", evidence: { kind: "theme", theme: "credit" } });
    expect(best("Succession coverage for critical roles", ...HR)).toMatchObject({ objective: "Grow our future leaders", evidence: { kind: "theme", theme: "leadership" } });
    expect(best("Persistent absence", ...SCHOOL)).toMatchObject({ objective: "Every child attends, every day", evidence: { kind: "theme", theme: "access" } });
    expect(best("Regulatory breaches", ...BANK)).toMatchObject({ objective: "Comply with every regulation", evidence: { kind: "theme", theme: "compliance" } });
  });

  it("breaks a tie between two objectives of one theme by the word they share with the KPI", () => {
    expect(best("Adult smoking prevalence", "Protect children from preventable disease", "Reduce smoking and obesity", "Reduce health inequalities")).toMatchObject({ objective: "Reduce smoking and obesity" });
  });

  it("does not count the unit a KPI is counted per as a shared word", () => {
    // "delivery" in "Cost per delivery" is the unit, not the subject: the cost theme decides
    expect(best("Cost per delivery", "Deliver on time, every time", "Get every order right", "Lower cost to serve")).toMatchObject({ objective: "Lower cost to serve", strength: 3 });
  });
});

describe("links: every link says which evidence made it", () => {
  it("words the evidence of a theme link in both languages", () => {
    const nurse = best("Nurse turnover rate", "Retain skilled clinical staff");
    expect(nurse.evidence).toEqual({ kind: "theme", theme: "people", metric: "Nurse turnover", keyword: "Retain skilled clinical staff" });
    if (nurse.evidence === undefined) return;
    expect(linkEvidenceText(nurse.evidence, "Retain skilled clinical staff")).toEqual({ en: "Nurse turnover measures workforce stability and engagement", zh: "Nurse turnover衡量队伍稳定与敬业" });
    const npl = best("不良贷款率", "提升资产质量");
    if (npl.evidence === undefined) throw new Error("no evidence");
    expect(linkEvidenceText(npl.evidence, "提升资产质量")).toEqual({ en: "不良贷款率 measures credit and asset quality", zh: "不良贷款率衡量信贷资产质量" });
  });
});

describe("links: the business a KPI is about comes from its name", () => {
  it("does not let a stray sector word in the description move the KPI to another business", () => {
    const bank = strategy(...BANK);
    const kpi = { name: "Mobile app active users", description: "customers who log in each month, counted by the guest analytics team" };
    expect(bestObjective(kpi, bank)).toMatchObject({ objective: "Digitise everyday banking", strength: 3 });
    // the name alone decides when it names a business
    expect(bestObjective({ name: "Hotel occupancy rate", description: "rooms sold over rooms available" }, bank)).toEqual({ strength: 0 });
  });
});

describe("links: a topic both texts name", () => {
  const AIRLINE = ["Run a dependable timetable", "Fill more seats", "Cut fuel burn"];

  it("links a KPI to the objective of its topic when they share no word, and says which words named it", () => {
    const completion = best("Completion factor", ...AIRLINE);
    expect(completion).toMatchObject({ objective: "Run a dependable timetable", strength: 3, evidence: { kind: "topic", topic: "schedule-reliability", term: "completion factor", keyword: "dependable timetable" } });
    if (completion.evidence === undefined) throw new Error("no evidence");
    expect(linkEvidenceText(completion.evidence, "Run a dependable timetable")).toEqual({
      en: "“completion factor” and “dependable timetable” are both about punctuality and schedule reliability",
      zh: "“completion factor”与“dependable timetable”都关乎准点运行",
    });
    const bursts = best("爆管次数", "减少管网漏损", "提升水质达标率", "降低运营成本");
    expect(bursts).toMatchObject({ objective: "减少管网漏损", strength: 3, evidence: { kind: "topic", topic: "water-leakage", term: "爆管", keyword: "管网漏损" } });
    if (bursts.evidence === undefined) throw new Error("no evidence");
    expect(linkEvidenceText(bursts.evidence, "减少管网漏损").zh).toBe("“爆管”与“管网漏损”都关乎供水漏损");
  });

  it("keeps a clear theme link's evidence, which names the metric, when a topic says the same", () => {
    expect(best("Time to hire", ...HR).evidence).toMatchObject({ kind: "theme", theme: "talent", metric: "Time to hire" });
  });

  it("makes no topic link across businesses: a flight KPI against a hotel's strategy, a burst main against a school's", () => {
    expect(best("Completion factor", ...HOTEL)).toEqual({ strength: 0 });
    expect(best("Completion factor", ...SCHOOL)).toEqual({ strength: 0 });
    expect(best("爆管次数", "提高客房出租率", "提升宾客满意度", "控制餐饮成本")).toEqual({ strength: 0 });
  });
});
