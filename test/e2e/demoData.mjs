// The demo takes your own data (issue 14 §7), in Chinese: a 12-row marketing KPI table pasted as Excel
// copies it (tab-separated, a quoted cell with a newline) into a blank workbook, arrow keys and
// type-to-edit, a click on a cell under a neighbour's spilling text, then Evaluate → Scorecard; a .csv
// and an .xlsx opened and evaluated; the evaluated workbook saved as .xlsx (a download) and read back
// with exceljs: its Scorecard has live formulas.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { watchCsp } from "./addin.mjs";
import { assert, equal } from "./expect.mjs";

const HEADERS = ["指标名称", "说明", "目标值", "实际值", "单位", "方向", "截止日期", "权重"];
const ROWS = [
  ["新增注册用户数", "全渠道新注册", "50000", "46200", "人", "越高越好", "2026-12-31", "10"],
  ["市场合格线索数", "MQL", "8000", "8350", "个", "越高越好", "2026-12-31", "10"],
  ["线索转化率", "MQL→SQL", "12.5%", "11.8%", "%", "越高越好", "2026-12-31", "10"],
  ["获客成本", "单个付费用户", "180", "205", "元", "越低越好", "2026-09-30", "10"],
  ["广告投资回报率", "ROAS", "350%", "372%", "%", "越高越好", "2026-12-31", "10"],
  ["官网月访问量", "UV", "1,200,000", "1,090,000", "次", "越高越好", "2026-12-31", "5"],
  ["邮件打开率", "EDM", "28%", "24.5%", "%", "越高越好", "2026-06-30", "5"],
  ["社交媒体粉丝增长", "微信、微博、抖音\n合计", "60000", "71500", "人", "越高越好", "2026-12-31", "10"],
  ["品牌认知度", "季度调研", "45%", "41%", "%", "越高越好", "2026-12-31", "10"],
  ["客户流失率", "月度", "3%", "3.6%", "%", "越低越好", "2026-12-31", "10"],
  ["活动到场率", "线下活动", "70%", "76%", "%", "越高越好", "2026-10-31", "5"],
  ["内容发布数", "文章与视频", "240", "198", "篇", "越高越好", "2026-12-31", "5"],
];

/** The table as Excel puts it on the clipboard: tabs, CRLF, cells with a newline or a quote in quotes. */
function excelClipboard(rows) {
  const cell = (t) => (/[\t\n"]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  return rows.map((r) => r.map(cell).join("\t")).join("\r\n") + "\r\n";
}

async function snapshot(page) {
  return page.evaluate(() => window.kpiDemo.snapshot());
}

const WRITTEN = /已写入 ([^、]+)、([^、]+)、([^、]+)、(.+)。$/;

/** Presses the pane's 评估 and waits for its "written to" status; returns the Scorecard's name. */
async function evaluate(page, pane) {
  await pane.getByRole("button", { name: "评估", exact: true }).click();
  try {
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector("[data-testid=taskpane] [role=status]")?.textContent ?? ""), WRITTEN.source, { timeout: 30_000 });
  } catch (error) {
    const alert = await pane.getByRole("alert").allInnerTexts();
    throw new Error(`the evaluation did not finish${alert.length ? `; the pane says: ${alert.join(" / ")}` : ""} (${error.message.split("\n")[0]})`);
  }
  const m = WRITTEN.exec(await pane.getByRole("status").innerText());
  const scorecard = m[1];
  await page.getByRole("tab", { name: scorecard, exact: true }).waitFor();
  const sheet = (await snapshot(page)).sheets.find((s) => s.name === scorecard);
  assert(sheet, `no sheet ${scorecard}`);
  return { name: scorecard, sheet };
}

/** KPI names on a Scorecard: column B below its header row. */
function kpiNames(sheet, names) {
  return names.filter((n) => Object.values(sheet.cells).some((c) => c.value === n));
}

export async function demoData({ url, context, root, check }) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await watchCsp(page);
  const pane = page.getByTestId("taskpane");
  const selection = () => page.getByTestId("selection").innerText();

  await check("zh demo: a 12-row KPI table pasted from Excel into a blank workbook", async () => {
    await page.goto(`${url}/?lang=zh`);
    await pane.getByText("14 行 KPI").waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "新建空白工作簿" }).click();
    await page.getByRole("tab", { name: "工作表1" }).waitFor();
    await page.locator('td[data-cell="A1"]').click();
    const text = excelClipboard([HEADERS, ...ROWS]);
    // A paste as Ctrl+V delivers it: a paste event with the clipboard's text/plain at the focused cell.
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData("text/plain", t);
      document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    const sheet = (await snapshot(page)).sheets.find((s) => s.name === "工作表1");
    const v = (a) => sheet.cells[a]?.value;
    equal(v("A1"), "指标名称", "A1");
    equal(v("H1"), "权重", "H1");
    equal(v("A13"), "内容发布数", "A13");
    equal(v("B9"), "微信、微博、抖音\n合计", "a quoted cell with a newline");
    equal(v("C2"), 50000, "a number");
    equal(v("C4"), 0.125, "a percent as typed");
    equal(v("C7"), 1200000, "thousands separators as typed");
    equal(v("G2"), "2026-12-31", "a date stays as typed");
    equal(await selection(), "工作表1!A1", "the pasted block is selected from its top-left cell");
  });

  await check("zh demo: arrow keys, type-to-edit, Enter/Tab/Escape/F2, and a click under spilling text", async () => {
    const cell = (a) => page.locator(`td[data-cell="${a}"]`);
    await cell("A16").click();
    // (A first key a keyboard sends: Playwright types Chinese characters as IME-style text input.)
    await page.keyboard.type("Long text 一段很长的文字会溢出到右边的空单元格");
    await page.keyboard.press("Enter");
    equal(await selection(), "工作表1!A17", "Enter commits and moves down");
    let sheet = (await snapshot(page)).sheets.find((s) => s.name === "工作表1");
    equal(sheet.cells.A16?.value, "Long text 一段很长的文字会溢出到右边的空单元格", "typed text");
    // B16 lies under A16's spilling text: a click there selects B16, not A16.
    const box = await cell("B16").boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    equal(await selection(), "工作表1!B16", "click under spilling text");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowRight");
    equal(await selection(), "工作表1!C15", "arrow keys");
    await page.keyboard.type("7");
    await page.keyboard.press("Tab");
    equal(await selection(), "工作表1!D15", "Tab commits and moves right");
    await page.keyboard.type("x");
    await page.keyboard.press("Escape");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("F2");
    await page.keyboard.type("5");
    await page.keyboard.press("Enter");
    sheet = (await snapshot(page)).sheets.find((s) => s.name === "工作表1");
    equal(sheet.cells.C15?.value, 75, "typed 7, then F2 kept it and appended 5");
    equal(sheet.cells.D15?.value ?? "", "", "Escape cancelled the edit");
    // Clear what was typed (Delete), so the KPI table stands alone again.
    for (const a of ["A16", "C15"]) {
      await cell(a).click();
      await page.keyboard.press("Delete");
    }
    sheet = (await snapshot(page)).sheets.find((s) => s.name === "工作表1");
    assert(!sheet.cells.A16?.value && !sheet.cells.C15?.value, "Delete clears");
  });

  await check("zh demo: the pasted table is evaluated into a Scorecard", async () => {
    await page.locator('td[data-cell="A1"]').click();
    await pane.getByRole("button", { name: "重新查找表格" }).click();
    await pane.getByText("12 行 KPI").waitFor({ timeout: 20_000 });
    const { sheet } = await evaluate(page, pane);
    const names = ROWS.map((r) => r[0]);
    equal(kpiNames(sheet, names).length, 12, "KPIs on the Scorecard");
    assert(Object.values(sheet.cells).some((c) => c.formula), "the Scorecard has formulas");
  });

  let saved;
  await check("zh demo: a .csv file is opened and evaluated", async () => {
    await page.getByTestId("open-file").setInputFiles(join(root, "test/fixtures/demo/kpis-zh.csv"));
    await page.getByTestId("demo-message").getByText("已打开 kpis-zh.csv").waitFor({ timeout: 20_000 });
    await page.getByRole("tab", { name: "kpis-zh" }).waitFor();
    await pane.getByText("6 行 KPI").waitFor({ timeout: 20_000 });
    const { sheet } = await evaluate(page, pane);
    equal(kpiNames(sheet, ["新客户数", "客户满意度", "获客成本", "官网转化率", "社媒互动量（\"点赞+评论\"）", "品牌搜索指数"]).length, 6, "CSV KPIs on the Scorecard");
  });

  await check("zh demo: an .xlsx file is opened (table, formulas, dates) and evaluated", async () => {
    await page.getByTestId("open-file").setInputFiles(join(root, "test/fixtures/demo/marketing-kpis.xlsx"));
    await page.getByTestId("demo-message").getByText("已打开 marketing-kpis.xlsx").waitFor({ timeout: 30_000 });
    await pane.getByText("4 行 KPI").waitFor({ timeout: 20_000 });
    const opened = (await snapshot(page)).sheets.find((s) => s.name === "KPIs");
    equal(opened.cells.G2?.formula, "=E2+F2", "a formula of the file");
    equal(opened.tables[0]?.name, "Kpis", "the file's Excel table");
    const { name, sheet } = await evaluate(page, pane);
    equal(kpiNames(sheet, ["Qualified leads", "Email open rate", "Cost per lead", "Webinar sign-ups"]).length, 4, "xlsx KPIs on the Scorecard");
    saved = name;
  });

  await check("zh demo: Save as .xlsx downloads a workbook whose Scorecard has formulas", async () => {
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.getByRole("button", { name: "另存为 .xlsx" }).click()]);
    equal(download.suggestedFilename(), "marketing-kpis.xlsx", "file name");
    const path = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await readFile(path));
    const shown = (await snapshot(page)).sheets.map((s) => s.name);
    equal(workbook.worksheets.map((w) => w.name).join(", "), shown.join(", "), "sheets in the file");
    const scorecard = workbook.getWorksheet(saved);
    assert(scorecard, `no ${saved} in the file`);
    const formulas = [];
    scorecard.eachRow((row) => row.eachCell((c) => {
      if (c.formula) formulas.push([c.address, c.formula, c.result]);
    }));
    assert(formulas.length >= 20, `only ${formulas.length} formulas on ${saved}`);
    assert(formulas.some(([, f]) => f.includes("Kpis[")), "the Scorecard's lookups into the KPI table are in the file");
    assert(workbook.getWorksheet("KPIs").getTables().length === 1, "the KPI table is an Excel table in the file");
    const live = (await snapshot(page)).sheets.find((s) => s.name === saved);
    const [address, , result] = formulas.find(([a]) => typeof live.cells[a]?.value === "number");
    equal(result, live.cells[address].value, `cached result of ${address}`);
  });

  await check("zh demo: no uncaught page errors and no Content-Security-Policy violation", async () => {
    assert(errors.length === 0, errors.join("\n"));
    equal((await page.evaluate(() => window.__csp)).join("; "), "", "CSP violations");
  });
  await page.close();
}
