/**
 * The README's "Building on the scorecard" section is a promise to users: every table, header,
 * defined name and fixed cell it lists must be the one the writer uses. This test reads the README and
 * compares it with the code, so a change to either that breaks the contract fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cellA1 } from "../../src/excel/write/a1";
import { DEFINED_NAMES } from "../../src/excel/write/definedNames";
import { SCORECARD_HEADERS } from "../../src/excel/write/labels";
import { ROW } from "../../src/excel/write/scorecardLayout";
import { CONTRACT_TABLES, TABLE_NAMES } from "../../src/excel/write/tableNames";

const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Building on the scorecard"), readme.indexOf("## Architecture"));
const row = (label: string): string => section.split("\n").find((l) => l.startsWith(`| **${label}**`)) ?? "";

describe("README workbook contract", () => {
  it("has the section", () => {
    expect(section.length).toBeGreaterThan(500);
  });

  it("lists exactly the contract tables", () => {
    const firstCell = row("Tables").split("|")[1] ?? "";
    const listed = [...firstCell.matchAll(/`(Kpi\w+)`/g)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(new Set(CONTRACT_TABLES.map((k) => TABLE_NAMES[k])));
  });

  it("lists the KpiScorecard headers in order", () => {
    const details = row("Tables").split("|")[2] ?? "";
    const list = details.slice(details.indexOf("columns:"), details.indexOf(". The tables"));
    const headers = [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(headers).toEqual(SCORECARD_HEADERS.map((h) => h.en));
  });

  it("lists every defined name, and only those", () => {
    const listed = [...row("Defined names").matchAll(/`(KPI_\w+)`/g)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(new Set(DEFINED_NAMES.map((n) => n.name)));
  });

  it("gives each fixed cell the address the defined name refers to", () => {
    const cells = row("Fixed cells");
    const at = (name: string): string => {
      const n = DEFINED_NAMES.find((d) => d.name === name);
      if (n === undefined) throw new Error(name);
      return cellA1(n.row, n.column);
    };
    expect(cells).toContain(`overall score \`${at("KPI_OverallScore")}\``);
    const counts = ["KPI_OnTrack", "KPI_AtRisk", "KPI_OffTrack", "KPI_NoData"].map(at).map((a) => `\`${a}\``).join(", ");
    expect(cells).toContain(counts);
    expect(cells).toContain(`header row is row ${ROW.header + 1}`);
    for (const [label, name] of [
      ["coverage", "KPI_Coverage"],
      ["strength coverage", "KPI_StrengthCoverage"],
      ["weight consistency", "KPI_WeightConsistency"],
      ["balance", "KPI_Balance"],
      ["index", "KPI_MatchIndex"],
      ["pass rate", "KPI_SmartPassRate"],
    ] as const) {
      expect(cells).toMatch(new RegExp(`(^|[ :,])${label} \`${at(name)}\``));
    }
  });
});
