/**
 * Custom-function benchmark (issue 5): 10,000 KPI.SCORE calls on single cells, one KPI.SCORE call on a
 * 10,000-row range, and the raw engine loop (attainment + clampScore) on the same numbers, in the same
 * run. Target: the range call costs at most 2× the raw engine loop (one engine pass plus the wrapper).
 */
import { attainment, clampScore, type Direction } from "../src/engine";
import { SCORE } from "../src/functions/functions";
import { best, fmt, line } from "./timing";

/** The runtime globals Excel provides; the functions read them only to build error values. */
function installRuntime(): void {
  const scope = globalThis as { CustomFunctions?: unknown };
  if (scope.CustomFunctions !== undefined) return;
  class RuntimeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  scope.CustomFunctions = { Error: RuntimeError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
}

const ROWS = 10_000;

/** Prints the three timings and their ratios. */
export async function benchFunctions(): Promise<void> {
  installRuntime();
  await Promise.resolve();
  const actual: number[] = [];
  const target: number[] = [];
  const words: string[] = [];
  const directions: Direction[] = [];
  for (let i = 0; i < ROWS; i++) {
    actual.push(50 + ((i * 37) % 100));
    target.push(80 + (i % 40));
    words.push(i % 3 === 0 ? "越低越好" : "higher");
    directions.push(i % 3 === 0 ? "lower" : "higher");
  }
  const actualRange = actual.map((a) => [a]);
  const targetRange = target.map((t) => [t]);
  const directionRange = words.map((w) => [w]);

  // The engine pass the range call has to make: one score per KPI, into an array.
  const engineLoop = () => {
    const scores = new Array<number | undefined>(ROWS);
    for (let i = 0; i < ROWS; i++) {
      const att = attainment({ actual: actual[i], target: target[i], direction: directions[i] ?? "higher" });
      scores[i] = att.ok ? clampScore(att.value) : undefined;
    }
    return scores;
  };
  const rangeCall = () => SCORE(actualRange, targetRange, directionRange);
  const cellCalls = () => {
    let n = 0;
    for (let i = 0; i < ROWS; i++) n += SCORE([[actual[i]]], [[target[i]]], [[words[i]]]).length;
    return n;
  };
  for (let i = 0; i < 3; i++) {
    engineLoop();
    rangeCall();
    cellCalls();
  }
  const engine = best(25, engineLoop);
  const range = best(25, rangeCall);
  const cells = best(9, cellCalls);
  const ms = (t: number) => (t >= 10 ? fmt(t) : `${t.toFixed(2)} ms`);

  line(`Custom functions · issue 5: KPI.SCORE on ${ROWS.toLocaleString("en")} KPIs (actual, target, direction text)`);
  line(`  raw engine loop (attainment + clampScore):  ${ms(engine)}`);
  line(`  one range call  SCORE(A1:A${ROWS}, …):       ${ms(range)}  = ${(range / engine).toFixed(2)}× the engine (target ≤ 2×)`);
  line(`  ${ROWS.toLocaleString("en")} single-cell calls:               ${ms(cells)}  = ${(cells / engine).toFixed(2)}× the engine, ${(cells / range).toFixed(2)}× the range call`);
}
