/**
 * The company roll-up in one `Excel.run` (issue 13 §6): each team's KPI table is read, evaluated and
 * written to the team's own managed sheets (`Scorecard · Sales` …, refreshed in place: six syncs per
 * team, evaluateWorkbook.ts and ../write/scope.ts), the team totals are weighted into the company score
 * by the engine (`companyRollUp`, DOMAIN §2), and the Company roll-up sheet is written (three syncs:
 * ../write/rollUpSheet.ts), and one more finds team scorecards of earlier roll-ups left out of this one.
 * Syncs grow with the number of teams, never with their rows.
 */
import { companyRollUp, type Bilingual } from "../../engine";
import type { CompanyOutcome, CompanyRequest } from "../port";
import { MARKER_KEY, parseMarker } from "../write/managedSheets";
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
  const left = await teamsLeftOut(context, new Set(request.teams.map((t) => t.request.kpiTable.name)));
  return {
    rollUp,
    teams: teams.map((t) => ({ name: t.name, table: t.table, evaluation: t.evaluation, sheets: t.sheets })),
    sheet: written.sheet,
    notes: [...teams.flatMap((t) => t.notes), ...written.notes, ...left],
  };
}

/**
 * Team scorecards written by an earlier roll-up whose team is not in this one: they are kept as they
 * were (a person may still read them; nothing of theirs is deleted), and the pane says so, so that
 * a stale team scorecard never passes for a current one. One sync (the settings, and the sheets that
 * still exist).
 * @param context the request context
 * @param keys the scope keys (KPI table names) of this roll-up's teams
 * @returns one note per team scorecard left out
 */
async function teamsLeftOut(context: Excel.RequestContext, keys: ReadonlySet<string>): Promise<Bilingual[]> {
  const settings = context.workbook.settings.load("items/key,items/value");
  const sheets = context.workbook.worksheets.load("items/id,items/name");
  await context.sync();
  const live = new Map(sheets.items.map((ws) => [ws.id, ws.name]));
  const notes: Bilingual[] = [];
  for (const item of settings.items) {
    if (!item.key.startsWith(`${MARKER_KEY}@`)) continue;
    const table = item.key.slice(MARKER_KEY.length + 1);
    if (keys.has(table)) continue;
    const id = parseMarker(item.value).sheets.scorecard;
    const name = id === undefined ? undefined : live.get(id);
    if (name === undefined) continue;
    notes.push({
      en: `“${name}” (table ${table}) is not in this roll-up: it was kept as it was and not refreshed. Delete its sheets if that team's scorecard is no longer needed.`,
      zh: `“${name}”（表 ${table}）不在本次汇总中：已原样保留，未刷新。若不再需要该团队的计分卡，可删除其工作表。`,
    });
  }
  return notes;
}
