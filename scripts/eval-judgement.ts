/**
 * `npm run eval:judgement`: how far the product's judgement agrees with the expert-labelled set in
 * test/fixtures/judgement (README "How good is the judgement"). Runs the real custom functions
 * (KPI.SMARTFLAGS, KPI.BESTOBJECTIVE) on every case, as Excel would call them, and prints per-letter
 * agreement with the confusion matrix, best-objective accuracy and the #N/A rate, by language and split,
 * beside the floor a checker that answers "met" for everything would reach.
 *
 *   npm run eval:judgement                 # dev, test and the three blind holdouts
 *   npm run eval:judgement -- --split dev  # only the part tuned on
 *   npm run eval:judgement -- --json       # machine-readable (used by the test that guards the floors)
 *   npm run eval:judgement -- --misses dev # list every disagreement of the dev part
 */
import { evaluateJudgement, formatReport, SPLITS, type Split } from "./judgement/evaluate";

const args = process.argv.slice(2);
const splitArg = args[args.indexOf("--split") + 1];
const isSplit = (x: string | undefined): x is Split => SPLITS.includes(x as Split);
const splits: Split[] = args.includes("--split") && isSplit(splitArg) ? [splitArg] : [...SPLITS];
const missesArg = args[args.indexOf("--misses") + 1];
const report = evaluateJudgement(splits);
if (args.includes("--json")) console.log(JSON.stringify(report, null, 2));
else console.log(formatReport(report, { misses: args.includes("--misses") && isSplit(missesArg) ? missesArg : undefined }));
