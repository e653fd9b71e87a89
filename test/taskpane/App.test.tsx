import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { WorkbookError, type CompanyRequest } from "../../src/excel/port";
import { REFRESH_REQUESTED_EVENT } from "../../src/excel/refreshEvent";
import { App } from "../../src/taskpane/App";
import { preloadPanels } from "../../src/taskpane/panels";
import { fakeOutcome, fakePort, TABLE } from "./fakePort";

async function renderReady(port = fakePort()) {
  render(<App port={port} />);
  await screen.findByText("KPI table: KpiTable on sheet KPIs");
  return port;
}

/** Opens the folded "Table and columns" set-up. */
function openSetup() {
  fireEvent.click(screen.getByRole("button", { name: "Table and columns" }));
}

async function evaluate() {
  fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
  await screen.findByText("Overall score");
}

describe("App", () => {
  // The pane's folded sections and results are lazy chunks. Their first load (a module transform in
  // jest) takes seconds on a busy 2-core machine; do it before the tests, never inside a timed wait.
  beforeAll(preloadPanels, 60_000);

  // Failed actions are also logged for diagnosis; keep the test output clean and check they were.
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it("shows the detected table, its rows and each recognised column with its role", async () => {
    await renderReady();
    expect(screen.getByText(/3 KPI rows/)).toBeInTheDocument();
    // a name and an actual column were found: the set-up stays folded until asked for
    expect(screen.queryByRole("combobox", { name: "Role of column D “Actual”" })).not.toBeInTheDocument();
    openSetup();
    // Columns start at B (range B3:J6): "KPI" is column B, "Actual" D.
    const roleOfActual = await screen.findByRole("combobox", { name: "Role of column D “Actual”" });
    expect(roleOfActual).toHaveTextContent("Actual");
    expect(screen.getByRole("combobox", { name: "Role of column C “Goal”" })).toHaveTextContent("Not used");
    expect(screen.getByText("History: 3 period columns (Jan … Mar)")).toBeInTheDocument();
  });

  it("shows a Parent column's role and the per-period target columns (issue 13 §6)", async () => {
    const cascade = {
      ...TABLE,
      headers: [...TABLE.headers, "上级指标", "Target Jan", "Target Feb"],
      columns: { ...TABLE.columns, parent: 9, periodTargets: [{ column: 10, label: "Jan", index: 0 }, { column: 11, label: "Feb", index: 1 }] },
    };
    await renderReady(fakePort({ detect: jest.fn(() => Promise.resolve({ kpiTables: [cascade], strategyTables: [] })) }));
    openSetup();
    // columns start at B: the Parent column is K
    expect(await screen.findByRole("combobox", { name: "Role of column K “上级指标”" })).toHaveTextContent("Parent KPI");
    expect(screen.queryByRole("combobox", { name: "Role of column L “Target Jan”" })).not.toBeInTheDocument();
    expect(screen.getByText("Targets per period: 2 columns (Target Jan … Target Feb); pace and projection use them")).toBeInTheDocument();
  });

  it("sends a corrected column role with the evaluation", async () => {
    const port = await renderReady();
    openSetup();
    fireEvent.click(await screen.findByRole("combobox", { name: "Role of column C “Goal”" }));
    fireEvent.click(await screen.findByRole("option", { name: "Target" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Role of column C “Goal”" })).toHaveTextContent("Target"));
    await evaluate();
    expect(port.calls.evaluate).toHaveLength(1);
    // "Goal" is column 1 inside the table's range; only the changed role is sent.
    expect(port.calls.evaluate[0]?.columns).toEqual({ target: 1 });
    expect(port.calls.evaluate[0]?.kpiTable).toEqual(TABLE.ref);
    expect(port.calls.evaluate[0]?.language).toBe("en");
  });

  it("shows the summary after Evaluate: overall score, match index with band, counts and SMART pass rate", async () => {
    await renderReady();
    await evaluate();
    expect(screen.getByTestId("overall-score")).toHaveTextContent("97%"); // total 0.97
    expect(screen.getByTestId("match-index")).toHaveTextContent("68 · Moderate"); // 68.4 rounded
    expect(screen.getByTestId("smart-pass-rate")).toHaveTextContent("67%"); // 2/3
    expect(screen.getByText(/At risk/, { selector: "li" })).toHaveTextContent("At risk: 1");
    expect(screen.getByRole("button", { name: "Refresh" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Done. Written to Scorecard, Strategy Match, SMART Review, Evaluation Log.");
  });

  it("lists the KPIs worst first with status word, score and trend; a click opens the KPI's card", async () => {
    const port = await renderReady();
    await evaluate();
    const list = screen.getByRole("list", { name: "KPIs, worst first (3)" });
    const rows = within(list).getAllByRole("button");
    // the name a screen reader hears: KPI, status word, score (the icon is hidden from it)
    expect(rows.map((r) => r.textContent?.replace(/[▲✔✖○]\s/u, ""))).toEqual(["Customer happinessAt risk92%", "DefectsNo datan/a", "RevenueOn track105%"]);
    expect(rows[0]).toHaveTextContent("▲ At risk");
    expect(rows[1]).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(rows[1] as HTMLElement);
    expect(rows[1]).toHaveAttribute("aria-expanded", "true");
    const card = screen.getByTestId("kpi-card");
    expect(card).toHaveTextContent("No actual yet: nothing to score.");
    expect(card).toHaveTextContent("Thresholds: On track ≥ 100%, At risk ≥ 90% (the settings').");
    fireEvent.click(within(card).getByRole("button", { name: "Go to its row" }));
    // Defects is KPI 2: source row 5, name column B (1)
    await waitFor(() => expect(port.calls.select).toEqual([{ sheet: "KPIs", row: 5, column: 1 }]));
    fireEvent.click(rows[1] as HTMLElement);
    expect(screen.queryByTestId("kpi-card")).not.toBeInTheDocument();
  });

  it("writes out the score's arithmetic, what is needed, the SMART verdicts, the match and the trend on the card", async () => {
    const outcome = fakeOutcome();
    const kpis = outcome.evaluation.kpis.map((k, i) =>
      i === 0
        ? {
            ...k,
            inputs: { ...k.inputs, actual: 44.6, target: 45, direction: "lower" as const },
            score: 7.4 / 7,
            best: { objective: "Grow revenue", strength: 9 as const, evidence: { en: "shared words: revenue", zh: "共同词：营收" } },
            trend: { points: 4, notes: [], projection: { value: 43, method: "linear" as const, periodsLeft: 3, attainment: 1.04 }, pace: { expected: 46, behind: false } },
          }
        : k,
    );
    await renderReady(fakePort({ evaluate: jest.fn(() => Promise.resolve({ ...outcome, evaluation: { ...outcome.evaluation, kpis } })) }));
    await evaluate();
    fireEvent.click(screen.getByRole("button", { name: /^Revenue/ }));
    const card = screen.getByTestId("kpi-card");
    expect(card).toHaveTextContent("1 − (44.6 − 45) / |45| = 100.9%");
    expect(card).toHaveTextContent("100.9% ≥ 100% → On track");
    expect(card).toHaveTextContent("Actual needed: for On track ≤ 45; for At risk ≤ 49.5.");
    expect(card).toHaveTextContent("Serves “Grow revenue” best (strength 9 of 9): shared words: revenue");
    expect(card).toHaveTextContent("Projected 43 at the deadline (periods left: 3): 104% of target.");
    expect(card).toHaveTextContent("On pace: 46 expected by now.");
    expect(within(card).getAllByRole("listitem")).toHaveLength(5);
  });

  it("reaches Evaluate with the first Tab stop, and shows the result above the set-up", async () => {
    await renderReady();
    const user = document.body;
    const focusable = [...user.querySelectorAll<HTMLElement>("button, select, input, [tabindex]:not([tabindex='-1']), a[href]")].filter((e) => !e.hasAttribute("disabled"));
    expect(focusable.findIndex((e) => e.textContent === "Evaluate")).toBeLessThan(4);
    await evaluate();
    const order = [...document.querySelectorAll("h2, h3")].map((h) => h.textContent ?? "");
    expect(order.findIndex((h) => h.startsWith("Summary"))).toBeLessThan(order.findIndex((h) => h.includes("Table and columns")));
  });

  it("opens the set-up when the columns leave the evaluation in doubt (no target and no actual)", async () => {
    const doubtful = { ...TABLE, columns: { name: 0, history: [] } };
    render(<App port={fakePort({ detect: jest.fn(() => Promise.resolve({ kpiTables: [doubtful], strategyTables: [] })) })} />);
    await screen.findByText("KPI table: KpiTable on sheet KPIs");
    expect(await screen.findByRole("combobox", { name: "Role of column D “Actual”" })).toHaveTextContent("Not used");
    expect(screen.getByRole("button", { name: "Table and columns" })).toHaveAttribute("aria-expanded", "true");
    // says what is missing, and puts the focus on the first column without a role
    expect(screen.getByRole("alert")).toHaveTextContent("No Target or Actual column was recognised");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Role of column C “Goal”" })));
  });

  it("selects the KPI's cell when a SMART problem is clicked", async () => {
    const port = await renderReady();
    await evaluate();
    const smartList = screen.getByRole("list", { name: "SMART problems" });
    fireEvent.click(within(smartList).getByRole("button", { name: "Customer happiness — Time-bound: No deadline" }));
    // KPI 1 is on absolute row 4; a Time-bound problem goes to the deadline column (5 = F).
    await waitFor(() => expect(port.calls.select).toEqual([{ sheet: "KPIs", row: 4, column: 5 }]));
  });

  it("proposes the SMART rewrite of a KPI that is not fully SMART, in the display language", async () => {
    await renderReady();
    await evaluate();
    const smartList = screen.getByRole("list", { name: "SMART problems" });
    expect(within(smartList).getByText("Customer happiness — SMART version: Raise CSAT from 78 to 85 by ‹deadline› (owner Bo).")).toBeInTheDocument();
  });

  it("lists uncovered objectives, orphan KPIs and signals", async () => {
    const port = await renderReady();
    await evaluate();
    expect(screen.getByText("Objective without a KPI: Build skills")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "KPI serving no objective: Defects" }));
    await waitFor(() => expect(port.calls.select).toEqual([{ sheet: "KPIs", row: 5, column: 6 }])); // objective column G
    expect(screen.getByRole("button", { name: "Customer happiness: a point above the upper limit" })).toBeInTheDocument();
  });

  it("shows a WorkbookError in a MessageBar in the display language", async () => {
    const port = fakePort({
      evaluate: jest.fn(() =>
        Promise.reject(new WorkbookError("SHEET_PROTECTED", { en: "The sheet is protected: unprotect it and try again.", zh: "工作表受保护：请取消保护后重试。" })),
      ),
    });
    await renderReady(port);
    fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The sheet is protected: unprotect it and try again.");
    expect(consoleError).toHaveBeenCalled();
    fireEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("says when a sheet was written under another name and what the writer skipped", async () => {
    const outcome = {
      ...fakeOutcome(),
      sheets: { ...fakeOutcome().sheets, scorecard: "Scorecard (2)" },
      renamed: [{ wanted: "Scorecard", used: "Scorecard (2)" }],
      notes: [{ en: "Conditional formats need ExcelApi 1.6: skipped.", zh: "条件格式需要 ExcelApi 1.6：已跳过。" }],
    };
    await renderReady(fakePort({ evaluate: jest.fn(() => Promise.resolve(outcome)) }));
    await evaluate();
    expect(screen.getByText("A sheet of yours is already called “Scorecard”, so the add-in wrote “Scorecard (2)” instead and left yours untouched.")).toBeInTheDocument();
    expect(screen.getByText("Conditional formats need ExcelApi 1.6: skipped.")).toBeInTheDocument();
  });

  it("offers to convert a plain-range source into an Excel table, then uses and stores the table", async () => {
    const range = { ...TABLE, ref: { kind: "range" as const, name: "KPIs!B3:J6", sheet: "KPIs", address: "KPIs!B3:J6" } };
    const converted = { ...TABLE, ref: { kind: "table" as const, name: "Kpis", sheet: "KPIs", address: "KPIs!B3:J6" } };
    const detect = jest.fn().mockResolvedValueOnce({ kpiTables: [range], strategyTables: [] }).mockResolvedValue({ kpiTables: [converted], strategyTables: [] });
    const port = fakePort({ detect });
    render(<App port={port} />);
    await screen.findByText("KPI table: KPIs!B3:J6 on sheet KPIs");
    fireEvent.click(screen.getByRole("button", { name: "Convert to Excel table" }));
    await screen.findByText("Converted to the Excel table Kpis.");
    expect(port.convertToTable).toHaveBeenCalledWith(range);
    expect(await screen.findByText("KPI table: Kpis on sheet KPIs")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Convert to Excel table" })).not.toBeInTheDocument();
    expect(port.calls.saveState.at(-1)?.kpiTable).toEqual(converted.ref);
  });

  it("keeps the grown range a refresh reports, stores it and shows the note", async () => {
    const range = { ...TABLE, ref: { kind: "range" as const, name: "KPIs!B3:J6", sheet: "KPIs", address: "KPIs!B3:J6" } };
    const grown = { kind: "range" as const, name: "KPIs!B3:J7", sheet: "KPIs", address: "KPIs!B3:J7" };
    const note = { en: "The KPI range grew from KPIs!B3:J6 to KPIs!B3:J7.", zh: "KPI 区域已扩展。" };
    const port = fakePort({
      detect: jest.fn(() => Promise.resolve({ kpiTables: [range], strategyTables: [] })),
      evaluate: jest.fn(() => Promise.resolve({ ...fakeOutcome(), kpiTable: grown, notes: [note] })),
    });
    render(<App port={port} />);
    await screen.findByText("KPI table: KPIs!B3:J6 on sheet KPIs");
    await evaluate();
    expect(screen.getByText(note.en)).toBeInTheDocument();
    await waitFor(() => expect(port.calls.saveState.at(-1)?.kpiTable).toEqual(grown));
    expect(screen.getByText(/KPIs!B3:J7/, { selector: "p" })).toBeInTheDocument();
  });

  it("says the results are stale when the source changes after an evaluation, and refreshes from the notice", async () => {
    let changed: (() => void) | undefined;
    const port = fakePort({
      watch: jest.fn((_tables: unknown, onChange: () => void) => {
        changed = onChange;
        return Promise.resolve(true);
      }),
    });
    await renderReady(port);
    await evaluate();
    await waitFor(() => expect(port.watch).toHaveBeenCalledWith([TABLE.ref], expect.any(Function)));
    expect(screen.queryByTestId("stale")).not.toBeInTheDocument();
    act(() => {
      changed?.();
      changed?.(); // a paste: many changes, one notice
    });
    const notice = await screen.findByTestId("stale", undefined, { timeout: 3000 });
    expect(notice).toHaveTextContent("The KPI table changed after this evaluation");
    fireEvent.click(within(notice).getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(port.calls.evaluate).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId("stale")).not.toBeInTheDocument());
  });

  it("says which objectives are used: a strategy table on another sheet only when picked", async () => {
    const sample = { ref: { kind: "table" as const, name: "SampleGoals", sheet: "KPI Sample", address: "'KPI Sample'!N3:O6" }, rowCount: 4, headers: ["Objective", "Weight"], headerRow: 0, columns: { name: 0, weight: 1, history: [] } };
    const port = fakePort({ detect: jest.fn(() => Promise.resolve({ kpiTables: [TABLE], strategyTables: [sample] })) });
    await renderReady(port);
    expect(screen.getByTestId("strategy-line")).toHaveTextContent("No objectives yet: Strategy Match needs them");
    await evaluate();
    expect(port.calls.evaluate[0]?.strategy).toEqual({ objectives: [] });

    fireEvent.click(screen.getByRole("button", { name: "Strategy" }));
    fireEvent.change(await screen.findByLabelText("Objectives from"), { target: { value: sample.ref.address } });
    expect(screen.getByTestId("strategy-line")).toHaveTextContent("Objectives: SampleGoals on sheet KPI Sample (4), chosen under Strategy");
    fireEvent.click(screen.getAllByRole("button", { name: "Refresh" })[0] as HTMLElement);
    await waitFor(() => expect(port.calls.evaluate[1]?.strategy).toEqual({ table: sample.ref }));
    await waitFor(() => expect(port.calls.saveState.at(-1)?.strategyTable).toEqual(sample.ref));
  });

  it("rolls several team tables up into a company score with names and weights, and keeps them", async () => {
    const ops = { ...TABLE, ref: { kind: "table" as const, name: "KpiOps", sheet: "Ops", address: "Ops!A1:E3" } };
    const port = fakePort({ detect: jest.fn(() => Promise.resolve({ kpiTables: [TABLE, ops], strategyTables: [] })) });
    const left = { en: "“Scorecard · People” (table KpiPeople) is not in this roll-up: it was kept as it was and not refreshed.", zh: "“计分卡 · People”（表 KpiPeople）不在本次汇总中：已原样保留，未刷新。" };
    const roll = port.evaluateCompany.getMockImplementation()!;
    port.evaluateCompany.mockImplementation(async (request: CompanyRequest) => ({ ...(await roll(request)), notes: [left] }));
    await renderReady(port);
    fireEvent.click(screen.getByRole("button", { name: "Company roll-up" }));
    fireEvent.change(await screen.findByRole("textbox", { name: "Team name 1" }), { target: { value: "Sales" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Weight of team 1" }), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Roll up 2 teams" }));
    const result = await screen.findByTestId("company-result");
    expect(result).toHaveTextContent("95%");
    expect(result).toHaveTextContent("Sales: 90% (share 50%)");
    expect(result).toHaveTextContent("Written to Company Roll-up and to each team's Scorecard: Scorecard · Sales, Scorecard · Ops.");
    // what the roll-up left alone is said (a team scorecard of an earlier roll-up, not refreshed)
    expect(result).toHaveTextContent(left.en);
    const request = (port.evaluateCompany.mock.calls[0] as [CompanyRequest])[0];
    expect(request.teams.map((t) => [t.name, t.weight, t.request.kpiTable.address])).toEqual([["Sales", 2, "KPIs!B3:J6"], ["Ops", 1, "Ops!A1:E3"]]);
    expect(port.calls.saveState.at(-1)?.company).toEqual([{ table: TABLE.ref, name: "Sales", weight: 2 }, { table: ops.ref, name: "Ops", weight: 1 }]);
  });

  it("shows no note when the refresh went as usual", async () => {
    await renderReady();
    await evaluate();
    expect(screen.queryByText("Note")).not.toBeInTheDocument();
  });

  it("runs a Refresh asked for while the pane is still detecting, once the table is found", async () => {
    let found: (d: { kpiTables: (typeof TABLE)[]; strategyTables: never[] }) => void = () => undefined;
    const port = fakePort({ detect: jest.fn(() => new Promise((resolve) => (found = resolve))) });
    render(<App port={port} />);
    await waitFor(() => expect(port.detect).toHaveBeenCalled());
    act(() => {
      window.dispatchEvent(new CustomEvent(REFRESH_REQUESTED_EVENT));
    });
    expect(port.calls.evaluate).toHaveLength(0);
    await act(() => Promise.resolve(found({ kpiTables: [TABLE], strategyTables: [] })));
    await screen.findByText("Overall score");
    expect(port.calls.evaluate).toHaveLength(1);
  });

  it("drops a Refresh asked for when detection finds no table", async () => {
    let found: (d: { kpiTables: never[]; strategyTables: never[] }) => void = () => undefined;
    const port = fakePort({ detect: jest.fn(() => new Promise((resolve) => (found = resolve))) });
    render(<App port={port} />);
    await waitFor(() => expect(port.detect).toHaveBeenCalled());
    act(() => {
      window.dispatchEvent(new CustomEvent(REFRESH_REQUESTED_EVENT));
    });
    await act(() => Promise.resolve(found({ kpiTables: [], strategyTables: [] })));
    expect(port.calls.evaluate).toHaveLength(0);
  });

  it("shows an unexpected error rather than failing silently", async () => {
    const port = fakePort({ detect: jest.fn(() => Promise.reject(new Error("boom"))) });
    render(<App port={port} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("Unexpected error: boom.");
  });

  it("speaks Chinese when Office's language is zh", async () => {
    const port = fakePort({ language: jest.fn(() => Promise.resolve("zh" as const)) });
    render(<App port={port} />);
    await screen.findByText("KPI 表：工作表 KPIs 中的 KpiTable");
    fireEvent.click(screen.getByRole("button", { name: "评估" }));
    await screen.findByText("总体得分");
    expect(screen.getByText(/预警/, { selector: "li" })).toHaveTextContent("预警：1"); // "At risk" translated, full-width colon
    expect(screen.getByRole("button", { name: "Customer happiness — 有时限：没有截止日期" })).toBeInTheDocument();
    expect(port.calls.evaluate[0]?.language).toBe("zh");
  });

  it("evaluates when the ribbon's Refresh command raises its event", async () => {
    const port = await renderReady();
    act(() => {
      window.dispatchEvent(new CustomEvent(REFRESH_REQUESTED_EVENT, { detail: { source: "ribbon", requestedAt: 0 } }));
    });
    await screen.findByText("Overall score");
    expect(port.evaluate).toHaveBeenCalledTimes(1);
  });

  it("inserts a formula built from the detected (and corrected) columns into the active cell", async () => {
    const port = await renderReady();
    openSetup();
    fireEvent.click(await screen.findByRole("combobox", { name: "Role of column C “Goal”" }));
    fireEvent.click(await screen.findByRole("option", { name: "Target" }));
    fireEvent.click(screen.getByRole("button", { name: "Formulas" }));
    fireEvent.click(await screen.findByRole("button", { name: "Insert KPI.SCORE" }));
    // Active cell row 4 (Excel row 5) is inside the table; actual D, target C (corrected), direction E.
    await waitFor(() => expect(port.calls.insertFormula).toEqual(["=KPI.SCORE(D5,C5,E5)"]));
    expect(await screen.findByText("Inserted =KPI.SCORE(D5,C5,E5) into KPIs!L5.")).toBeInTheDocument();
  });

  it("applies typed objectives and settings to the next Evaluate and keeps them in the workbook", async () => {
    const port = await renderReady();
    fireEvent.click(screen.getByRole("button", { name: "Strategy" }));
    fireEvent.click(await screen.findByRole("button", { name: "Add objective" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Objective 1" }), { target: { value: "Grow revenue" } });
    fireEvent.change(screen.getByRole("spinbutton", { name: "Priority weight of objective 1" }), { target: { value: "3" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Perspective of objective 1" }), { target: { value: "financial" } });

    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    // thresholds are shown as percents and accept "95%", "0.85" and "150"
    expect(await screen.findByLabelText("On track at score ≥")).toHaveValue("100%");
    fireEvent.change(screen.getByLabelText("On track at score ≥"), { target: { value: "95%" } });
    fireEvent.change(screen.getByLabelText("At risk at score ≥"), { target: { value: "0.85" } });
    fireEvent.change(screen.getByLabelText("Score cap"), { target: { value: "150" } });
    fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2026-12-31" } });
    expect(screen.getByText("Changes apply to the next Evaluate. Thresholds are scores: 100% = on target.")).toBeInTheDocument();
    // nothing is written until Evaluate
    expect(port.calls.saveState).toHaveLength(0);

    await evaluate();
    const request = port.calls.evaluate[0];
    expect(request?.settings).toMatchObject({ green: 0.95, amber: 0.85, floor: 0, cap: 1.5, asOf: 46387 });
    expect(request?.strategy).toEqual({ objectives: [{ name: "Grow revenue", weight: 3, perspective: "financial" }] });
    const saved = port.calls.saveState.at(-1);
    expect(saved?.settings).toEqual({ green: 0.95, amber: 0.85, floor: 0, cap: 1.5, asOf: 46387 });
    expect(saved?.objectives).toEqual([{ name: "Grow revenue", weight: 3, perspective: "financial" }]);
  });

  it("uses edits without saving them when 'keep in the workbook' is cleared, and refuses amber above green", async () => {
    const port = await renderReady();
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    fireEvent.click(await screen.findByRole("checkbox", { name: /Keep settings and objectives in the workbook/ }));
    fireEvent.change(screen.getByLabelText("On track at score ≥"), { target: { value: "80%" } });
    // amber 90 % is now above green: not used, and said so
    expect(screen.getByRole("alert")).toHaveTextContent("amber must not exceed green");
    fireEvent.change(screen.getByLabelText("At risk at score ≥"), { target: { value: "70%" } });
    await evaluate();
    expect(port.calls.evaluate[0]?.settings).toMatchObject({ green: 0.8, amber: 0.7 });
    expect(port.calls.saveState.at(-1)?.settings).toBeUndefined();
  });

  it("switches the pane's language at once", async () => {
    await renderReady();
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    fireEvent.change(await screen.findByLabelText("Language"), { target: { value: "zh" } });
    expect(await screen.findByRole("button", { name: "评估" })).toBeInTheDocument();
  });
});
