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

describe("stem: verbs in -al nouns and short verbs in e", () => {
  it("stems a noun made from a verb with -al as the verb's other forms, and no other word in -al", () => {
    expect(["renewal", "renewals", "renewing", "renewed", "renew"].map(stem)).toEqual(["renew", "renew", "renew", "renew", "renew"]);
    expect(stem("referral")).toBe(stem("referred"));
    expect(stem("withdrawal")).toBe(stem("withdrawing"));
    expect(["total", "capital", "digital", "hospital", "journal"].map(stem)).toEqual(["total", "capital", "digital", "hospital", "journal"]);
  });

  it("keeps the e of a short verb, so 'used', 'using', 'uses' and 'use' meet, and leaves 'need' whole", () => {
    expect(["used", "using", "uses", "use"].map(stem)).toEqual(["use", "use", "use", "use"]);
    expect(["need", "needs", "needed"].map(stem)).toEqual(["need", "need", "need"]);
    expect(stem("being")).toBe("being");
  });
});
