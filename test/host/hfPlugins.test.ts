/**
 * The host's HyperFormula speed-ups (src/host/hfPlugins.ts) change no value: many formulas sharing
 * one range (whole columns and fixed blocks, through INDEX, MATCH, SUM, COUNTIF) give what plain
 * arithmetic gives, after random edits, after cells are filled in that were empty when the formulas
 * were written, and after the data grows past its first extent.
 */
import fc from "fast-check";
import { createHost } from "../../src/host";

const N = 30;

function build() {
  const host = createHost({ sheets: ["Data", "Calc"] });
  host.setCells("Data", `A1:B${N}`, Array.from({ length: N }, (_, i) => [`k${i}`, i]));
  // Every row shares the same two whole-column ranges and one fixed block.
  host.setCells(
    "Calc",
    `A1:E${N + 10}`,
    Array.from({ length: N + 10 }, (_, i) => [
      `k${i}`,
      `=IFERROR(MATCH(A${i + 1},Data!$A:$A,0),"none")`,
      `=IFERROR(INDEX(Data!$B:$B,B${i + 1}),"none")`,
      `=SUM(Data!$B$1:$B$${N + 10})`,
      `=COUNTIF(Data!$B:$B,">="&${i})`,
    ]),
  );
  return host;
}

function expected(data: Map<string, { row: number; value: number | string }>, count: number): unknown[][] {
  const values = [...data.values()];
  const numbers = values.map((v) => v.value).filter((v): v is number => typeof v === "number");
  const sum = values.filter((v) => v.row <= N + 10).map((v) => v.value).filter((v): v is number => typeof v === "number").reduce((a, b) => a + b, 0);
  return Array.from({ length: count }, (_, i) => {
    const hit = data.get(`k${i}`);
    return [`k${i}`, hit ? hit.row : "none", hit ? hit.value : "none", sum, numbers.filter((n) => n >= i).length];
  });
}

describe("HyperFormula speed-ups keep every value", () => {
  it("agrees with plain arithmetic after random edits, fills and growth", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: N + 8 }), fc.integer({ min: -5, max: 50 })), { minLength: 1, maxLength: 12 }),
        (edits) => {
          const host = build();
          const data = new Map<string, { row: number; value: number | string }>();
          for (let i = 0; i < N; i++) data.set(`k${i}`, { row: i + 1, value: i });
          for (const [row, value] of edits) {
            // Rows past N were empty when the formulas were written: filling them grows the data.
            host.setCells("Data", `A${row}:B${row}`, [[`k${row - 1}`, value]]);
            for (const [key, entry] of data) if (entry.row === row) data.delete(key);
            data.set(`k${row - 1}`, { row, value });
          }
          expect(host.getValues("Calc", `A1:E${N + 10}`)).toEqual(expected(data, N + 10));
        },
      ),
      { numRuns: 25 },
    );
  });
});
