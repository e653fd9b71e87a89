// The built add-in page (dist/taskpane.html) under its own Content-Security-Policy: it still loads the
// task pane, the custom functions and the commands, breaks no rule of the policy, and the policy is in
// force (an inline script is refused). Office.js is the stub of officeStub.mjs at the CDN's address.
import { assert, equal } from "./expect.mjs";
import { routeOfficeJs } from "./officeStub.mjs";

/** Records every CSP violation of the page, from before its first script runs. */
export async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"}`));
  });
}

export async function addinPage({ url, context, check }) {
  await routeOfficeJs(context);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await watchCsp(page);

  await check("add-in: taskpane.html loads the pane, the functions and the commands under its CSP", async () => {
    await page.goto(`${url}/taskpane.html`);
    await page.getByRole("heading", { name: "KPI Scorecard", level: 1 }).waitFor({ timeout: 20_000 });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert(csp?.includes("script-src 'self' https://appsforoffice.microsoft.com"), `unexpected policy: ${csp}`);
    // Every lazily loaded part of the pane is fetched after the first paint (script chunks from 'self').
    await page.waitForFunction(() => performance.getEntriesByType("resource").filter((r) => /\/(?!taskpane|functions|commands)[\w-]+\.[0-9a-f]{8}\.js$/.test(r.name)).length >= 5, undefined, { timeout: 20_000 });
    const office = await page.evaluate(() => window.__office);
    equal(office.functions.length, 17, "custom functions associated");
    assert(office.actions.includes("refreshScorecard"), `commands associated: ${office.actions.join(", ")}`);
    equal((await page.evaluate(() => window.__csp)).join("; "), "", "CSP violations");
    assert(errors.length === 0, errors.join("\n"));
  });

  await check("add-in: the policy is in force (an injected inline script does not run)", async () => {
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inlineRan = true";
      document.head.appendChild(s);
      return window.__inlineRan === true;
    });
    equal(ran, false, "inline script ran");
    const violations = await page.evaluate(() => window.__csp);
    assert(violations.some((v) => v.startsWith("script-src")), `no script-src violation recorded: ${violations.join("; ")}`);
  });
  await page.close();
}
