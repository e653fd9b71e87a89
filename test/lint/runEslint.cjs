// Runs the ESLint Node API in a plain Node process (jest's module sandbox cannot load the flat
// config, which ESLint imports as ESM). Usage: node runEslint.cjs <cwd> <file>...; prints JSON:
// [{ file, messages: [{ line, ruleId, fatal, message }] }] with files relative to <cwd>.
const path = require("node:path");
const { ESLint } = require("eslint");

async function main() {
  const [cwd, ...files] = process.argv.slice(2);
  const eslint = new ESLint({ cwd });
  const results = await eslint.lintFiles(files);
  const out = results.map((r) => ({
    file: path.relative(cwd, r.filePath).split(path.sep).join("/"),
    messages: r.messages.map((m) => ({ line: m.line, ruleId: m.ruleId, fatal: Boolean(m.fatal), message: m.message })),
  }));
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
