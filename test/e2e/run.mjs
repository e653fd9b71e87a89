// End-to-end tests of the task pane in headless Chromium against the demo build (issue 7):
// detect → correct a column role → evaluate → the Scorecard sheet holds the expected values → click a
// SMART problem → the right cell is selected; the same in Chinese; an axe-core scan; screenshots; and the
// built add-in page (dist/) under its Content-Security-Policy.
// Run with `npm run test:e2e` (E2E_SKIP_BUILD=1 reuses dist-demo/). Exits non-zero on any failure.
import { execFileSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";
import { serveStatic } from "./staticServer.mjs";
import { addinPage } from "./addin.mjs";
import { english, chinese } from "./flows.mjs";
import { demoData } from "./demoData.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const shots = join(root, "docs", "screenshots");

const results = [];
/** Runs one named check; a failure is recorded and printed, and the run goes on. */
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n      ${String(error instanceof Error ? error.message : error).split("\n").join("\n      ")}`);
  }
}

async function main() {
  if (!process.env.E2E_SKIP_BUILD) {
    console.log("Building the demo (webpack.demo.config.js) …");
    execFileSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--config", "webpack.demo.config.js", "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    console.log("Building the add-in (webpack.config.js) …");
    execFileSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  }
  await mkdir(shots, { recursive: true });
  // axe-core is served from the demo's own origin: the demo's CSP refuses inline scripts.
  const server = await serveStatic(join(root, "dist-demo"), { files: { "/axe.min.js": join(root, "node_modules/axe-core/axe.min.js") } });
  const addin = await serveStatic(join(root, "dist"));
  const browser = await launch({ viewport: { width: 1440, height: 900 } });
  try {
    const env = { url: server.url, context: browser.context, shots, root, check };
    console.log("English");
    await english(env);
    console.log("Chinese");
    await chinese(env);
    console.log("Add-in page");
    await addinPage({ ...env, url: addin.url });
    console.log("Demo with your own data (paste, keys, open .csv/.xlsx, save .xlsx)");
    await demoData(env);
  } finally {
    await browser.close();
    await server.close();
    await addin.close();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || results.length === 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${results.length - passed + 1} failed`);
  process.exitCode = 1;
});
