/** A workbook whose strategy and KPI text name Object.prototype properties evaluates like any other. */
import { createHost } from "../../../src/host";
import { addTable, portFor } from "./helpers";

const AS_OF = 46_447; // 2027-02-28

it("evaluates an objective named 'Hire a constructor' and writes no NaN into any sheet", async () => {
  const host = createHost({ sheets: ["Data"] });
  host.setCells("Data", "A1:F4", [
    ["KPI", "Objective", "Target", "Actual", "Deadline", "Direction"],
    ["Offers accepted", "Hire a constructor", 10, 8, "by constructor", "constructor"],
    ["Revenue", "Grow revenue", 100, 104, "2027-12-31", "higher"],
    ["toString rate", "toString", 0.5, 0.45, "constructor", "__proto__"],
  ]);
  host.setCells("Data", "H1:H4", [["Objective"], ["Hire a constructor"], ["Grow revenue"], ["toString"]]);
  await addTable(host, "Data", "A1:F4", "Kpis");
  await addTable(host, "Data", "H1:H4", "Goals");
  const outcome = await portFor(host).evaluate({
    kpiTable: { kind: "table", name: "Kpis", sheet: "Data", address: "Data!A1:F4" },
    strategy: { table: { kind: "table", name: "Goals", sheet: "Data", address: "Data!H1:H4" } },
    settings: { asOf: AS_OF },
    language: "en",
  });
  expect(outcome.evaluation.kpis.map((k) => [k.best.objective, k.best.strength])).toEqual([
    ["Hire a constructor", 9],
    ["Grow revenue", 9],
    ["toString", 9],
  ]);
  // "by constructor" is no deadline: the KPI says so instead of showing a date.
  expect(outcome.evaluation.kpis[0]?.inputs.deadline).toBeUndefined();
  for (const sheet of Object.values(outcome.sheets)) {
    const text = JSON.stringify(host.getValues(sheet, "A1:AZ80"));
    expect({ sheet, nan: /NaN/.test(text) }).toEqual({ sheet, nan: false });
  }
});
