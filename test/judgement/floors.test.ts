/**
 * The judgement's agreement with the expert-labelled set (test/fixtures/judgement), measured by the same
 * code as `npm run eval:judgement`. These are floors below today's figures on the TEST part (never
 * tuned on), so a change that makes the judgement worse fails here; README publishes the figures.
 */
import { evaluateJudgement } from "../../scripts/judgement/evaluate";

const report = evaluateJudgement(["dev", "test"]);
const group = (split: "dev" | "test", lang: "en" | "zh" | "all") => {
  const g = report.groups.find((x) => x.split === split && x.lang === lang);
  if (g === undefined) throw new Error(`no ${split}/${lang} group`);
  return g;
};

describe("the labelled set", () => {
  it("has at least 300 statements, half Chinese, and 120 KPI→objective pairs, a third linked by meaning only", () => {
    const all = report.groups.filter((g) => g.lang !== "all");
    const statements = all.reduce((n, g) => n + g.statements, 0);
    const zh = all.filter((g) => g.lang === "zh").reduce((n, g) => n + g.statements, 0);
    expect(statements).toBeGreaterThanOrEqual(300);
    expect(zh / statements).toBeGreaterThanOrEqual(0.45);
    const pairs = all.reduce((n, g) => n + g.pairs.n, 0);
    const meaning = all.reduce((n, g) => n + g.pairs.meaningOnly.n, 0);
    const unrelated = all.reduce((n, g) => n + g.pairs.unrelatedNa.n, 0);
    expect(pairs).toBeGreaterThanOrEqual(120);
    expect(meaning / pairs).toBeGreaterThanOrEqual(1 / 3);
    expect(unrelated).toBeGreaterThanOrEqual(20);
  });
});

describe.each(["en", "zh"] as const)("agreement on the test part (%s)", (lang) => {
  const g = group("test", lang);
  it.each(["S", "M", "A", "T"] as const)("%s agrees with the experts on at least 95%% of statements", (letter) => {
    expect(g.letters[letter].agreement).toBeGreaterThanOrEqual(0.95);
  });
  it("R agrees on at least 83%", () => {
    expect(g.letters.R.agreement).toBeGreaterThanOrEqual(0.83);
  });
  it("never answers an Excel error for any statement", () => {
    for (const letter of ["S", "M", "A", "R", "T"] as const) {
      const c = g.letters[letter].confusion;
      expect(c.met.error + c["not-met"].error + c.unknown.error).toBe(0);
    }
  });
});

describe("best objective on the test part", () => {
  const g = group("test", "all");
  it("finds the expected objective for at least 85% of related pairs, 78% where only meaning links them", () => {
    expect(g.pairs.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(g.pairs.meaningOnly.accuracy).toBeGreaterThanOrEqual(0.78);
  });
  it("answers #N/A for at least 85% of unrelated pairs", () => {
    expect(g.pairs.unrelatedNa.rate).toBeGreaterThanOrEqual(0.85);
  });
});
