import { SCORE_MESSAGES } from "../../../src/engine/messages/score";

describe("SCORE_MESSAGES", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
  it.each(Object.entries(SCORE_MESSAGES))("%s has both languages with matching placeholders", (code, template) => {
    expect(code).toMatch(/^[A-Z][A-Z_]+$/);
    expect(template.en.length).toBeGreaterThan(10);
    expect(template.zh).toMatch(/[\u4e00-\u9fff]/);
    // bilingual words come as …En / …Zh pairs; every other placeholder appears in both languages
    const en = placeholders(template.en).map((p) => p.replace(/En$/, ""));
    const zh = placeholders(template.zh).map((p) => p.replace(/Zh$/, ""));
    expect([...new Set(zh)].sort()).toEqual([...new Set(en)].sort());
  });
});
