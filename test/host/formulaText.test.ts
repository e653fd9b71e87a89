/** The formula scanner and the pure rewrites of formula text (formulaTokens.ts, formulaRewrite.ts, structuredRefs.ts). */
import { tokenizeFormula } from "../../src/host/formulaTokens";
import { adjustForShift, deleteSheetInFormula, renameSheetInFormula, renameTableInFormula, shiftFormula } from "../../src/host/formulaRewrite";
import { parseStructSpec } from "../../src/host/structuredRefs";

const refs = (formula: string): string[] => tokenizeFormula(formula).map((t) => `${t.kind}:${formula.slice(t.start, t.end)}`);

describe("tokenizeFormula", () => {
  test("finds references and skips strings, numbers, functions and names", () => {
    expect(refs('=SUM(A1:B2)+LOG10(C3)*1E+3-"D4"&Rate+$E$5')).toEqual(["a1:A1:B2", "a1:C3", "a1:$E$5"]);
    expect(refs("=SUM('My data'!A:A,Data!2:4,'O''Brien'!$B$2)")).toEqual(["a1:'My data'!A:A", "a1:Data!2:4", "a1:'O''Brien'!$B$2"]);
    expect(refs("=#REF!A1+Data!#REF!+#REF!+#N/A")).toEqual(["a1:#REF!A1", "refError:Data!#REF!", "refError:#REF!"]);
    expect(refs("=Kpis[[#Headers],[Sales]]+[@Qty]*T['#Items]")).toEqual(["struct:Kpis[[#Headers],[Sales]]", "struct:[@Qty]", "struct:T['#Items]"]);
    // KPI2024 is a cell (column KPI), Table1 and R1C1 are names, 1.5 is a number.
    expect(refs("=KPI2024+Table1+R1C1+1.5")).toEqual(["a1:KPI2024"]);
  });
});

describe("rewrites", () => {
  const rows = (kind: "insert" | "delete", at: number, count: number) => ({ sheet: "Data", axis: "rows" as const, kind, at, count, band: null });

  test("inserted rows: references at or below the insertion move; ranges spanning it grow", () => {
    expect(adjustForShift("=A1+A5+SUM(A3:A10)+SUM(A5:A6)+A:A+$B$7", "Data", rows("insert", 4, 2))).toBe("=A1+A7+SUM(A3:A12)+SUM(A7:A8)+A:A+$B$9");
    expect(adjustForShift("=Data!A5+Other!A5+A5", "Other", rows("insert", 0, 1))).toBe("=Data!A6+Other!A5+A5");
  });

  test("deleted rows: references to them become #REF!, ranges shrink, later ones move up", () => {
    expect(adjustForShift("=A5+Data!A5+A9+SUM(A1:A10)+SUM(A5:A6)+SUM(A6:A9)", "Data", rows("delete", 4, 2))).toBe(
      "=#REF!+Data!#REF!+A7+SUM(A1:A8)+SUM(#REF!)+SUM(A5:A7)",
    );
  });

  test("a paste shifts relative parts only; off the grid is #REF!", () => {
    expect(shiftFormula("=A1+$A1+A$1+$A$1+Other!B2+SUM(C:C)", 2, 1)).toBe("=B3+$A3+B$1+$A$1+Other!C4+SUM(D:D)");
    expect(shiftFormula("=A1+Data!A1", -1, 0)).toBe("=#REF!+Data!#REF!");
  });

  test("renamed and deleted sheets, renamed tables", () => {
    expect(renameSheetInFormula("=src!A1+'Src'!B2+Srcx!C3", "Src", "KPI data")).toBe("='KPI data'!A1+'KPI data'!B2+Srcx!C3");
    expect(deleteSheetInFormula("=Gone!A1+SUM('Gone'!A1:B2)+Kept!A1", "Gone")).toBe("=#REF!A1+SUM(#REF!A1:B2)+Kept!A1");
    expect(renameTableInFormula("=SUM(kpis[Target])+Kpis2[X]", "Kpis", "Measures")).toBe("=SUM(Measures[Target])+Kpis2[X]");
  });

  test("structured reference specifiers", () => {
    expect(parseStructSpec("[Sales Amount]")).toEqual({ area: "data", cols: ["Sales Amount", "Sales Amount"] });
    expect(parseStructSpec("[[#Headers],[#Data],[A]:[B]]")).toEqual({ area: "headers+data", cols: ["A", "B"] });
    expect(parseStructSpec("[@[Total $]]")).toEqual({ area: "thisRow", cols: ["Total $", "Total $"] });
    expect(parseStructSpec("[#This Row]")).toEqual({ area: "thisRow", cols: null });
    expect(typeof parseStructSpec("[Total $]")).toBe("string");
    expect(typeof parseStructSpec("[[#Headers],[#Totals]]")).toBe("string");
  });
});
