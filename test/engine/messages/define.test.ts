import { formatMessage, makeIssue } from "../../../src/engine/messages/define";

const TABLE = {
  BAD: { severity: "error", en: "Cell {cell} holds '{text}': give a number.", zh: "单元格 {cell} 的值“{text}”不是数字。" },
  PLAIN: { severity: "info", en: "Nothing to fill.", zh: "无需填写。" },
} as const;

describe("formatMessage", () => {
  it("fills every placeholder in both languages", () => {
    expect(formatMessage(TABLE.BAD, { cell: "F5", text: "high" })).toEqual({
      en: "Cell F5 holds 'high': give a number.",
      zh: "单元格 F5 的值“high”不是数字。",
    });
  });
  it("leaves unknown placeholders as written and templates without placeholders untouched", () => {
    expect(formatMessage(TABLE.BAD, { cell: 3 }).en).toBe("Cell 3 holds '{text}': give a number.");
    expect(formatMessage(TABLE.PLAIN)).toEqual({ en: "Nothing to fill.", zh: "无需填写。" });
  });
  it("gives the same text on repeated calls (the split template is cached, not the result)", () => {
    expect(formatMessage(TABLE.BAD, { cell: "A1", text: "x" }).en).toBe("Cell A1 holds 'x': give a number.");
    expect(formatMessage(TABLE.BAD, { cell: "B2", text: "y" }).en).toBe("Cell B2 holds 'y': give a number.");
  });
  it("does not read inherited properties of params as values", () => {
    expect(formatMessage(TABLE.BAD, Object.create({ cell: "Z9" }) as Record<string, string>).en).toContain("{cell}");
  });
});

describe("list parameters", () => {
  it("join with the language's own separator: ', ' in English, '、' in Chinese", () => {
    const template = { severity: "info", en: "Vague words ({words}).", zh: "笼统的措辞（{words}）。" } as const;
    expect(formatMessage(template, { words: ["improve", "enhance"] })).toEqual({ en: "Vague words (improve, enhance).", zh: "笼统的措辞（improve、enhance）。" });
    expect(formatMessage(template, { words: [] })).toEqual({ en: "Vague words ().", zh: "笼统的措辞（）。" });
  });
});

describe("makeIssue", () => {
  it("builds an issue with the template's severity, the code and the position", () => {
    expect(makeIssue(TABLE, "BAD", { cell: "F5", text: "high" }, { row: 4, column: 5 })).toEqual({
      code: "BAD",
      severity: "error",
      message: { en: "Cell F5 holds 'high': give a number.", zh: "单元格 F5 的值“high”不是数字。" },
      row: 4,
      column: 5,
    });
  });
});
