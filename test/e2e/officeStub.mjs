// A stand-in for Office.js, served at Microsoft's CDN address through the browser's request routing, so
// a page loads it exactly as it loads the real one (and under the page's own Content-Security-Policy,
// which an inline stub would break). Office.onReady resolves at once; Excel.run never settles, so
// nothing after the first paint competes with what a test or a benchmark measures. It records what the
// page asked of Office: the custom functions and commands it associated.

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const STUB = `
window.__office = { functions: [], actions: [] };
window.Office = {
  onReady: function (cb) { var p = Promise.resolve({ host: "Excel", platform: "PC" }); if (cb) p.then(cb); return p; },
  context: { displayLanguage: "en-US", requirements: { isSetSupported: function () { return true; } } },
  actions: { associate: function (name) { window.__office.actions.push(name); } },
  addin: { showAsTaskpane: function () { return Promise.resolve(); } },
};
window.Excel = { run: function () { return new Promise(function () {}); } };
window.CustomFunctions = { associate: function (name) { window.__office.functions.push(name); }, Error: function () {}, ErrorCode: {} };
`;

/**
 * Answers every request for Office.js in `context` with the stub.
 * @param {import("playwright-core").BrowserContext} context
 */
export async function routeOfficeJs(context) {
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: STUB }));
}
