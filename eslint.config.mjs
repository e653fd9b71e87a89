// ESLint flat config. Besides code quality it enforces the architecture (see README "Architecture"):
//   taskpane → excel → engine,  functions → engine,  demo → taskpane/excel/host,  host stands alone.
// An import against an arrow is an error (import-x/no-restricted-paths), and per-folder
// no-restricted-globals keep Office/DOM globals out of layers that must not touch them: Office.js is
// an ambient global, so import rules alone would not catch `Excel.run` inside the engine.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";

const officeGlobals = ["Excel", "Office", "OfficeExtension", "OfficeRuntime"];
const domGlobals = ["window", "document", "navigator", "localStorage", "sessionStorage", "location", "fetch", "XMLHttpRequest"];
const restricted = (names, why) => names.map((name) => ({ name, message: `${name}: ${why}` }));
const uiPackages = [
  { group: ["react", "react-dom", "react-dom/*", "@fluentui/*"], message: "UI packages belong in src/taskpane or src/demo." },
  { group: ["hyperformula"], message: "HyperFormula is the in-memory host's engine: only src/host may use it." },
  { group: ["@microsoft/office-js"], message: "Office.js is loaded by the page, never imported." },
];

/** Layer zones: `target` may not import from `from` (paths relative to the repository root). */
const layerZones = [
  { target: "./src/engine", from: ["./src/functions", "./src/excel", "./src/taskpane", "./src/commands", "./src/host", "./src/demo"], message: "The engine is the bottom layer: it imports nothing from other layers." },
  { target: "./src/functions", from: ["./src/excel", "./src/taskpane", "./src/commands", "./src/host", "./src/demo"], message: "Custom functions depend on the engine only (functions → engine)." },
  { target: "./src/excel", from: ["./src/taskpane", "./src/commands", "./src/functions", "./src/host", "./src/demo"], message: "The Excel adapter depends on the engine only (excel → engine); the host is injected, never imported." },
  { target: "./src/taskpane", from: ["./src/functions", "./src/commands", "./src/host", "./src/demo"], message: "The task pane reaches Excel only through src/excel (taskpane → excel → engine)." },
  { target: "./src/commands", from: ["./src/taskpane", "./src/functions", "./src/host", "./src/demo"], message: "Ribbon commands go through src/excel (commands → excel → engine)." },
  { target: "./src/host", from: ["./src/engine", "./src/functions", "./src/excel", "./src/taskpane", "./src/commands", "./src/demo"], message: "The in-memory host imitates Excel and depends on no layer of ours." },
  // Others reach the engine only through its public index.
  { target: ["./src/functions", "./src/excel", "./src/taskpane", "./src/commands", "./src/demo"], from: "./src/engine", except: ["./index.ts"], message: "Import the engine through src/engine/index.ts, never a deep path." },
];

export default tseslint.config(
  { ignores: ["dist/**", "dist-demo/**", "node_modules/**", "coverage/**", "test/lint/fixtures/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { "import-x": importX, "office-addins": officeAddins },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })] },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-exports": ["error", { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...restricted([...officeGlobals, ...domGlobals, "CustomFunctions"], "the engine is pure TypeScript (no Office, DOM or custom-functions runtime).")],
      "no-restricted-imports": ["error", { patterns: uiPackages }],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...restricted([...officeGlobals, ...domGlobals], "custom functions are pure wrappers over the engine; no Office calls inside.")],
      "no-restricted-imports": ["error", { patterns: uiPackages }],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: uiPackages }] },
  },
  {
    files: ["src/host/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: uiPackages.filter((p) => !p.group.includes("hyperformula")) }] },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": ["error", ...restricted(officeGlobals, "the task pane reaches Excel only through the workbook port of src/excel; only src/taskpane/index.tsx chooses the host.")],
      "no-restricted-imports": ["error", { patterns: uiPackages.filter((p) => p.group.includes("hyperformula")) }],
    },
  },
  {
    files: ["**/*.tsx", "src/taskpane/**/*.ts", "src/demo/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.{ts,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off", "no-restricted-exports": "off" },
  },
);
