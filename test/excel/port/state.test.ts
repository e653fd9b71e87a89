/** readState / saveState: one JSON text in workbook.settings, sanitised on the way back. */
import { createHost } from "../../../src/host";
import type { StoredState } from "../../../src/excel";
import { sanitizeState } from "../../../src/excel/state/sanitizeState";
import { MAX_STATE_BYTES, STATE_KEY } from "../../../src/excel/state/stateStore";
import { portFor } from "./helpers";

const full: StoredState = {
  kpiTable: { kind: "table", name: "Kpis", sheet: "KPI 2027", address: "'KPI 2027'!A3:P40" },
  strategyTable: { kind: "name", name: "Goals", sheet: "Plan", address: "Plan!A1:B6" },
  columns: { name: 0, target: 4, history: [9, 10, 11] },
  objectives: [{ name: "提升营收", weight: 2, perspective: "financial" }, { name: "Keep customers", weight: 1 }],
  settings: { green: 0.95, amber: 0.85, cap: 1.5, projection: "holt", smart: { maxIncrease: 0.8 } },
  language: "zh",
  company: [
    { table: { kind: "table", name: "KpiSales", sheet: "Sales", address: "Sales!A1:E9" }, name: "销售部", weight: 2 },
    { table: { kind: "range", name: "Ops!A1:E5", sheet: "Ops", address: "Ops!A1:E5" }, name: "Ops" },
  ],
};

describe("state", () => {
  it("round-trips through the document in one sync each way", async () => {
    const host = createHost();
    const port = portFor(host);
    await port.saveState(full);
    expect(host.stats.syncs).toBe(1);
    host.resetStats();
    expect(await port.readState()).toEqual(full);
    expect(host.stats.syncs).toBe(1);
  });

  it("reads {} when nothing was saved, and replaces what was saved", async () => {
    const port = portFor(createHost());
    expect(await port.readState()).toEqual({});
    await port.saveState(full);
    await port.saveState({ language: "en" });
    expect(await port.readState()).toEqual({ language: "en" });
  });

  it("is stored under one key as JSON text, so it travels with the file", async () => {
    const host = createHost();
    await portFor(host).saveState({ language: "zh" });
    const stored = await host.run(async (context) => {
      const item = context.workbook.settings.getItem(STATE_KEY).load("value");
      await context.sync();
      return item.value as unknown;
    });
    expect(stored).toBe('{"language":"zh"}');
  });

  it("ignores a corrupt stored value", async () => {
    const host = createHost();
    await host.run(async (context) => {
      context.workbook.settings.add(STATE_KEY, "{not json");
      await context.sync();
    });
    expect(await portFor(host).readState()).toEqual({});
  });

  it("refuses a state above the size guard with REQUEST_TOO_LARGE and keeps the old one", async () => {
    const host = createHost();
    const port = portFor(host);
    await port.saveState({ language: "zh" });
    const huge: StoredState = { objectives: Array.from({ length: 5000 }, (_, i) => ({ name: `Objective ${i} ${"x".repeat(60)}`, weight: 1 })) };
    await expect(port.saveState(huge)).rejects.toMatchObject({ code: "REQUEST_TOO_LARGE" });
    expect(JSON.stringify(huge).length).toBeGreaterThan(MAX_STATE_BYTES);
    expect(await port.readState()).toEqual({ language: "zh" });
  });
});

describe("sanitizeState", () => {
  it("keeps well-formed fields and drops the rest", () => {
    const input = {
      kpiTable: { kind: "sheet", name: "x", sheet: "S", address: "S!A1" },
      columns: { name: 1, target: -2, actual: 1.5, bogus: 3, history: [4, "5", 6] },
      objectives: [{ name: "A", weight: -1, perspective: "moon" }, { name: "" }, 7],
      settings: { green: 0.9, cap: Number.NaN, projection: "holt", note: null },
      language: "fr",
    };
    const copy = structuredClone(input);
    expect(sanitizeState(input)).toEqual({
      columns: { name: 1, history: [4, 6] },
      objectives: [{ name: "A", weight: 1 }],
      settings: { green: 0.9, projection: "holt" },
    });
    expect(input).toEqual(copy);
  });

  it("gives {} for anything that is not an object", () => {
    for (const bad of [null, undefined, 3, "x", [1]]) expect(sanitizeState(bad)).toEqual({});
  });

  it("keeps only well-formed roll-up teams", () => {
    const teams = sanitizeState({ company: [{ table: full.kpiTable, name: "A", weight: -1 }, { name: "no table" }, 3, { table: full.kpiTable, name: "B", weight: 2 }] }).company;
    expect(teams).toEqual([{ table: full.kpiTable, name: "A" }, { table: full.kpiTable, name: "B", weight: 2 }]);
  });
});
