import { parentLinks, type ParentLinkInput } from "../../../src/engine/score/parentLinks";
import { PROTOTYPE_KEYS } from "../../support/prototypeKeys";

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe("parentLinks (DOMAIN §2 Cascades)", () => {
  it("links each Parent cell to the KPI it names, ignoring case, spaces and full-width forms", () => {
    const links = parentLinks([
      { name: "Company revenue", row: 1 },
      { name: "Region A", parent: "company  REVENUE", row: 2 },
      { name: "Store 1", parent: "ＲＥＧＩＯＮ　Ａ", row: 3 },
      { name: "Store 2", parent: " region a ", row: 4 },
      { name: "Region B", parent: "CompanyRevenue", row: 5 },
    ]);
    expect(links.parent).toEqual([undefined, 0, 1, 1, 0]);
    expect(links.children).toEqual([[1, 4], [2, 3], [], [], []]);
    expect(links.issues).toEqual([]);
  });

  it("matches either half of a bilingual name when no whole name matches", () => {
    const links = parentLinks([{ name: "销售额 Revenue" }, { name: "华东销售额", parent: "销售额" }, { name: "Online revenue", parent: "revenue" }]);
    expect(links.parent).toEqual([undefined, 0, 0]);
  });

  it("reports a parent that names no KPI, with the KPI, its row and the text, and keeps the KPI top-level", () => {
    const links = parentLinks([{ name: "Revenue", row: 1 }, { name: "NPS", parent: "Customer", row: 2 }]);
    expect(links.parent).toEqual([undefined, undefined]);
    expect(links.issues).toHaveLength(1);
    expect(links.issues[0]).toMatchObject({ code: "PARENT_NOT_FOUND", severity: "warning", kpi: 1, row: 2 });
    expect(links.issues[0]?.message.en).toBe('"NPS" (row 3) rolls up into "Customer", which is not a KPI of this table: it is treated as a top-level KPI.');
    expect(links.issues[0]?.message.zh).toContain("“NPS”（第 3 行）的上级指标“Customer”不在本表中");
  });

  it("reports a parent name shared by two KPIs as ambiguous, naming both rows", () => {
    const links = parentLinks([{ name: "Revenue", row: 1 }, { name: "revenue", row: 2 }, { name: "Region A", parent: "Revenue", row: 3 }]);
    expect(links.parent).toEqual([undefined, undefined, undefined]);
    expect(codes(links.issues)).toEqual(["PARENT_AMBIGUOUS"]);
    expect(links.issues[0]?.message.en).toContain('("Revenue" (row 2), "revenue" (row 3))');
    expect(links.issues[0]?.message.zh).toContain("“Revenue”（第 2 行）、“revenue”（第 3 行）");
  });

  it("takes the other KPI when a KPI names its own (duplicate) name", () => {
    // Two KPIs called "Revenue": the second rolls up into "Revenue" — it cannot mean itself.
    expect(parentLinks([{ name: "Revenue" }, { name: "Revenue", parent: "Revenue" }]).parent).toEqual([undefined, 0]);
  });

  it("breaks every cycle (A → B → A, C → C), reports each once with its KPIs and rows, and keeps links into them", () => {
    const kpis: ParentLinkInput[] = [
      { name: "A", parent: "B", row: 1 },
      { name: "B", parent: "A", row: 2 },
      { name: "C", parent: "c", row: 3 },
      { name: "D", parent: "A", row: 4 },
    ];
    const links = parentLinks(kpis);
    expect(links.parent).toEqual([undefined, undefined, undefined, 0]);
    expect(links.children).toEqual([[3], [], [], []]);
    expect(codes(links.issues)).toEqual(["PARENT_CYCLE", "PARENT_CYCLE"]);
    expect(links.issues[0]).toMatchObject({ kpi: 0, row: 1 });
    expect(links.issues[0]?.message.en).toBe('Parent KPIs go round in a circle: "A" (row 2) → "B" (row 3) → "A" (row 2). These KPIs are treated as having no parent.');
    expect(links.issues[0]?.message.zh).toBe("上级指标形成循环：“A”（第 2 行）→“B”（第 3 行）→“A”（第 2 行）。这些指标按无上级处理。");
    expect(links.issues[1]?.message.en).toContain('"C" (row 4) → "C" (row 4)');
  });

  it("finishes a 100,000-deep chain and a 100,000-long cycle without recursion", () => {
    const n = 100_000;
    const chain = Array.from({ length: n }, (_, i): ParentLinkInput => ({ name: `K${i}`, ...(i > 0 ? { parent: `K${i - 1}` } : {}) }));
    expect(parentLinks(chain).parent[n - 1]).toBe(n - 2);
    const ring = Array.from({ length: n }, (_, i): ParentLinkInput => ({ name: `K${i}`, parent: `K${(i + 1) % n}` }));
    const links = parentLinks(ring);
    expect(links.parent.every((p) => p === undefined)).toBe(true);
    expect(codes(links.issues)).toEqual(["PARENT_CYCLE"]);
  });

  it("reads Object.prototype names as plain names", () => {
    const keys = [...new Set(PROTOTYPE_KEYS)];
    const kpis = keys.map((key, i): ParentLinkInput => ({ name: key, ...(i > 0 ? { parent: keys[0] } : {}) }));
    const links = parentLinks([...kpis, { name: "x", parent: "hasOwnProperty " }, { name: "y", parent: "__PROTO__" }]);
    expect(links.parent.slice(1, kpis.length)).toEqual(kpis.slice(1).map(() => 0));
    expect(links.parent[kpis.length]).toBe(keys.indexOf("hasOwnProperty"));
    expect(links.parent[kpis.length + 1]).toBe(keys.indexOf("__proto__"));
    expect(links.issues).toEqual([]);
  });

  it("accepts anything without throwing, and does not change its input", () => {
    expect(parentLinks(null as unknown as ParentLinkInput[])).toEqual({ parent: [], children: [], issues: [] });
    const input = Object.freeze([Object.freeze({ name: "A" }), Object.freeze({ name: "B", parent: "A" }), null, 7] as unknown as ParentLinkInput[]);
    const before = JSON.stringify(input);
    expect(parentLinks(input).parent).toEqual([undefined, 0, undefined, undefined]);
    expect(JSON.stringify(input)).toBe(before);
  });
});
