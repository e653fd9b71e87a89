import { checkRelevant, matchObjective, objectiveKey } from "../../../src/engine/smart/relevant";

const objectives = ["Grow revenue", "Delight customers", "提升客户满意度"];

describe("objectiveKey / matchObjective", () => {
  it("ignores case, spaces, punctuation and full-width forms", () => {
    expect(objectiveKey(" Grow  Revenue！")).toBe("growrevenue");
    expect(matchObjective("grow REVENUE.", objectives)).toBe("Grow revenue");
    expect(matchObjective("ＧＲＯＷ　ＲＥＶＥＮＵＥ", objectives)).toBe("Grow revenue");
  });

  it("allows containment either way (at least 2 characters)", () => {
    expect(matchObjective("Grow revenue in Asia", objectives)).toBe("Grow revenue");
    expect(matchObjective("客户满意度", objectives)).toBe("提升客户满意度");
    expect(matchObjective("g", objectives)).toBeUndefined();
  });

  it("no match, blank, or an empty list → undefined", () => {
    expect(matchObjective("Cut costs", objectives)).toBeUndefined();
    expect(matchObjective("  ", objectives)).toBeUndefined();
    expect(matchObjective("Grow revenue", [])).toBeUndefined();
  });
});

describe("checkRelevant", () => {
  it("met: the objective cell names a strategy objective (English and Chinese)", () => {
    const en = checkRelevant("grow revenue", { objectives });
    expect(en).toMatchObject({ state: "met", code: "R_OBJECTIVE_MATCHED" });
    expect(en.message.en).toBe('Serves the objective "Grow revenue".');
    expect(checkRelevant("客户满意度", { objectives }).message.zh).toBe("服务于战略目标“提升客户满意度”。");
  });

  it("met: alignment strength ≥ 3", () => {
    const r = checkRelevant(undefined, { objectives, alignment: { strength: 3, objective: "Delight customers" } });
    expect(r).toMatchObject({ state: "met", code: "R_ALIGNED" });
    expect(r.message.en).toContain('("Delight customers")');
    expect(checkRelevant(undefined, { alignment: { strength: 9 } }).state).toBe("met");
  });

  it("not met: an objective that is not in the list, none written, or only a weak alignment", () => {
    expect(checkRelevant("Cut costs", { objectives })).toMatchObject({ state: "not-met", code: "R_OBJECTIVE_NOT_IN_STRATEGY" });
    expect(checkRelevant(undefined, { objectives })).toMatchObject({ state: "not-met", code: "R_NO_OBJECTIVE" });
    expect(checkRelevant(undefined, { alignment: { strength: 1 } })).toMatchObject({ state: "not-met", code: "R_WEAK_ALIGNMENT" });
    expect(checkRelevant("Cut costs", { objectives, alignment: { strength: 1 } }).code).toBe("R_OBJECTIVE_NOT_IN_STRATEGY");
  });

  it("a strong alignment rescues an objective cell that does not match", () => {
    expect(checkRelevant("Cut costs", { objectives, alignment: { strength: 3 } }).state).toBe("met");
  });

  it("unknown: nothing to check against (an objective written without a list stays unknown)", () => {
    expect(checkRelevant(undefined, {})).toMatchObject({ state: "unknown", code: "R_NO_STRATEGY" });
    expect(checkRelevant("Grow revenue", {})).toMatchObject({ state: "unknown", code: "R_OBJECTIVE_UNVERIFIED" });
    expect(checkRelevant("Grow revenue", { objectives: ["", "  "] }).state).toBe("unknown");
  });

  it("invalid input: non-string objectives in the list are skipped", () => {
    const messy = [42, null, "Grow revenue"] as unknown as string[];
    expect(checkRelevant("grow revenue", { objectives: messy }).state).toBe("met");
  });

  it("does not mutate its arguments", () => {
    const list = Object.freeze([...objectives]);
    const context = Object.freeze({ objectives: list, alignment: Object.freeze({ strength: 1 as const }) });
    expect(checkRelevant("Grow revenue", context).state).toBe("met");
    expect(list).toEqual(objectives);
  });
});
