// Two projects: `node` for the engine, custom functions, the Excel adapter and the in-memory host;
// `jsdom` for task-pane components. Type checking is done once by `npm run typecheck`, so ts-jest
// only transpiles here (isolatedModules), which keeps the suite fast on a 2-core machine.
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      module: "commonjs",
      moduleResolution: "node10",
      jsx: "react-jsx",
      isolatedModules: true,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
    diagnostics: false,
  },
];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/taskpane/", "<rootDir>/test/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "jsdom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test/taskpane"],
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
