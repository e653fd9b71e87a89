import { TRENDS_MESSAGES } from "../../../src/engine/messages/trends";

describe("TRENDS_MESSAGES", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(Object.entries(TRENDS_MESSAGES))("%s has both languages with the same placeholders", (code, template) => {
    expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(template.en.trim()).not.toBe("");
    expect(template.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(placeholders(template.zh)).toEqual(placeholders(template.en));
  });

  it("has a message for every signal kind", () => {
    for (const kind of ["ABOVE_LIMIT", "BELOW_LIMIT", "RUN_ABOVE", "RUN_BELOW", "NEAR_UPPER", "NEAR_LOWER"]) {
      expect(TRENDS_MESSAGES).toHaveProperty(`SIGNAL_${kind}`);
    }
  });
});
