// `npm run bench:load`: what the task pane loads before its first paint, and how soon it shows content,
// in headless Chromium (/usr/bin/chromium through playwright-core). A benchmark, not a test: it prints
// figures against the budget of issue 7 (≤ 169 KB gzipped before first paint, first content < 600 ms,
// median of 5) and exits 0 unless the measurement itself fails.
//
// Office.js comes from Microsoft's CDN and is not ours to count: requests for it are answered with a tiny
// stub (test/e2e/officeStub.mjs) whose Office.onReady resolves at once, so the page loads as built, under
// its own Content-Security-Policy. `--no-build` measures the existing dist/.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { launch } from "../test/e2e/browser.mjs";
import { OFFICE_JS_URL, routeOfficeJs } from "../test/e2e/officeStub.mjs";
import { serveStatic } from "../test/e2e/staticServer.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const RUNS = 5;
const BUDGET_KB = 169;
const BUDGET_MS = 600;

const gz = (buffer, level) => gzipSync(buffer, { level }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (!process.argv.includes("--no-build")) {
    console.log("Building the add-in (webpack --mode production) …");
    execFileSync(process.execPath, [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  }
  const html = await readFile(join(dist, "taskpane.html"), "utf8");
  if (!html.includes(OFFICE_JS_URL)) throw new Error(`taskpane.html does not load ${OFFICE_JS_URL}`);
  const server = await serveStatic(dist);

  // Static view: the scripts taskpane.html names (webpack's initial chunks), gzipped.
  const initial = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]).filter((src) => !src.startsWith("http"));
  const files = {};
  for (const name of initial) files[name] = await readFile(join(dist, name));
  const staticGz6 = Object.values(files).reduce((a, b) => a + gz(b, 6), 0);
  const staticGz9 = Object.values(files).reduce((a, b) => a + gz(b, 9), 0);

  const times = [];
  const painted = [];
  let beforePaint = [];
  for (let i = 0; i < RUNS; i++) {
    const browser = await launch({ viewport: { width: 350, height: 800 } });
    try {
      await routeOfficeJs(browser.context);
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector("#root h1")) {
            window.__firstContent = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForSelector("#root h1");
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
      const m = await page.evaluate(() => {
        const fcp = performance.getEntriesByName("first-contentful-paint")[0].startTime;
        const resources = performance.getEntriesByType("resource").filter((r) => r.startTime < fcp && new URL(r.name).origin === location.origin).map((r) => new URL(r.name).pathname.slice(1));
        return { fcp, content: window.__firstContent, resources };
      });
      times.push(m.fcp);
      painted.push(m.content);
      beforePaint = m.resources;
    } finally {
      await browser.close();
    }
  }
  await server.close();

  let loadedGz = gz(Buffer.from(html), 6);
  beforePaint = beforePaint.filter((name) => name !== "favicon.ico"); // a 404, not ours
  for (const name of beforePaint) loadedGz += gz(await readFile(join(dist, name)), 6);
  const fcp = median(times);
  console.log("Task pane load (dist/taskpane.html, Office.js stubbed)");
  console.log(`  initial scripts: ${initial.join(", ")}`);
  for (const [name, buffer] of Object.entries(files)) console.log(`    ${name.padEnd(14)} ${kb(buffer.length).padStart(7)} KB raw  ${kb(gz(buffer, 6)).padStart(6)} KB gz`);
  console.log(`  initial chunks gzipped: ${kb(staticGz6)} KB (gzip -6), ${kb(staticGz9)} KB (gzip -9) — budget ${BUDGET_KB} KB ${staticGz6 / 1024 <= BUDGET_KB ? "OK" : "OVER"}`);
  console.log(`  fetched before first paint (page + ${beforePaint.length} files: ${beforePaint.join(", ")}): ${kb(loadedGz)} KB gz`);
  console.log(`  first contentful paint: median ${fcp.toFixed(0)} ms of ${RUNS} [${times.map((t) => t.toFixed(0)).join(", ")}] — budget ${BUDGET_MS} ms ${fcp < BUDGET_MS ? "OK" : "OVER"}`);
  console.log(`  first content in the DOM: median ${median(painted).toFixed(0)} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
