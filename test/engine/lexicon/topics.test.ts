import { sharedTopic, topicsOf, TOPICS } from "../../../src/engine/lexicon/topics";

const ids = (text: string) => topicsOf(text).map((h) => TOPICS[h.topic]?.id);

describe("topicsOf", () => {
  it("finds every term of every topic as its own topic, alone and inside a sentence", () => {
    const missed: string[] = [];
    for (const t of TOPICS) {
      for (const term of [...t.en, ...t.zh]) {
        const sentence = /\p{Script=Han}/u.test(term) ? `全年${term}情况` : `Annual ${term} figures`;
        if (!ids(term).includes(t.id) || !ids(sentence).includes(t.id)) missed.push(`${t.id}: ${term}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it("folds plurals and verb endings in English and ignores case and full-width forms", () => {
    const [group] = TOPICS.filter((t) => t.en.some((w) => /^[a-z]+$/u.test(w) && !w.endsWith("s")));
    expect(group).toBeDefined();
    if (group === undefined) return;
    const word = group.en.find((w) => /^[a-z]+$/u.test(w) && !w.endsWith("s")) ?? "";
    expect(ids(`${word.toUpperCase()}S this year`)).toContain(group.id);
    const wide = [...word.toUpperCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
    expect(ids(`${wide} this year`)).toContain(group.id);
  });

  it("finds nothing in empty, blank or non-text input, and nothing in words of no topic", () => {
    expect(topicsOf("")).toEqual([]);
    expect(topicsOf("   ")).toEqual([]);
    expect(topicsOf(42 as unknown as string)).toEqual([]);
    expect(topicsOf("the and of a to")).toEqual([]);
    expect(topicsOf("的了和与")).toEqual([]);
  });

  it("reports one hit per topic, with the words as written that named it first", () => {
    const hits = topicsOf("x");
    expect(hits).toEqual([]);
    for (const t of TOPICS.slice(0, 20)) {
      const [a, b] = t.en;
      if (a === undefined || b === undefined) continue;
      const found = topicsOf(`${a} and ${b}`).filter((h) => TOPICS[h.topic]?.id === t.id);
      expect({ id: t.id, count: found.length, term: found[0]?.term }).toEqual({ id: t.id, count: 1, term: a });
    }
  });
});

describe("sharedTopic", () => {
  it("is the KPI's first topic the objective also names, with how many they share", () => {
    const kpi = [{ topic: 3, term: "a" }, { topic: 5, term: "b" }, { topic: 7, term: "c" }];
    const objective = [{ topic: 7, term: "z" }, { topic: 5, term: "y" }];
    expect(sharedTopic(kpi, objective)).toEqual({ kpi: { topic: 5, term: "b" }, objective: { topic: 5, term: "y" }, count: 2 });
    expect(sharedTopic(kpi, [{ topic: 4, term: "q" }])).toBeUndefined();
    expect(sharedTopic([], objective)).toBeUndefined();
  });
});
