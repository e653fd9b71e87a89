/**
 * Issue 14 §6: the Chinese sheets hold no untranslated English beyond data and codes. The Chinese
 * sample is evaluated in Chinese and every cell of every sheet the add-in wrote is read as Excel
 * shows it (Range.text, so number formats such as Yes / No count too) and scanned for English words.
 *
 * Allowed, and why:
 * - the tables' header rows: the workbook contract keeps them English in every language (README
 *   "What you can build on"), with a Chinese caption row above;
 * - the status codes (the Status column and the code column of the status-counts block that Status
 *   text looks its words up in): the stable English codes formulas compare with; `Status text`,
 *   what people read, is checked to be Chinese on every row;
 * - names Chinese Excel users read as they are: KPI, SMART, Excel, NPS, XmR; and the data's own text.
 */
import type { EvaluateRequest } from "../../../src/excel";
import { createHost } from "../../../src/host";
import { portFor } from "../port/helpers";

const ALLOWED_WORDS = /KPI|SMART|Excel|NPS|XmR|Kpi\w*|KPI_\w+/g;
const STATUS_CODES = new Set(["On track", "At risk", "Off track", "No data"]);

interface SheetText {
  readonly name: string;
  readonly address: string;
  readonly text: string[][];
  readonly headerRows: { row: number; column: number; columns: number }[];
  readonly statusColumn: number | undefined;
  readonly statusTextColumn: number | undefined;
}

async function evaluatedChineseSample() {
  const host = createHost();
  const port = portFor(host);
  const refs = await port.insertSample("zh");
  const sourceSheet = refs.kpiTable.sheet;
  const request: EvaluateRequest = { kpiTable: refs.kpiTable, strategy: { table: refs.strategyTable }, settings: { asOf: 46_447 }, language: "zh" };
  const outcome = await port.evaluate(request);
  const sheets = await host.run(async (context) => {
    const all = context.workbook.worksheets;
    all.load("items/name");
    await context.sync();
    const wanted = all.items.filter((ws) => ws.name !== sourceSheet && ws.name !== "Sheet1");
    const used = wanted.map((ws) => ws.getUsedRange().load("text,address,rowIndex,columnIndex"));
    const tables = wanted.map((ws) => ws.tables.load("items/name"));
    await context.sync();
    const headers = tables.map((t) => t.items.map((table) => ({ table, header: table.getHeaderRowRange().load("rowIndex,columnIndex,columnCount,values") })));
    await context.sync();
    return wanted.map((ws, i): SheetText => {
      const u = used[i]!;
      const hs = headers[i]!;
      const status = hs.find((h) => h.table.name.startsWith("KpiScorecard"));
      const statusAt = status?.header.values[0]?.indexOf("Status");
      const textAt = status?.header.values[0]?.indexOf("Status text");
      return {
        name: ws.name,
        address: u.address,
        text: u.text.map((row) => row.map((c) => String(c))),
        headerRows: hs.map((h) => ({ row: h.header.rowIndex - u.rowIndex, column: h.header.columnIndex - u.columnIndex, columns: h.header.columnCount })),
        statusColumn: status && statusAt !== undefined && statusAt >= 0 ? status.header.columnIndex + statusAt - u.columnIndex : undefined,
        statusTextColumn: status && textAt !== undefined && textAt >= 0 ? status.header.columnIndex + textAt - u.columnIndex : undefined,
      };
    });
  });
  return { host, outcome, sheets, sourceSheet };
}

/** English words left in a cell's text once data, codes and allowed names are taken out. */
function englishIn(text: string, data: ReadonlySet<string>): string | undefined {
  if (data.has(text.trim())) return undefined;
  let bare = text.replace(ALLOWED_WORDS, "");
  for (const d of data) if (d.length >= 2 && bare.includes(d)) bare = bare.split(d).join("");
  const word = /[A-Za-z]{3,}/.exec(bare);
  return word ? word[0] : undefined;
}

describe("the Chinese sheets speak Chinese (issue 14 §6)", () => {
  let result: Awaited<ReturnType<typeof evaluatedChineseSample>>;
  beforeAll(async () => {
    result = await evaluatedChineseSample();
  }, 60_000);

  test("the add-in wrote its four sheets in Chinese", () => {
    expect(result.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["计分卡", "战略匹配", "SMART 评审", "评估日志"]));
  });

  test("no cell outside data, codes and the contract's English table headers holds an English word", () => {
    // The data: every text the user's source holds (KPI names, owners, units, objectives, deadlines).
    const source = result.host.getValues(result.sourceSheet, "A1:AC17").flat();
    const data = new Set(source.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim()));
    const offenders: string[] = [];
    let scanned = 0;
    for (const sheet of result.sheets) {
      sheet.text.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (cell === "") return;
          if (sheet.headerRows.some((h) => h.row === r && c >= h.column && c < h.column + h.columns)) return;
          if (sheet.statusColumn !== undefined && c !== sheet.statusTextColumn && STATUS_CODES.has(cell)) return;
          scanned++;
          const word = englishIn(cell, data);
          if (word !== undefined) offenders.push(`${sheet.name} r${r + 1}c${c + 1} “${cell}” (${word})`);
        });
      });
    }
    expect(scanned).toBeGreaterThan(300);
    const scorecard = result.sheets.find((s) => s.name === "计分卡")!;
    const statusText = scorecard.text.slice(scorecard.headerRows[0]!.row + 1, scorecard.headerRows[0]!.row + 15).map((row) => row[scorecard.statusTextColumn!]);
    expect(statusText).toHaveLength(14);
    for (const t of statusText) expect(t).toMatch(/^[✔▲✖○] (正常|有风险|偏离|无数据)$/);
    expect(offenders).toEqual([]);
  });

  test("Chinese labels use full-width punctuation: no ASCII colon after Chinese text", () => {
    const ascii: string[] = [];
    for (const sheet of result.sheets)
      for (const row of sheet.text)
        for (const cell of row) if (/[\u4e00-\u9fff]\s?[:;?!]/.test(cell) || /[\u4e00-\u9fff]\s?,\s?[\u4e00-\u9fff]/.test(cell)) ascii.push(`${sheet.name}: “${cell}”`);
    expect(ascii).toEqual([]);
  });
});
