import { stem } from "../../../src/engine/match/stem";

describe("stem", () => {
  it.each([
    ["customers", "custom"], // plural -s, then -er
    ["companies", "company"], // -ies → -y
    ["processes", "process"], // -es after ss
    ["boxes", "box"], // -es after x
    ["planning", "plan"], // -ing, undouble nn
    ["targeted", "target"], // -ed
    ["automation", "autom"], // -ation
    ["sales", "sale"],
    ["revenue", "revenue"], // nothing to strip
    ["status", "status"], // -us is not a plural
    ["analysis", "analysis"], // -is is not a plural
    ["process", "process"], // -ss is not a plural
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it("keeps short words and stems of fewer than three letters", () => {
    expect(stem("its")).toBe("its");
    expect(stem("user")).toBe("user"); // "us" + "er" would leave 2 letters
    expect(stem("red")).toBe("red");
    expect(stem("bring")).toBe("bring"); // "br" has no vowel
  });

  it("gives the same stem to the forms of one word", () => {
    expect(stem("customer")).toBe(stem("customers"));
    expect(stem("delivered")).toBe(stem("delivering"));
  });

  it("returns non-ASCII or mixed text unchanged", () => {
    expect(stem("客户")).toBe("客户");
    expect(stem("r&d")).toBe("r&d");
    expect(stem("Sales")).toBe("Sales"); // callers lower-case first
    expect(stem("")).toBe("");
  });
});
