/**
 * The Company roll-up sheet (issue 13 §6, DOMAIN §2 "A company roll-up weights each team table's
 * total"): one row per team KPI table — its weighted total, the team's weight and share, its status
 * counts — and the company score above them, at a fixed cell with the defined name `KPI_CompanyScore`.
 *
 * Refreshed in place, like the Scorecard (docs/refresh-in-place.md): the sheet is found again by its id
 * (kept in the workbook's settings under {@link ROLLUP_MARKER_KEY}) and never deleted; a sheet the user
 * renamed is the user's (left alone; a fresh roll-up sheet is made); the table `KpiCompanyRollUp` keeps
 * its name and identity (resized, ExcelApi 1.13), so `=XLOOKUP("Sales", KpiCompanyRollUp[Team],
 * KpiCompanyRollUp[Score])` keeps working as teams are added or removed; its header row is never
 * cleared or rewritten. Three syncs: what is there; the writes; the defined name and the marker (the
 * new sheet's id is known only then). Figures are values of the last refresh, not live.
 */
import type { Bilingual, CompanyRollUp, Lang, Status } from "../../engine";
import { cellA1 } from "./a1";
import { pickSheetName } from "./sheetNames";
import { safeText } from "./safeText";

export const ROLLUP_MARKER_KEY = "kpiScorecard.rollUpSheet";
export const ROLLUP_TABLE = "KpiCompanyRollUp";
export const ROLLUP_SCORE_NAME = "KPI_CompanyScore";
export const ROLLUP_SHEET_NAMES: Readonly<Record<Lang, string>> = { en: "Company Roll-up", zh: "公司汇总" };
/** The table's header row (fixed English names: the contract), and its 0-based row on the sheet. */
export const ROLLUP_HEADERS = ["Team", "KPI table", "Score", "Weight", "Share", "On track", "At risk", "Off track", "No data"] as const;
export const ROLLUP_HEADER_ROW = 6;
/** The company score's cell (B4). */
export const ROLLUP_SCORE_CELL = { row: 3, column: 1 } as const;

const CAPTIONS: Readonly<Record<Lang, readonly string[]>> = {
  en: ["Team", "KPI table", "Score", "Weight", "Share of company score", "On track", "At risk", "Off track", "No data"],
  zh: ["团队", "KPI 表", "得分", "权重", "占公司得分比例", "正常", "预警", "落后", "无数据"],
};
const TEXT = {
  en: { title: "Company roll-up", refreshed: "Refreshed", score: "Company score", worst: "Weakest team", how: "Weighted mean of the team totals (DOMAIN §2); a team without a total or a weight is left out and listed below." },
  zh: { title: "公司汇总", refreshed: "刷新时间", score: "公司得分", worst: "最弱团队", how: "各团队总分的加权平均（DOMAIN §2）；没有总分或权重的团队不计入，并在下方列出。" },
} as const;
const STATUS_ORDER: readonly Status[] = ["On track", "At risk", "Off track", "No data"];

/** One team as the sheet lists it. */
export interface RollUpTeam {
  readonly name: string;
  /** Where its KPI table is (an address or table name). */
  readonly table: string;
  readonly weight?: number;
  readonly counts?: Readonly<Record<Status, number>>;
}

export interface RollUpWrite {
  readonly rollUp: CompanyRollUp;
  readonly teams: readonly RollUpTeam[];
  readonly language: Lang;
  readonly timestamp: string;
}

interface RollUpMarker {
  readonly id: string;
  readonly name: string;
  /** Rows written (so that the next refresh clears exactly those). */
  readonly rows: number;
}

function parseMarker(value: unknown): RollUpMarker | undefined {
  try {
    const v: unknown = typeof value === "string" ? JSON.parse(value) : value;
    if (v === null || typeof v !== "object") return undefined;
    const { id, name, rows } = v as Record<string, unknown>;
    return typeof id === "string" && typeof name === "string" && typeof rows === "number" ? { id, name, rows } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The id of the roll-up sheet while it keeps the name we gave it (a renamed one is the user's).
 * @param value the marker setting's value
 * @param sheets the workbook's sheets
 */
export function rollUpSheetId(value: unknown, sheets: readonly { readonly id: string; readonly name: string }[]): string | undefined {
  const marker = parseMarker(value);
  return marker && sheets.some((s) => s.id === marker.id && s.name === marker.name) ? marker.id : undefined;
}

/**
 * The sheet's cells, top-left at A1: title, refresh time, company score, the table (caption row above
 * the English header row), and the issues below.
 * @returns rows of equal width (blank cells are "")
 */
export function rollUpCells(input: RollUpWrite): (string | number)[][] {
  const { rollUp, teams, language, timestamp } = input;
  const text = TEXT[language];
  const width = ROLLUP_HEADERS.length;
  const row = (...cells: (string | number)[]) => [...cells, ...new Array<string>(Math.max(0, width - cells.length)).fill("")];
  const out: (string | number)[][] = [
    row(text.title),
    row(`${text.refreshed}: ${timestamp}`),
    row(),
    row(text.score, rollUp.total ?? "", "", text.worst, rollUp.worst ? safeText(rollUp.worst.name) : ""),
    row(text.how),
    row(...CAPTIONS[language]),
    row(...ROLLUP_HEADERS),
  ];
  teams.forEach((team, i) => {
    const r = rollUp.teams[i];
    out.push(
      row(
        safeText(team.name),
        safeText(team.table),
        r?.total ?? "",
        team.weight ?? "",
        r?.share ?? 0,
        ...STATUS_ORDER.map((s) => team.counts?.[s] ?? ""),
      ),
    );
  });
  out.push(row());
  for (const issue of rollUp.issues) out.push(row(safeText(issueText(issue, language))));
  return out;
}

function issueText(issue: { readonly message: Bilingual }, language: Lang): string {
  return issue.message[language];
}

/**
 * Writes (or refreshes in place) the Company roll-up sheet.
 * @param context the request context of the current `Excel.run`
 * @param input the roll-up, the teams in the same order, language and refresh time
 * @returns the sheet's name and notes (e.g. an older Excel that cannot resize the table)
 */
export async function writeRollUpSheet(context: Excel.RequestContext, input: RollUpWrite): Promise<{ sheet: string; notes: Bilingual[] }> {
  const sheets = context.workbook.worksheets.load("items/id, items/name");
  const setting = context.workbook.settings.getItemOrNullObject(ROLLUP_MARKER_KEY).load("value");
  const tables = context.workbook.tables.load("items/name, items/worksheet/id");
  await context.sync();

  const notes: Bilingual[] = [];
  const marker = setting.isNullObject ? undefined : parseMarker(setting.value);
  const kept = marker ? sheets.items.find((s) => s.id === marker.id && s.name === marker.name) : undefined;
  const cells = rollUpCells(input);
  const width = ROLLUP_HEADERS.length;
  let sheet: Excel.Worksheet;
  const teams = input.teams.length;
  const header = ROLLUP_HEADER_ROW;
  const tableAddress = `A${header + 1}:${cellA1(header + Math.max(1, teams), width - 1)}`;
  const existing = kept ? tables.items.find((t) => t.worksheet.id === kept.id && t.name.toLowerCase() === ROLLUP_TABLE.toLowerCase()) : undefined;
  if (kept) {
    sheet = kept;
    // Clear what the last refresh wrote (and nothing the user typed beside it), except the table's
    // header row: its names are what users' structured references use.
    const old = Math.max(marker?.rows ?? 0, cells.length);
    sheet.getRange(`A1:${cellA1(header - 1, width - 1)}`).clear("Contents");
    sheet.getRange(`A${header + 2}:${cellA1(old - 1, width - 1)}`).clear("Contents");
  } else {
    const name = pickSheetName(ROLLUP_SHEET_NAMES[input.language], sheets.items.map((s) => s.name));
    sheet = context.workbook.worksheets.add(name);
    if (marker) notes.push({ en: `The roll-up sheet was renamed: it is yours now, and a fresh one was made (${name}).`, zh: `汇总工作表已被重命名，现归您所有；已新建汇总工作表（${name}）。` });
  }
  if (existing) {
    existing.resize(sheet.getRange(tableAddress));
  } else {
    sheet.getRange(`A${header + 1}:${cellA1(header, width - 1)}`).values = [cells[header] ?? []];
    const taken = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const table = sheet.tables.add(tableAddress, true);
    let name = ROLLUP_TABLE;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${ROLLUP_TABLE}${n}`;
    table.name = name;
  }
  sheet.getRange(`A1:${cellA1(header - 1, width - 1)}`).values = cells.slice(0, header);
  sheet.getRange(`A${header + 2}:${cellA1(cells.length - 1, width - 1)}`).values = cells.slice(header + 1);
  // Formats: title, the company score, score and share columns as percents.
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A1").format.font.size = 14;
  sheet.getRange(cellA1(ROLLUP_SCORE_CELL.row, ROLLUP_SCORE_CELL.column)).numberFormat = [["0.0%"]];
  sheet.getRange(cellA1(ROLLUP_SCORE_CELL.row, ROLLUP_SCORE_CELL.column)).format.font.bold = true;
  if (teams > 0) {
    sheet.getRange(`C${ROLLUP_HEADER_ROW + 2}:C${ROLLUP_HEADER_ROW + 1 + teams}`).numberFormat = Array.from({ length: teams }, () => ["0.0%"]);
    sheet.getRange(`E${ROLLUP_HEADER_ROW + 2}:E${ROLLUP_HEADER_ROW + 1 + teams}`).numberFormat = Array.from({ length: teams }, () => ["0.0%"]);
  }
  const scoreName = context.workbook.names.getItemOrNullObject(ROLLUP_SCORE_NAME);
  scoreName.load("name");
  const id = sheet.load("id, name");
  await context.sync();

  if (scoreName.isNullObject) context.workbook.names.add(ROLLUP_SCORE_NAME, sheet.getRange(cellA1(ROLLUP_SCORE_CELL.row, ROLLUP_SCORE_CELL.column)), "KPI Scorecard: company score, weighted over the teams (last refresh)");
  context.workbook.settings.add(ROLLUP_MARKER_KEY, JSON.stringify({ id: id.id, name: id.name, rows: cells.length } satisfies RollUpMarker));
  await context.sync();
  return { sheet: id.name, notes };
}
