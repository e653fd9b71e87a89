/**
 * The one entry that the custom functions, the Excel writer and the task pane share (DOMAIN §6):
 * scores every KPI (§2), checks SMART (§3), matches the set to the strategy (§4), watches trends (§5),
 * and rolls everything up into one plain, JSON-serialisable {@link Evaluation}.
 */
import type { Evaluation, KpiEvaluation, SmartView } from "../evaluation";
import type { Issue, Kpi, KpiTable, Objective } from "../model";
import { strategyMatch } from "../match/strategyMatch";
import type { MatchKpi } from "../match/strengths";
import { serialToIso } from "../parse/serial";
import { attainment } from "../score/attainment";
import { clampScore } from "../score/clampScore";
import { rollUp } from "../score/rollUp";
import { STATUSES, statusOf, type Status } from "../score/status";
import { weightedTotal } from "../score/weightedTotal";
import { cascadeScores, type CascadeNode } from "../score/cascade";
import { parentLinks, type ParentLinks } from "../score/parentLinks";
import { CASCADE_MESSAGES } from "../messages/cascade";
import { resolveSettings, type SettingsInput } from "../settings";
import { checkSmart } from "../smart/checkSmart";
import { linkEvidenceText } from "../match/evidence";
import { makeIssue } from "../messages/define";
import { EVALUATE_MESSAGES } from "../messages/evaluate";
import { kpiTrend } from "./kpiTrend";
import { withTextFacts } from "./withTextFacts";

const LETTERS = ["S", "M", "A", "R", "T"] as const;

/** The cascade part of a KPI's evaluation (§2), only for KPIs that have a parent or children. */
function cascadeView(links: ParentLinks, node: CascadeNode | undefined, index: number): Pick<KpiEvaluation, "cascade"> {
  const parent = links.parent[index];
  const children = links.children[index] ?? [];
  if (parent === undefined && children.length === 0) return {};
  return {
    cascade: {
      ...(parent === undefined ? {} : { parent }),
      children,
      fromChildren: node?.fromChildren === true,
      ...(node?.worstChild === undefined ? {} : { worstChild: node.worstChild }),
    },
  };
}

function matchKpi(kpi: Kpi): MatchKpi {
  return { name: kpi.name, description: kpi.description, objective: kpi.objective, weight: kpi.weight, perspective: kpi.perspective, owner: kpi.owner };
}

/**
 * Evaluates a KPI table against a strategy.
 * @param table what `readKpiTable` returned
 * @param objectives the strategy's objectives (`readObjectives(...).objectives`); may be empty
 * @param settingsInput thresholds and defaults (DOMAIN); `asOf` is required, so results never depend on the clock
 * @returns the evaluation: per-KPI rows, roll-ups, the strategy match, counts, SMART pass rate, issues
 * @example
 * const table = readKpiTable([["KPI", "Target", "Actual"], ["Revenue", 100, 90]]);
 * evaluate(table, [], { asOf: 46387 }).kpis[0].score // 0.9
 */
export function evaluate(table: KpiTable, objectives: readonly Objective[], settingsInput: SettingsInput): Evaluation {
  const { settings, rejected } = resolveSettings(settingsInput);
  const issues: Issue[] = [...table.issues];
  for (const field of rejected) issues.push(makeIssue(EVALUATE_MESSAGES, "SETTING_REJECTED", { field }));

  const kpis = table.kpis;
  const match = strategyMatch(kpis.map(matchKpi), objectives, { weights: settings.matchWeights });
  const objectiveNames = objectives.map((o) => o.name);
  const historyHeaders = table.columns.history.map((c) => table.headers[c]);
  const counts: Record<Status, number> = { "On track": 0, "At risk": 0, "Off track": 0, "No data": 0 };
  const failing = { S: 0, M: 0, A: 0, R: 0, T: 0 };
  let smartPass = 0;
  let smartSum = 0;

  // Cascades (§2): which KPI each Parent cell names; cycles and unknown names are reported and unlinked.
  const links = parentLinks(kpis.map((k) => ({ name: k.name, parent: k.parent, row: k.row })));
  const prepared = kpis.map((source, index) => {
    const { kpi, filled } = withTextFacts(source, settings);
    for (const field of filled) issues.push(makeIssue(EVALUATE_MESSAGES, "INPUT_FROM_TEXT", { field, name: kpi.name }, { kpi: index, row: kpi.row }));
    const direction = kpi.direction ?? "higher";
    // Attainment and score (§2). A parent without an actual is scored from its children instead, which says so.
    const att = attainment({ actual: kpi.actual, target: kpi.target, baseline: kpi.baseline, direction, band: kpi.band });
    const fromChildren = kpi.actual === undefined && (links.children[index]?.length ?? 0) > 0;
    if (!fromChildren) for (const issue of att.issues) issues.push({ ...issue, kpi: index, row: kpi.row });
    const own = att.ok ? clampScore(att.value, settings.floor, settings.cap) : undefined;
    return { kpi, direction, att, own };
  });
  issues.push(...links.issues);
  const linked = links.parent.some((p) => p !== undefined);
  const cascade = linked
    ? cascadeScores(prepared.map(({ kpi, own }) => ({ name: kpi.name, row: kpi.row, score: own, weight: kpi.weight, hasActual: kpi.actual !== undefined })), links)
    : undefined;
  if (cascade !== undefined) issues.push(...cascade.issues);

  const rows: KpiEvaluation[] = prepared.map(({ kpi, direction, att, own }, index) => {
    const series = kpi.history.map((p) => p.value);
    const green = kpi.green ?? settings.green;
    const amber = kpi.amber ?? settings.amber;
    const node = cascade?.nodes[index];
    const score = node === undefined ? own : node.score;
    // Best objective (§4) feeds Relevant (§3).
    const found = match.best[index] ?? { strength: 0 as const };
    const evidence = found.evidence !== undefined && found.objective !== undefined ? linkEvidenceText(found.evidence, found.objective) : undefined;
    const best = { strength: found.strength, ...(found.index === undefined ? {} : { index: found.index }), ...(found.objective === undefined ? {} : { objective: found.objective }), ...(evidence === undefined ? {} : { evidence }) };
    const smartResult = checkSmart(
      {
        name: kpi.name,
        description: kpi.description,
        target: kpi.target ?? kpi.band?.[1],
        targetText: kpi.targetText,
        unit: kpi.unit,
        baseline: kpi.baseline,
        deadline: kpi.deadline,
        deadlineText: kpi.deadlineText,
        direction: kpi.directionSource === "assumed" ? undefined : direction,
        history: series,
        frequency: kpi.frequency,
        owner: kpi.owner,
        objective: kpi.objective,
        isPercent: kpi.isPercent,
      },
      {
        asOf: settings.asOf,
        ...(objectiveNames.length > 0
          ? {
              objectives: objectiveNames,
              alignment: {
                strength: best.strength,
                objective: best.objective,
                ...(best.evidence === undefined ? {} : { evidence: best.evidence }),
              },
            }
          : {}),
        limits: settings.smart,
        fiscalYearStartMonth: settings.fiscalYearStartMonth,
      },
    );
    const smart: SmartView = {
      score: smartResult.score,
      flags: smartResult.flags,
      criteria: { S: smartResult.S, M: smartResult.M, A: smartResult.A, R: smartResult.R, T: smartResult.T },
      notes: smartResult.notes,
      ...(smartResult.rewrite === undefined ? {} : { rewrite: smartResult.rewrite }),
    };
    smartSum += smart.score;
    let passed = true;
    for (const letter of LETTERS) {
      if (smart.criteria[letter].state === "not-met") {
        failing[letter]++;
        passed = false;
      }
    }
    if (passed) smartPass++;
    // Trends (§5); behind pace turns a green KPI "At risk".
    const trend = kpiTrend(kpi, series, { settings, historyHeaders, cadence: table.historyCadence ?? kpi.frequency });
    let status = statusOf(score, { green, amber });
    const behindPace = trend.pace?.behind === true;
    if (behindPace && status === "On track") status = "At risk";
    counts[status]++;
    return {
      index,
      row: kpi.row,
      name: kpi.name,
      ...(kpi.description !== undefined ? { description: kpi.description } : {}),
      inputs: {
        actual: kpi.actual,
        target: kpi.target,
        baseline: kpi.baseline,
        band: kpi.band,
        direction,
        directionSource: kpi.directionSource ?? "assumed",
        weight: kpi.weight,
        deadline: kpi.deadline?.iso,
        deadlineSerial: kpi.deadline?.serial,
        perspective: kpi.perspective ?? (best.index !== undefined ? objectives[best.index]?.perspective : undefined),
        objective: kpi.objective,
        owner: kpi.owner,
        department: kpi.department,
        unit: kpi.unit,
        frequency: kpi.frequency,
        isPercent: kpi.isPercent === true,
        green,
        amber,
      },
      ...(att.ok ? { attainment: att.value, attainmentKind: att.kind } : {}),
      ...(score === undefined ? {} : { score }),
      status,
      behindPace,
      smart,
      best,
      trend,
      ...cascadeView(links, node, index),
    };
  });

  // Totals and roll-ups (§2). The weighted total counts top-level KPIs only, so no child is counted
  // twice (once in its parent, once itself); roll-ups by group keep every KPI.
  const items = rows.map((r) => ({ score: r.score, weight: r.inputs.weight }));
  const top = rows.map((_, i) => i).filter((i) => links.parent[i] === undefined);
  const children = rows.map((_, i) => i).filter((i) => links.parent[i] !== undefined);
  const totalled = weightedTotal(children.length === 0 ? items : top.map((i) => items[i] ?? {}));
  const back = (list: readonly number[]) => (children.length === 0 ? list : list.map((j) => top[j] ?? j));
  const total = { ...totalled, used: back(totalled.used), excludedNoWeight: back(totalled.excludedNoWeight) };
  if (children.length > 0) issues.push(makeIssue(CASCADE_MESSAGES, "TOTAL_TOP_LEVEL_ONLY", { count: children.length, top: top.length }));
  issues.push(...total.issues);
  issues.push(...match.issues);
  const by = (key: (r: KpiEvaluation) => string | undefined) => rollUp(rows.map((r, i) => ({ ...items[i], group: key(r) })));

  return {
    asOf: serialToIso(settings.asOf),
    settings,
    headerRow: table.headerRow,
    kpis: rows,
    objectives,
    total: {
      value: total.value,
      mode: total.mode,
      scored: total.used.length,
      excludedNoWeight: total.excludedNoWeight,
      ...(children.length === 0 ? {} : { excludedChildren: children }),
    },
    rollUps: {
      perspective: by((r) => r.inputs.perspective),
      objective: by((r) => r.best.objective ?? r.inputs.objective),
      owner: by((r) => r.inputs.owner),
      department: by((r) => r.inputs.department),
    },
    match,
    counts: Object.fromEntries(STATUSES.map((s) => [s, counts[s]])) as Record<Status, number>,
    smart: { passRate: rows.length > 0 ? smartPass / rows.length : 0, meanScore: rows.length > 0 ? smartSum / rows.length : 0, failing },
    issues,
  };
}
