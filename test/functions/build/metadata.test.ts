import fs from "fs";
import path from "path";

// Reads the metadata `npm run build` emits. Run the build first: `npm run build && npx jest test/functions/build`.
const DIST = path.resolve(__dirname, "../../../dist");

interface ParameterMeta {
  name: string;
  description?: string;
  dimensionality?: string;
  type?: string;
  optional?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMeta[];
  result: { dimensionality?: string; type?: string };
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMeta[];
}

function readDist(file: string): Metadata {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`${full} does not exist: run \`npm run build\` before this test (npm test does).`);
  return JSON.parse(fs.readFileSync(full, "utf8")) as Metadata;
}

/** The public contract of issue 5: names and parameter orders; `?` marks an optional parameter. */
const SMART_ARGS = ["description", "target?", "unit?", "deadline?", "baseline?", "objective?", "objectives?", "history?", "direction?"];
const CONTRACT: Record<string, { params: string[]; result: "matrix" | "scalar" }> = {
  ATTAINMENT: { params: ["actual", "target", "direction?", "baseline?"], result: "matrix" },
  SCORE: { params: ["actual", "target", "direction?", "baseline?", "floor?", "cap?"], result: "matrix" },
  BAND: { params: ["actual", "low", "high"], result: "matrix" },
  NEEDED: { params: ["target", "direction?", "baseline?", "threshold?"], result: "matrix" },
  STATUS: { params: ["score", "green?", "amber?"], result: "matrix" },
  WEIGHTED: { params: ["scores", "weights"], result: "scalar" },
  SMART: { params: SMART_ARGS, result: "matrix" },
  SMARTFLAGS: { params: SMART_ARGS, result: "matrix" },
  SMARTNOTE: { params: SMART_ARGS, result: "matrix" },
  SMARTREWRITE: { params: SMART_ARGS, result: "matrix" },
  ALIGN: { params: ["kpiText", "objectives", "link?"], result: "matrix" },
  BESTOBJECTIVE: { params: ["kpiText", "objectives", "link?"], result: "matrix" },
  MATCHINDEX: { params: ["kpiTexts", "kpiWeights", "objectives", "objectiveWeights?", "kpiLinks?", "kpiPerspectives?"], result: "scalar" },
  PROJECT: { params: ["history", "target", "periodsLeft", "direction?", "baseline?"], result: "matrix" },
  SIGNAL: { params: ["history"], result: "matrix" },
  NUMBER: { params: ["text"], result: "matrix" },
  DEADLINE: { params: ["text"], result: "matrix" },
};

const CJK = /[\u4e00-\u9fff]/;

describe("dist/functions.json", () => {
  const metadata = readDist("functions.json");
  const byId = new Map(metadata.functions.map((f) => [f.id, f]));

  it("lists exactly the seventeen functions of the contract", () => {
    expect([...byId.keys()].sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  it.each(Object.entries(CONTRACT))("%s has its parameters in order, every one a range (matrix) with a description", (id, contract) => {
    const fn = byId.get(id) as FunctionMeta;
    expect(fn.name).toBe(id);
    expect(fn.description?.length).toBeGreaterThan(20);
    expect(fn.parameters.map((p) => `${p.name}${p.optional === true ? "?" : ""}`)).toEqual(contract.params);
    for (const p of fn.parameters) {
      expect(p.dimensionality).toBe("matrix");
      expect(p.type).toBe("any");
      expect(p.description?.length).toBeGreaterThan(5);
    }
    expect(fn.result.dimensionality ?? "scalar").toBe(contract.result);
  });

  it("lets Excel pass error cells to the functions (allowErrorForDataTypeAny)", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  it("has no volatile or streaming function", () => {
    expect(JSON.stringify(metadata)).not.toMatch(/"volatile"|"stream"/);
  });
});

describe("dist/functions.zh-CN.json", () => {
  const english = readDist("functions.json");
  const chinese = readDist("functions.zh-CN.json");

  it("keeps the same ids, names, parameter names and types", () => {
    const shape = (m: Metadata) => m.functions.map((f) => ({ id: f.id, name: f.name, result: f.result, parameters: f.parameters.map(({ description: _d, ...rest }) => rest) }));
    expect(shape(chinese)).toEqual(shape(english));
    expect(chinese.allowErrorForDataTypeAny).toBe(true);
  });

  it("has a Chinese description for every function and parameter", () => {
    for (const fn of chinese.functions) {
      expect(`${fn.id}: ${fn.description ?? ""}`).toMatch(CJK);
      for (const p of fn.parameters) expect(`${fn.id}(${p.name}): ${p.description ?? ""}`).toMatch(CJK);
    }
  });
});
