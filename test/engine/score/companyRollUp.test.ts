import { companyRollUp, type TeamTotal } from "../../../src/engine/score/companyRollUp";

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe("companyRollUp (DOMAIN §2: a company roll-up weights each team table's total)", () => {
  it("weights team totals 2/1/1 and shows the worst team", () => {
    const r = companyRollUp([
      { name: "Sales", total: 0.9, weight: 2 },
      { name: "Service", total: 1.1, weight: 1 },
      { name: "Ops", total: 0.7, weight: 1 },
    ]);
    // (0.9·2 + 1.1·1 + 0.7·1) / 4 = 3.6 / 4 = 0.9
    expect(r.total).toBe(0.9);
    expect(r.mode).toBe("weighted");
    expect(r.teams).toEqual([
      { name: "Sales", total: 0.9, share: 0.5 },
      { name: "Service", total: 1.1, share: 0.25 },
      { name: "Ops", total: 0.7, share: 0.25 },
    ]);
    expect(r.worst).toEqual({ name: "Ops", total: 0.7 });
    expect(r.issues).toEqual([]);
  });

  it("gives 40/30/30, 0.4/0.3/0.3 and 4/3/3 the same total", () => {
    const totals = [1, 0.8, 0.5];
    const run = (w: number[]) => companyRollUp(totals.map((total, i) => ({ name: `T${i}`, total, weight: w[i] }))).total;
    // (1·40 + 0.8·30 + 0.5·30) / 100 = 0.79
    expect(run([40, 30, 30])).toBe(0.79);
    expect(run([0.4, 0.3, 0.3])).toBe(0.79);
    expect(run([4, 3, 3])).toBe(0.79);
  });

  it("leaves out a team with a blank weight beside weighted teams, and reports it", () => {
    const r = companyRollUp([
      { name: "Sales", total: 0.9, weight: 2 },
      { name: "Service", total: 1.1 },
      { name: "Ops", total: 0.7, weight: 1 },
    ]);
    // (0.9·2 + 0.7·1) / 3 = 2.5 / 3 = 0.833333333333
    expect(r.total).toBe(0.833333333333);
    expect(r.teams.map((t) => t.share)).toEqual([0.666666666667, 0, 0.333333333333]);
    expect(codes(r.issues)).toEqual(["TEAM_WEIGHT_BLANK"]);
    expect(r.issues[0]?.message.en).toBe('1 team(s) with a total have no weight while others have one (“Service”): they are left out of the company roll-up.');
    expect(r.worst).toEqual({ name: "Ops", total: 0.7 });
  });

  it("averages equally when every weight is blank", () => {
    const r = companyRollUp([{ name: "A", total: 0.9 }, { name: "B", total: 1.1 }, { name: "C", total: 0.7 }]);
    // (0.9 + 1.1 + 0.7) / 3 = 0.9
    expect(r).toMatchObject({ total: 0.9, mode: "equal" });
    expect(r.teams.map((t) => t.share)).toEqual([0.333333333333, 0.333333333333, 0.333333333333]);
  });

  it("leaves out and reports a team without a total, and adds up the status counts", () => {
    const counts = (on: number, risk: number, off: number, none: number) => ({ "On track": on, "At risk": risk, "Off track": off, "No data": none });
    const r = companyRollUp([
      { name: "Sales", total: 1, weight: 1, counts: counts(3, 1, 0, 0) },
      { name: "New team", weight: 3, counts: counts(0, 0, 0, 4) },
      { name: "Ops", total: 0.8, weight: 1, counts: counts(1, 1, 2, 0) },
    ]);
    // (1·1 + 0.8·1) / 2 = 0.9; the new team's weight 3 does not count without a total
    expect(r.total).toBe(0.9);
    expect(r.teams[1]).toEqual({ name: "New team", share: 0 });
    expect(codes(r.issues)).toEqual(["TEAM_NO_TOTAL"]);
    expect(r.issues[0]?.message.zh).toBe("团队“New team”没有总分（或不是有限数值）：未计入公司汇总。");
    expect(r.counts).toEqual(counts(4, 2, 2, 4));
  });

  it("reports negative and non-numeric weights, weights adding up to 0, and no totals at all", () => {
    const bad = companyRollUp([{ name: "A", total: 1, weight: -1 }, { name: "B", total: 0.5, weight: "2" as unknown as number }, { name: "C", total: 0.8, weight: 1 }]);
    expect(bad.total).toBe(0.8);
    expect(codes(bad.issues)).toEqual(["TEAM_WEIGHT_INVALID"]);
    expect(bad.issues[0]?.message.en).toContain('(“A”, “B”)');
    expect(bad.issues[0]?.message.zh).toContain('（“A”、“B”）');
    expect(codes(companyRollUp([{ name: "A", total: 1, weight: 0 }]).issues)).toEqual(["TEAM_WEIGHTS_ZERO"]);
    const empty = companyRollUp([]);
    expect(empty).toEqual({ mode: "none", teams: [], issues: [expect.objectContaining({ code: "NO_TEAM_TOTALS" })] });
  });

  it("accepts anything without throwing: junk entries, NaN totals, prototype names", () => {
    const r = companyRollUp([null, 7, { name: "", total: NaN }, { name: "constructor", total: 1 }, { name: "__proto__", total: 0.5, counts: { toString: 3 } }] as unknown as TeamTotal[]);
    expect(r.teams.map((t) => t.name)).toEqual(["#1", "#2", "#3", "constructor", "__proto__"]);
    expect(r.total).toBe(0.75);
    expect(r.counts).toEqual({ "On track": 0, "At risk": 0, "Off track": 0, "No data": 0 });
    expect(codes(r.issues)).toEqual(["TEAM_NO_TOTAL", "TEAM_NO_TOTAL", "TEAM_NO_TOTAL"]);
    expect(companyRollUp(undefined as unknown as TeamTotal[]).mode).toBe("none");
  });

  it("does not change its arguments", () => {
    const teams = Object.freeze([
      Object.freeze({ name: "Sales", total: 0.9, weight: 2, counts: Object.freeze({ "On track": 1, "At risk": 0, "Off track": 0, "No data": 0 }) }),
      Object.freeze({ name: "Ops", total: 0.7 }),
    ]);
    const before = JSON.stringify(teams);
    companyRollUp(teams);
    expect(JSON.stringify(teams)).toBe(before);
  });
});
