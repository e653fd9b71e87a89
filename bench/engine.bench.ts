/**
 * Engine benchmarks (issues 3 and 4). Not a test: prints figures and ratios measured in one run, so a
 * noisy shared machine affects the measured work and its baseline alike.
 *  - issue 3: readKpiTable + attainment/score/status + SMART on 10,000 and 100,000 rows × 24 periods,
 *    against a plain copy of the same cells (JSON round trip); targets: 10k < 0.5 s, ≤ 10× the copy,
 *    100k ≤ 11× the 10k time.
 *  - issue 4: full evaluate (read + §2–§5) on 10,000 KPIs × 24 periods × 20 objectives and on 100,000;
 *    targets: 10k < 1 s, linear growth (alignment is not quadratic in the KPI count).
 */
import { attainment, checkSmart, clampScore, evaluate, readKpiTable, readObjectives, statusOf } from "../src/engine";
import { generateKpiTable } from "./generateTable";
import { best, fmt, line } from "./timing";

const AS_OF = 46340; // 2026-11-15
const OBJECTIVES = readObjectives([
  ["战略目标 Objective", "Priority 权重", "Perspective"],
  ...[
    ["Grow revenue 提升销售额", 3, "财务"], ["Improve gross margin", 2, "Financial"], ["Cut production cost 降低成本", 2, "财务"],
    ["Delight customers 客户满意", 3, "客户"], ["Reduce complaints 减少投诉", 2, "Customer"], ["Win market share 市场份额", 2, "客户"],
    ["Deliver on time 准时交付", 2, "内部流程"], ["Zero defects 零缺陷", 1, "Internal Process"], ["Faster service", 1, "内部流程"],
    ["Develop people 员工培训", 1, "学习与成长"], ["Retain talent", 1, "Learning & Growth"], ["Data-driven marketing", 1, "学习与成长"],
    ["Expand online channels", 2, "财务"], ["Build the brand 品牌", 1, "客户"], ["Raise NPS", 1, "Customer"],
    ["Lean operations", 1, "内部运营"], ["Digital skills", 1, "学习与成长"], ["Grow repeat purchases 复购", 2, "客户"],
    ["Control marketing spend", 1, "Financial"], ["Safety first 安全", 1, "内部流程"],
  ],
]).objectives;

function readScoreSmart(cells: unknown[][]): number {
  const table = readKpiTable(cells, { asOf: AS_OF });
  let met = 0;
  for (const kpi of table.kpis) {
    const direction = kpi.direction ?? "higher";
    const att = attainment({ actual: kpi.actual, target: kpi.target, baseline: kpi.baseline, direction, band: kpi.band });
    statusOf(att.ok ? clampScore(att.value) : undefined);
    met += checkSmart(
      { name: kpi.name, target: kpi.target, unit: kpi.unit, baseline: kpi.baseline, deadline: kpi.deadline, deadlineText: kpi.deadlineText, direction, history: kpi.history.map((p) => p.value), owner: kpi.owner },
      { asOf: AS_OF },
    ).score;
  }
  return met;
}

/** checkSmart alone over an already-read table (issue 12: within 2× of the time before the lexicon and text targets). */
function smartOnly(table: ReturnType<typeof readKpiTable>): number {
  let met = 0;
  for (const kpi of table.kpis) {
    met += checkSmart(
      { name: kpi.name, target: kpi.target, targetText: kpi.targetText, unit: kpi.unit, baseline: kpi.baseline, deadline: kpi.deadline, deadlineText: kpi.deadlineText, direction: kpi.direction, history: kpi.history.map((p) => p.value), owner: kpi.owner },
      { asOf: AS_OF, objectives: SMART_OBJECTIVES },
    ).score;
  }
  return met;
}
const SMART_OBJECTIVES = OBJECTIVES.map((o) => o.name);

function fullEvaluate(cells: unknown[][]): number {
  return evaluate(readKpiTable(cells, { asOf: AS_OF }), OBJECTIVES, { asOf: AS_OF }).kpis.length;
}

const copy = (cells: unknown[][]) => (JSON.parse(JSON.stringify(cells)) as unknown[][]).length;

/** Runs the engine benchmarks and prints their figures. */
export function benchEngine(): void {
  const small = generateKpiTable(10_000, 24, 1);
  const large = generateKpiTable(100_000, 24, 2);
  readScoreSmart(generateKpiTable(500, 24, 3)); // warm up the JIT
  fullEvaluate(generateKpiTable(500, 24, 3));

  line("Engine · issue 3: readKpiTable + score + SMART (24 periods)");
  const copy10 = best(3, () => copy(small));
  const run10 = best(3, () => readScoreSmart(small));
  const copy100 = best(2, () => copy(large));
  const run100 = best(2, () => readScoreSmart(large));
  line(`  10,000 rows : ${fmt(run10)}   copy ${fmt(copy10)}   ratio ${(run10 / copy10).toFixed(1)}×   (target < 500 ms, ≤ 10× copy)`);
  line(`  100,000 rows: ${fmt(run100)}   copy ${fmt(copy100)}   ratio ${(run100 / copy100).toFixed(1)}×   growth ${(run100 / run10).toFixed(1)}× for 10× rows (target ≤ 11×)`);

  const read10 = readKpiTable(small, { asOf: AS_OF });
  smartOnly(read10);
  const smart10 = best(5, () => smartOnly(read10));
  line(`  SMART alone, 10,000 KPIs: ${fmt(smart10)}   (${(smart10 / 10).toFixed(1)} µs per KPI; issue 12 budget: 2× the time before the lexicon, README "Judgement")`);

  line("Engine · issue 4: full evaluate (read + score + SMART + match to 20 objectives + trends)");
  const eval10 = best(3, () => fullEvaluate(small));
  const eval100 = best(2, () => fullEvaluate(large));
  line(`  10,000 KPIs : ${fmt(eval10)}   copy ${fmt(copy10)}   ratio ${(eval10 / copy10).toFixed(1)}×   (target < 1 s)`);
  line(`  100,000 KPIs: ${fmt(eval100)}   copy ${fmt(copy100)}   ratio ${(eval100 / copy100).toFixed(1)}×   growth ${(eval100 / eval10).toFixed(1)}× for 10× KPIs (linear ≈ 10×)`);
}
