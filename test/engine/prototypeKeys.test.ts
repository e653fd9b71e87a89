import {
  evaluate,
  extractTextFacts,
  parseCadence,
  parseDeadline,
  parseDirection,
  parseNumber,
  parsePerspective,
  parsePeriodHeader,
  parsePeriodTargetHeader,
  companyRollUp,
  readKpiTable,
  readObjectives,
  roleCandidates,
  roleOfHeader,
  tokenize,
  inferDirectionFromName,
} from "../../src/engine";
import { dateToSerial } from "../../src/engine/parse/serial";
import { PROTOTYPE_KEYS, PROTOTYPE_TEXTS } from "../support/prototypeKeys";

// Text naming an Object.prototype property ("constructor", "toString", "__proto__" …) is ordinary text
// to every parser: it is read as a word, never as the function a plain-object table inherits.

const AS_OF = dateToSerial(2026, 7, 1);

/** Paths inside a value that hold NaN, ±Infinity, a function, or text showing "NaN" / "undefined". */
function badLeaves(value: unknown, path = "$", seen = new Set<unknown>()): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === "function") return [`${path} is a function`];
  if (typeof value === "string") return /NaN|undefined|\[object |function /.test(value) ? [`${path} = "${value}"`] : [];
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([k, v]) => badLeaves(v, `${path}.${k}`, seen));
}

describe("text parsers given Object.prototype names", () => {
  const parsers: [string, (text: string) => unknown][] = [
    ["parseNumber", parseNumber],
    ["parseDeadline", (t) => parseDeadline(t, { asOf: AS_OF })],
    ["parseDirection", parseDirection],
    ["inferDirectionFromName", inferDirectionFromName],
    ["parseCadence", parseCadence],
    ["parsePerspective", parsePerspective],
    ["parsePeriodHeader", parsePeriodHeader],
    ["parsePeriodTargetHeader", parsePeriodTargetHeader],
    ["roleOfHeader", roleOfHeader],
    ["roleCandidates", roleCandidates],
    ["tokenize", tokenize],
    ["extractTextFacts", (t) => extractTextFacts(t, { asOf: AS_OF })],
  ];
  it.each(parsers)("%s reads them as plain words", (_, parse) => {
    const found = PROTOTYPE_TEXTS.flatMap((text) => badLeaves(parse(text), JSON.stringify(text)));
    expect(found).toEqual([]);
  });

  it("finds no deadline, direction or number in a bare prototype name", () => {
    for (const key of PROTOTYPE_KEYS) {
      expect(parseDeadline(key, { asOf: AS_OF }).ok).toBe(false);
      expect(parseDeadline(`by ${key}`, { asOf: AS_OF }).ok).toBe(false);
      expect(parseDirection(key)).toBeUndefined();
      expect(parseNumber(key).ok).toBe(false);
    }
  });
});

describe("a KPI table and a strategy made of Object.prototype names", () => {
  const objectives = readObjectives([["Objective"], ["Hire a constructor"], ["toString"], ["__proto__"], ["Grow revenue"]]).objectives;

  it("reads the objectives as they are written", () => {
    expect(objectives.map((o) => o.name)).toEqual(["Hire a constructor", "toString", "__proto__", "Grow revenue"]);
  });

  it("evaluates every KPI with finite figures and keeps a __proto__ column as data", () => {
    const header = ["KPI", "Objective", "Target", "Actual", "Direction", "Deadline", "Frequency", "Unit", "Perspective", "__proto__", "constructor"];
    const rows = PROTOTYPE_KEYS.map((key) => [`${key} rate`, key, 10, 9, key, `by ${key}`, key, key, key, key, key]);
    const table = readKpiTable([header, ["Revenue", "Grow revenue", 100, 95, "higher", "2026-12-31", "monthly", "$", "Financial", 1, 2], ...rows], { asOf: AS_OF });
    const e = evaluate(table, objectives, { asOf: AS_OF });
    expect(e.kpis).toHaveLength(PROTOTYPE_KEYS.length + 1);
    expect(badLeaves(e)).toEqual([]);
    expect(e.kpis[0]?.score).toBeCloseTo(0.95, 12);
    // The explicit link to "Hire a constructor" is found like any other objective name.
    const constructorRow = e.kpis.find((k) => k.name === "constructor rate");
    expect(constructorRow?.inputs.deadline).toBeUndefined();
    expect(table.kpis[0]?.extra["__proto__"]).toBe(1);
    expect(table.kpis[0]?.extra["constructor"]).toBe(2);
    expect(Object.keys(table.kpis[0]?.extra ?? {})).toEqual(["__proto__", "constructor"]);
  });

  it("rolls KPIs named after prototype properties up into each other, and teams of such names into a company", () => {
    const keys = [...new Set(PROTOTYPE_KEYS)];
    const rows = keys.map((key, i) => [key, i === 0 ? "" : keys[0], 10, 9 + (i % 3), 1]);
    const table = readKpiTable([["KPI", "Parent", "Target", "Actual", "Weight"], ["x", "__proto__", 10, 10, 1], ...rows], { asOf: AS_OF });
    const e = evaluate(table, [], { asOf: AS_OF });
    expect(badLeaves(e)).toEqual([]);
    expect(e.kpis[0]?.cascade?.parent).toBe(1 + keys.indexOf("__proto__"));
    expect(e.kpis[1]?.cascade?.children.length).toBe(keys.length - 1);
    const company = companyRollUp(keys.map((name) => ({ name, total: 1, weight: 1 })));
    expect(company.total).toBe(1);
    expect(badLeaves(company)).toEqual([]);
  });

  it("links a KPI that names 'Hire a constructor' to it explicitly", () => {
    const table = readKpiTable([["KPI", "Objective", "Target", "Actual"], ["Offers accepted", "Hire a constructor", 10, 8]], { asOf: AS_OF });
    const e = evaluate(table, objectives, { asOf: AS_OF });
    expect(e.kpis[0]?.best).toMatchObject({ objective: "Hire a constructor", strength: 9 });
    expect(badLeaves(e)).toEqual([]);
  });
});
