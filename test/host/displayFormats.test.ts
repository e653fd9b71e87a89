import { displayText } from "../../src/host/displayText";
import { freezeAt } from "../../src/host/freezeAt";
import { createHost } from "../../src/host";

describe("number-format sections and quoted text (Range.text)", () => {
  test("quoted text before and after the number, sections by sign", () => {
    const bound = '"≥ "#,##0.0;"≥ -"#,##0.0';
    expect(displayText(1234.5, bound)).toBe("≥ 1,234.5");
    expect(displayText(-55, bound)).toBe("≥ -55.0");
    expect(displayText(44.6, '"¥"#,##0.00')).toBe("¥44.60");
    expect(displayText(110, '#,##0"万元"')).toBe("110万元");
    expect(displayText(0.95, '0%" (this KPI)"')).toBe("95% (this KPI)");
  });
  test("one section: the minus sign goes before the text, as Excel shows -$5", () => {
    expect(displayText(-5, '"¥"#,##0')).toBe("-¥5");
  });
  test("sections of text alone: a 1 / 0 flag reads Yes / No; zero takes the third section", () => {
    const yesNo = '"Yes";"Yes";"No"';
    expect([1, -1, 0].map((v) => displayText(v, yesNo))).toEqual(["Yes", "Yes", "No"]);
    expect(displayText(1, '"default";"default";"default"')).toBe("default");
  });
  test("booleans and text are not formatted; unmodelled formats fall back to General", () => {
    expect(displayText(true, '"Yes";"Yes";"No"')).toBe("TRUE");
    expect(displayText("On track", '"x"0')).toBe("On track");
    expect(displayText(3.25, "[Red]0.0")).toBe("3.25");
    expect(displayText(0.124, "0.0%")).toBe("12.4%");
  });
  test("Range.text reads through a format with quoted text", async () => {
    const host = createHost({ sheets: ["S"] });
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      r.values = [[90, 0]];
      r.numberFormat = [['"≥ "#,##0.0;"≥ -"#,##0.0', '"Yes";"Yes";"No"']];
      await ctx.sync();
    });
    const text = await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1").load("text");
      await ctx.sync();
      return r.text;
    });
    expect(text).toEqual([["≥ 90.0", "No"]]);
  });
});

describe("WorksheetFreezePanes.freezeAt", () => {
  const sheet = () => ({ name: "Scorecard", frozenRows: 3, frozenColumns: 4 });
  test("one pane from an A1-anchored range, replacing the old one", () => {
    const s = sheet();
    freezeAt(s, "A1:B7");
    expect([s.frozenRows, s.frozenColumns]).toEqual([7, 2]);
    freezeAt(s, "A:B");
    expect([s.frozenRows, s.frozenColumns]).toEqual([0, 2]);
    freezeAt(s, "1:7");
    expect([s.frozenRows, s.frozenColumns]).toEqual([7, 0]);
    freezeAt(s, "Scorecard!A1");
    expect([s.frozenRows, s.frozenColumns]).toEqual([1, 1]);
  });
  test("stricter than Excel: anything but an A1-anchored address on the sheet is refused", () => {
    for (const bad of ["B2:C3", "Other!A1:B2", "nonsense", "A:XFD"]) expect(() => freezeAt(sheet(), bad)).toThrow();
    expect(() => freezeAt(sheet(), { address: "A1:B7" })).toThrow();
  });
});

test("freezeAt through the API sets one pane on the sheet, and a bad range fails the batch", async () => {
  const host = createHost();
  await host.run(async (context) => {
    context.workbook.worksheets.add("Scorecard").freezePanes.freezeAt("A1:B7");
    await context.sync();
  });
  expect(host.snapshot().sheets.find((s) => s.name === "Scorecard")).toMatchObject({ frozenRows: 7, frozenColumns: 2 });
  await expect(
    host.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard").freezePanes.freezeAt("C3:D4");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(host.snapshot().sheets.find((s) => s.name === "Scorecard")).toMatchObject({ frozenRows: 7, frozenColumns: 2 });
});
