/**
 * The company roll-up in one `Excel.run` (issue 13 §6): each team's KPI table is read, evaluated and
 * written to the team's own managed sheets (`Scorecard · Sales` …, refreshed in place: six syncs per
 * team, evaluateWorkbook.ts and ../write/scope.ts), the team totals are weighted into the company score
 * by the engine (`companyRollUp`, DOMAIN §2), and the Company roll-up sheet is written (three syncs:
 * ../write/rollUpSheet.ts). Syncs grow with the number of teams, never with their rows.
 */
import { companyRollUp } from "../../engine";
import type { CompanyOutcome, CompanyRequest } from "../port";
import { writeRollUpSheet } from "../write/rollUpSheet";
import { evaluateWorkbook, timestampText, type EvaluateEnv } from "./evaluateWorkbook";

/**
 * Evaluates every team table and writes the roll-up.
 * @param context the request context of the current `Excel.run`
 * @param request the teams (name, weight, and the evaluate request of their KPI table) and the language
 * @param env requirement-set check, clock and user
 * @returns the roll-up, each team's evaluation, the sheet written and notes
 */
export async function evaluateCompany(context: Excel.RequestContext, request: CompanyRequest, env: EvaluateEnv): Promise<CompanyOutcome> {
  const teams = [];
  for (const team of request.teams) {
    // The team's scorecard is keyed by its KPI table (its name, or its address for a range).
    const scope = { key: team.request.kpiTable.name, label: team.name };
    const done = await evaluateWorkbook(context, { ...team.request, scope }, env);
    teams.push({ name: team.name, weight: team.weight, table: done.kpiTable ?? team.request.kpiTable, evaluation: done.evaluation, sheets: done.sheets, notes: done.notes });
  }
  const rollUp = companyRollUp(teams.map((t) => ({ name: t.name, total: t.evaluation.total.value ?? null, weight: t.weight ?? null, counts: t.evaluation.counts })));
  const written = await writeRollUpSheet(context, {
    rollUp,
    teams: teams.map((t) => ({ name: t.name, table: t.table.address, ...(t.weight === undefined ? {} : { weight: t.weight }), counts: t.evaluation.counts })),
    language: request.language,
    timestamp: timestampText(env.now()),
  });
  return {
    rollUp,
    teams: teams.map((t) => ({ name: t.name, table: t.table, evaluation: t.evaluation, sheets: t.sheets })),
    sheet: written.sheet,
    notes: [...teams.flatMap((t) => t.notes), ...written.notes],
  };
}
