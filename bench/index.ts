/** `npm run bench`: every benchmark, figures and ratios measured in one run. */
import { benchEngine } from "./engine.bench";
import { line } from "./timing";

async function main(): Promise<void> {
  line(`KPI Scorecard benchmarks · Node ${process.version} · ${new Date().toISOString()}`);
  benchEngine();
  const functions = await import("./functions.bench").catch(() => undefined);
  if (functions !== undefined) await functions.benchFunctions();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
