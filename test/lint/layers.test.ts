/* Proves the layer rules of eslint.config.mjs bite: fixture files are written into the layers they
 * break, linted in one ESLint run (type-aware linting costs seconds per run), then removed.
 * The ESLint Node API runs in a child process (runEslint.cjs): jest cannot load the ESM flat config. */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const TAG = `__layer_fixture_${process.pid}`;
const LAYER_RULES = ["import-x/no-restricted-paths", "no-restricted-globals"];

/** Fixture files (repo-relative path → source). Each line that must be flagged ends in a marker. */
const fixtures: Record<string, string> = {
  // A legal module in the Excel adapter: the import target for the others, and itself clean.
  [`src/excel/${TAG}_adapter.ts`]: ['import type { Kpi } from "../engine";', "export const adapterName = (k: Kpi): string => String(k);", ""].join("\n"),
  // The engine imports a layer above it and touches Office and DOM globals.
  [`src/engine/${TAG}_engine.ts`]: [
    `import { adapterName } from "../excel/${TAG}_adapter"; // BAD:import-x/no-restricted-paths`,
    "export const width = (): number => window.innerWidth; // BAD:no-restricted-globals",
    "export const run = (): Promise<void> => Excel.run(async () => {}); // BAD:no-restricted-globals",
    "export const name = adapterName;",
    "",
  ].join("\n"),
  // A legal module of the in-memory host (imports nothing of ours).
  [`src/host/${TAG}_host.ts`]: ['export const hostName = "memory";', ""].join("\n"),
  // The task pane imports the custom functions and the in-memory host, and calls Excel directly.
  [`src/taskpane/${TAG}_pane.ts`]: [
    'import { attainment } from "../functions/functions"; // BAD:import-x/no-restricted-paths',
    `import { hostName } from "../host/${TAG}_host"; // BAD:import-x/no-restricted-paths`,
    "export const ratio = `${hostName}:${attainment(1, 2)}`;",
    "export const run = (): Promise<void> => Excel.run(async () => {}); // BAD:no-restricted-globals",
    "",
  ].join("\n"),
  // Custom functions may use the engine's index, never a deep path.
  [`src/functions/${TAG}_fn.ts`]: [
    'import type { Kpi } from "../engine";',
    'import type { Issue } from "../engine/model"; // BAD:import-x/no-restricted-paths',
    "export type Pair = [Kpi, Issue];",
    "",
  ].join("\n"),
  // Legal: the task pane reaches Excel through src/excel and the engine through its index.
  [`src/taskpane/${TAG}_ok.ts`]: [
    `import { adapterName } from "../excel/${TAG}_adapter";`,
    'import type { Kpi } from "../engine";',
    "export const label = (k: Kpi): string => adapterName(k);",
    "",
  ].join("\n"),
};

/** Expected layer-rule hits per file: "line:rule", from the BAD markers. */
function expectedHits(code: string): string[] {
  return code.split("\n").flatMap((line, i) => {
    const m = /\/\/ BAD:(\S+)/.exec(line);
    return m ? [`${i + 1}:${m[1]}`] : [];
  });
}

interface LintResult {
  file: string;
  messages: Array<{ line: number; ruleId: string | null; fatal: boolean; message: string }>;
}

/** Lints files with the project's config in a separate Node process. */
function lint(files: string[]): Promise<LintResult[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(__dirname, "runEslint.cjs"), ROOT, ...files], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`ESLint failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as LintResult[]);
    });
  });
}

let actual: Map<string, string[]>;

beforeAll(async () => {
  const createdDirs: string[] = [];
  try {
    for (const [file, code] of Object.entries(fixtures)) {
      const dir = dirname(join(ROOT, file));
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true });
        createdDirs.push(dir);
      }
      writeFileSync(join(ROOT, file), code);
    }
    const results = await lint(Object.keys(fixtures));
    actual = new Map(
      results.map((r) => [r.file, r.messages.filter((m) => LAYER_RULES.includes(m.ruleId ?? "")).map((m) => `${m.line}:${m.ruleId}`)]),
    );
    const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.file}: ${m.message}`));
    if (fatal.length > 0) throw new Error(`fixtures did not parse:\n${fatal.join("\n")}`);
  } finally {
    for (const file of Object.keys(fixtures)) rmSync(join(ROOT, file), { force: true });
    // A layer folder that did not exist yet (early in the project) is removed again if still empty.
    for (const dir of createdDirs) if (readdirSync(dir).length === 0) rmdirSync(dir);
  }
}, 120_000);

describe("layer rules (eslint.config.mjs)", () => {
  it.each(Object.keys(fixtures))("%s gets exactly the layer errors its BAD markers predict", (file) => {
    const code = fixtures[file] ?? "";
    expect(actual.get(file)).toEqual(expectedHits(code));
  });

  it("flags something in every illegal fixture (the markers are not all empty)", () => {
    const illegal = Object.keys(fixtures).filter((f) => expectedHits(fixtures[f] ?? "").length > 0);
    expect(illegal).toHaveLength(3);
    for (const f of illegal) expect(actual.get(f)?.length ?? 0).toBeGreaterThan(0);
  });
});
