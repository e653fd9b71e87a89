import { cascadeScores, type CascadeItem } from "../../../src/engine/score/cascade";
import { parentLinks } from "../../../src/engine/score/parentLinks";

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe("cascadeScores (DOMAIN §2 Cascades)", () => {
  // Company revenue ← Region A (weight 2; Store 1 and Store 2, weights 1/1) and Region B (weight 1, its own actual).
  const names = [
    { name: "Company revenue", row: 1 },
    { name: "Region A", parent: "Company revenue", row: 2 },
    { name: "Store 1", parent: "Region A", row: 3 },
    { name: "Store 2", parent: "Region A", row: 4 },
    { name: "Region B", parent: "Company revenue", row: 5 },
  ];
  const links = parentLinks(names);
  const items: CascadeItem[] = [
    { name: "Company revenue", row: 1, hasActual: false },
    { name: "Region A", row: 2, weight: 2, hasActual: false },
    { name: "Store 1", row: 3, score: 1.1, weight: 1, hasActual: true },
    { name: "Store 2", row: 4, score: 0.8, weight: 1, hasActual: true },
    { name: "Region B", row: 5, score: 1, weight: 1, hasActual: true },
  ];

  it("scores three levels bottom-up with weights relative among siblings", () => {
    const { nodes, issues } = cascadeScores(items, links);
    // Region A = (1.1·1 + 0.8·1) / 2 = 0.95; worst child Store 2 (0.8)
    expect(nodes[1]).toEqual({ score: 0.95, fromChildren: true, worstChild: { index: 3, score: 0.8 } });
    // Company = (0.95·2 + 1·1) / 3 = 2.9 / 3 = 0.966666666667 (12 significant digits); worst child Region A
    expect(nodes[0]).toEqual({ score: 0.966666666667, fromChildren: true, worstChild: { index: 1, score: 0.95 } });
    expect(nodes[2]).toEqual({ score: 1.1, fromChildren: false });
    expect(nodes[4]).toEqual({ score: 1, fromChildren: false });
    expect(codes(issues)).toEqual(["PARENT_FROM_CHILDREN", "PARENT_FROM_CHILDREN"]);
    expect(issues[0]).toMatchObject({ kpi: 0, row: 1 });
    expect(issues[0]?.message.en).toBe("\"Company revenue\" (row 2) has no actual of its own: its score is the weighted mean of its 2 child KPI(s)' scores.");
  });

  it("keeps a parent's own score when it has an actual, with its worst child beside it", () => {
    const own = items.map((item, i) => (i === 0 ? { ...item, score: 0.9, hasActual: true } : item));
    const { nodes } = cascadeScores(own, links);
    expect(nodes[0]).toEqual({ score: 0.9, fromChildren: false, worstChild: { index: 1, score: 0.95 } });
  });

  it("uses equal weights when every sibling's weight is blank, and leaves out a blank one beside weighted siblings", () => {
    const blank = items.map((item) => ({ ...item, weight: undefined }));
    // Region A (0.95) and Region B (1) equally: 0.975
    expect(cascadeScores(blank, links).nodes[0]?.score).toBe(0.975);
    const oneBlank = items.map((item, i) => (i === 3 ? { ...item, weight: undefined } : item));
    const result = cascadeScores(oneBlank, links);
    // Region A = Store 1 only = 1.1; Company = (1.1·2 + 1·1) / 3 = 3.2 / 3 = 1.06666666667
    expect(result.nodes[1]?.score).toBe(1.1);
    expect(result.nodes[1]?.worstChild).toEqual({ index: 3, score: 0.8 });
    expect(result.nodes[0]?.score).toBe(1.06666666667);
    const blankIssue = result.issues.find((i) => i.code === "CHILD_WEIGHT_BLANK");
    expect(blankIssue).toMatchObject({ kpi: 1, row: 2, severity: "warning" });
    expect(blankIssue?.message.en).toContain('1 child KPI(s) with a score have no weight while their siblings have one (“Store 2”)');
  });

  it("leaves a parent without an actual and without scored children with no score, and says so", () => {
    const none = items.map((item) => ({ ...item, score: undefined, hasActual: false }));
    const { nodes, issues } = cascadeScores(none, links);
    expect(nodes[0]).toEqual({ fromChildren: false });
    expect(nodes[1]).toEqual({ fromChildren: false });
    expect(codes(issues)).toEqual(["PARENT_NO_CHILD_SCORES", "PARENT_NO_CHILD_SCORES"]);
  });

  it("reports children whose weights add up to 0", () => {
    const zero = items.map((item, i) => (i === 2 || i === 3 ? { ...item, weight: 0 } : item));
    const { nodes, issues } = cascadeScores(zero, links);
    expect(nodes[1]?.score).toBeUndefined();
    expect(codes(issues)).toContain("CHILD_WEIGHTS_ZERO");
    // The company then has Region B only: 1
    expect(nodes[0]?.score).toBe(1);
  });

  it("finishes on links that are not a forest (a cycle passed in by hand), and on junk", () => {
    const looped = cascadeScores([{ score: 1, hasActual: false }, { score: 0.5, hasActual: false }], { parent: [1, 0], children: [[1], [0]] });
    expect(looped.nodes).toHaveLength(2);
    expect(cascadeScores(null as unknown as CascadeItem[], { parent: [], children: [] })).toEqual({ nodes: [], issues: [] });
    expect(cascadeScores([{ score: 1, hasActual: true }], null as unknown as { parent: []; children: [] }).nodes).toEqual([{ score: 1, fromChildren: false }]);
  });

  it("scores a 100,000-deep chain without recursion", () => {
    const n = 100_000;
    const chain = parentLinks(Array.from({ length: n }, (_, i) => ({ name: `K${i}`, ...(i > 0 ? { parent: `K${i - 1}` } : {}) })));
    const deep = Array.from({ length: n }, (_, i): CascadeItem => (i === n - 1 ? { score: 0.7, hasActual: true } : { hasActual: false }));
    expect(cascadeScores(deep, chain).nodes[0]).toEqual({ score: 0.7, fromChildren: true, worstChild: { index: 1, score: 0.7 } });
  });

  it("does not change its arguments", () => {
    const frozen = Object.freeze(items.map((i) => Object.freeze({ ...i })));
    const before = JSON.stringify([frozen, links]);
    cascadeScores(frozen, links);
    expect(JSON.stringify([frozen, links])).toBe(before);
  });
});
