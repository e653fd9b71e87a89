import { CASCADE_MESSAGES } from "../../../src/engine/messages/cascade";
import { READ_MESSAGES } from "../../../src/engine/messages/read";
import { TRENDS_MESSAGES } from "../../../src/engine/messages/trends";

describe("CASCADE_MESSAGES and the new read/trend messages", () => {
  const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""))].sort();
  const table = {
    ...CASCADE_MESSAGES,
    PERIOD_TARGETS_READ: READ_MESSAGES.PERIOD_TARGETS_READ,
    PERIOD_TARGET_IGNORED: READ_MESSAGES.PERIOD_TARGET_IGNORED,
    PACE_FROM_PERIOD_TARGETS: TRENDS_MESSAGES.PACE_FROM_PERIOD_TARGETS,
    PROJECTION_PERIOD_TARGET: TRENDS_MESSAGES.PROJECTION_PERIOD_TARGET,
  };
  it.each(Object.entries(table))("%s has both languages with matching placeholders", (code, template) => {
    expect(code).toMatch(/^[A-Z][A-Z_]+$/);
    expect(template.en.length).toBeGreaterThan(10);
    expect(template.zh).toMatch(/[\u4e00-\u9fff]/);
    // bilingual lists come as …En / …Zh pairs; every other placeholder appears in both languages
    expect(placeholders(template.zh).map((p) => p.replace(/Zh$/, ""))).toEqual(placeholders(template.en).map((p) => p.replace(/En$/, "")));
  });

  it("has the three parent codes the UI keys on", () => {
    for (const code of ["PARENT_CYCLE", "PARENT_NOT_FOUND", "PARENT_AMBIGUOUS"]) expect(CASCADE_MESSAGES).toHaveProperty(code);
  });
});
