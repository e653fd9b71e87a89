import { countGoals, checkSpecific } from "../../../src/engine/smart/specific";
import { VAGUE_MATCHER } from "../../../src/engine/smart/vocabulary";
import { namedMetrics } from "../../../src/engine/lexicon/namedMetrics";
import { extractTextFacts } from "../../../src/engine/parse/textFacts";

/** Judges S for a name (and optional description) the way checkSmart does. */
function specific(name: string, description = "") {
  const goal = `${name}\n${description}`;
  return checkSpecific([name, description], namedMetrics(goal), VAGUE_MATCHER.find(goal), extractTextFacts(goal));
}

describe("countGoals", () => {
  it("counts clauses with their own goal verb", () => {
    expect(countGoals("increase sales and improve morale and reduce costs")).toBe(3);
    expect(countGoals("提升销量并加强团队建设")).toBe(2);
    expect(countGoals("raise sales by 10% by Q3 2027")).toBe(1);
  });

  it("one verb over several metrics is one goal; a repeated metric is not a new goal", () => {
    expect(countGoals("reduce cost and lead time")).toBe(1);
    expect(countGoals("increase research and development spend")).toBeLessThanOrEqual(1); // "development" is not the verb "develop"
    expect(countGoals("raise NPS to 50 and keep NPS above 45 after that")).toBe(1);
  });

  it("no goal verb → 0", () => {
    expect(countGoals("Revenue")).toBe(0);
    expect(countGoals("")).toBe(0);
  });
});

describe("checkSpecific", () => {
  it("met when a metric noun is named, in English (by word) and Chinese (by substring)", () => {
    expect(specific("Customer churn rate")).toMatchObject({ state: "met", code: "S_METRIC_NAMED" });
    expect(specific("Customer churn rate").message.en).toContain("churn rate");
    expect(specific("提高复购率至30%")).toMatchObject({ state: "met", code: "S_METRIC_NAMED" });
    expect(specific("提高复购率至30%").message.zh).toContain("复购率");
  });

  it("English matches whole words only: 'costume' is not 'cost'", () => {
    expect(namedMetrics("Costume design")).toEqual([]);
  });

  it("recognises metrics the lexicon does not list by their head word, in both languages", () => {
    expect(specific("线上渠道退单率")).toMatchObject({ state: "met", code: "S_METRIC_NAMED" });
    expect(specific("Monthly active members")).toMatchObject({ state: "met", code: "S_METRIC_NAMED" });
    expect(specific("Widget failure rate")).toMatchObject({ state: "met", code: "S_METRIC_NAMED" });
  });

  it("a vague verb beside a metric is still specific; a slogan or an imperative without a measure is not", () => {
    expect(specific("Increase market share significantly").state).toBe("met");
    expect(specific("Be a leader in digital banking")).toMatchObject({ state: "not-met", code: "S_VAGUE_ONLY" });
    expect(specific("降本增效")).toMatchObject({ state: "not-met", code: "S_VAGUE_ONLY" });
    expect(specific("Work smarter, not harder")).toMatchObject({ state: "not-met" });
  });

  it("takes a noun phrase that holds a verb for a plain name, and a goal sentence only when it opens with the verb", () => {
    // "Make-ready" is a printing term, "building" and "stays" are nouns here
    expect(specific("Make-ready paper waste (sheets wasted / sheets printed)")).toMatchObject({ state: "met" });
    expect(specific("Floor area with a green building certificate")).toMatchObject({ state: "met" });
    expect(specific("Overnight visitor stays (commercial bed-nights)")).toMatchObject({ state: "met" });
    expect(specific("Grow the business")).toMatchObject({ state: "not-met", code: "S_VAGUE_ONLY" });
    expect(specific("We will strengthen our culture")).toMatchObject({ state: "not-met", code: "S_VAGUE_ONLY" });
    expect(specific("Make it better")).toMatchObject({ state: "not-met", code: "S_VAGUE_ONLY" });
  });

  it("takes a goal sentence with a multiple for one that names what it changes", () => {
    expect(specific("Triple holiday-season sell-through of our licensed figures")).toMatchObject({ state: "met", code: "S_QUANTITY_NAMED" });
  });

  it("reads 'further' as part of a noun ('further study'), and still finds 'further improve service' vague by its verb", () => {
    expect(specific("Graduates in professional employment or further study 15 months after graduating").state).toBe("met");
    expect(specific("Further improve service")).toMatchObject({ state: "not-met", code: "S_VAGUE_ONLY" });
  });

  it("a step towards the goal is not a second goal", () => {
    expect(specific("Launch the patient portal and reach 20,000 registered users").state).toBe("met");
  });

  it("the seed's example: not 'raise sales' alone but 'raise sales by 10%' — both name sales, M tells them apart", () => {
    expect(specific("raise sales").state).toBe("met");
  });

  it("not met when only vague words (before 'several goals': splitting vague goals would not help)", () => {
    expect(specific("Improve quality significantly")).toMatchObject({ state: "not-met", code: "S_VAGUE_ONLY" });
    expect(specific("进一步加强管理，大力推进工作")).toMatchObject({ state: "not-met", code: "S_VAGUE_ONLY" });
    expect(specific("进一步加强管理，大力推进工作").suggestion?.zh).toBeTruthy();
  });

  it("not met with several unrelated goals in one statement", () => {
    expect(specific("increase sales and improve morale and reduce costs")).toMatchObject({ state: "not-met", code: "S_MULTIPLE_GOALS" });
    expect(specific("提升销量并加强团队建设")).toMatchObject({ state: "not-met", code: "S_MULTIPLE_GOALS" });
    expect(specific("提升销量并加强团队建设").message.zh).toContain("2");
  });

  it("name and description are judged for several goals separately", () => {
    // one goal in the name, one (the same) in the description: not "two goals"
    expect(specific("Improve customer satisfaction", "Raise CSAT from 80% to 90%").state).toBe("met");
  });

  it("a quantity with a unit names a measured thing", () => {
    expect(specific("Ship 500 pcs")).toMatchObject({ state: "met", code: "S_QUANTITY_NAMED" });
  });

  it("met as a plain name when no metric we know and no vague words (a KPI table's name names what it counts)", () => {
    expect(specific("Board meetings held")).toMatchObject({ state: "met", code: "S_PLAIN_NAME" });
  });

  it("invalid input: empty text is not met", () => {
    expect(specific("", "  ")).toMatchObject({ state: "not-met", code: "S_EMPTY" });
  });

  it("does not mutate its arguments", () => {
    const fields = Object.freeze(["Revenue", ""]);
    const metrics = Object.freeze(namedMetrics("Revenue"));
    const vague = Object.freeze([]);
    const facts = Object.freeze({ numbers: Object.freeze([]) as never[] });
    expect(checkSpecific(fields, metrics, vague, facts).state).toBe("met");
  });
});
