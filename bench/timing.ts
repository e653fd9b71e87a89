/** Small timing helpers shared by the benchmarks. */
import { performance } from "node:perf_hooks";

/**
 * Best (lowest) wall time of `runs` runs, in milliseconds: the least disturbed run on a shared machine.
 * @param runs how many times to run
 * @param work the work to time
 * @returns milliseconds
 */
export function best(runs: number, work: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

/** Formats milliseconds for the report. */
export function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** Prints one report line. */
export function line(text: string): void {
  process.stdout.write(`${text}\n`);
}
