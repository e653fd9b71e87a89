/* Offline manifest check. `office-addin-manifest validate` needs the network (and exits 0 when it
 * cannot connect) and the published XSDs do not know <Runtimes>, so the structure is asserted here:
 * ids, versions, element order, shared-runtime wiring, resources, zh-CN overrides, URLs and icons. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_ORIGIN, DEV_URL, rewriteManifestUrls } from "../../scripts/manifest-url.js";
import { pngSize } from "./pngSize";
import { child, childrenNamed, descendants, parseXmlTree, path, type XmlElement } from "./xmlTree";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const app = parseXmlTree(source);
const overrides = child(app, "VersionOverrides");
const host = path(overrides, "Hosts", "Host");
const resources = child(overrides, "Resources");

/** Resource definitions by id, e.g. "Taskpane.Url" → <bt:Url>. */
const defined = new Map<string, XmlElement>();
for (const group of resources.children) for (const r of group.children) defined.set(r.attrs.id ?? "", r);
const urlOf = (resid: string): string => defined.get(resid)?.attrs.DefaultValue ?? `(undefined resid ${resid})`;
const zhOverrides = (el: XmlElement): XmlElement[] =>
  el.children.filter((c) => /^(bt:)?Override$/.test(c.name) && c.attrs.Locale === "zh-CN");
const CJK = /[\u4e00-\u9fff]/;

/** Checks that the children's names follow `sequence` (the XSD xs:sequence); repeats allowed. */
function expectOrder(el: XmlElement, sequence: readonly string[]): void {
  const names = el.children.map((c) => c.name);
  for (const n of names) expect({ parent: el.name, child: n, allowed: sequence.includes(n) }).toEqual({ parent: el.name, child: n, allowed: true });
  const sorted = [...names].sort((a, b) => sequence.indexOf(a) - sequence.indexOf(b));
  expect({ parent: el.name, order: names }).toEqual({ parent: el.name, order: sorted });
}

describe("manifest.xml: identity and base settings", () => {
  it("is a TaskPaneApp with a fixed GUID id, a four-part version and en-US default", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(child(app, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(app, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(app, "DefaultLocale").text).toBe("en-US");
    expect(child(app, "ProviderName").text.length).toBeGreaterThan(0);
  });

  it("lists its top-level elements in the XSD order", () => {
    expectOrder(app, ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides", "ExtendedOverrides"]);
    expectOrder(overrides, ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"]);
    expectOrder(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    expectOrder(child(host, "DesktopFormFactor"), ["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expectOrder(path(host, "AllFormFactors", "ExtensionPoint"), ["Script", "Page", "Metadata", "Namespace"]);
    expectOrder(resources, ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  });

  it("targets Excel only, with ReadWriteDocument and no other permission", () => {
    expect(childrenNamed(child(app, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(childrenNamed(app, "Permissions").map((p) => p.text)).toEqual(["ReadWriteDocument"]);
    expect(overrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(childrenNamed(child(overrides, "Hosts"), "Host").map((h) => h.attrs["xsi:type"])).toEqual(["Workbook"]);
  });

  it("requires SharedRuntime 1.1 and ExcelApi 1.9 in the base manifest", () => {
    const sets = new Map(childrenNamed(path(app, "Requirements", "Sets"), "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(sets.get("ExcelApi")).toBe("1.9");
    expect(sets.get("CustomFunctionsRuntime")).toBe("1.1");
  });
});

describe("manifest.xml: shared runtime wiring", () => {
  it("has one long-lived runtime on the page used by the pane, the commands and the functions", () => {
    const runtimes = childrenNamed(child(host, "Runtimes"), "Runtime");
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0] as XmlElement;
    expect(runtime.attrs.lifetime).toBe("long");
    const showPane = descendants(host).find((e) => e.name === "Action" && e.attrs["xsi:type"] === "ShowTaskpane");
    expect(showPane).toBeDefined();
    const shared = runtime.attrs.resid;
    expect(child(showPane as XmlElement, "SourceLocation").attrs.resid).toBe(shared);
    expect(path(host, "DesktopFormFactor", "FunctionFile").attrs.resid).toBe(shared);
    expect(path(host, "AllFormFactors", "ExtensionPoint", "Page", "SourceLocation").attrs.resid).toBe(shared);
    expect(child(app, "DefaultSettings").children[0]?.attrs.DefaultValue).toBe(urlOf(shared ?? ""));
    expect(urlOf(shared ?? "")).toBe(`${DEV_URL}taskpane.html`);
  });

  it("declares the KPI custom functions: script, metadata (zh-CN override) and namespace", () => {
    const cf = path(host, "AllFormFactors", "ExtensionPoint");
    expect(cf.attrs["xsi:type"]).toBe("CustomFunctions");
    expect(urlOf(path(cf, "Script", "SourceLocation").attrs.resid ?? "")).toBe(`${DEV_URL}functions.js`);
    const metadata = defined.get(path(cf, "Metadata", "SourceLocation").attrs.resid ?? "");
    expect(metadata?.attrs.DefaultValue).toBe(`${DEV_URL}functions.json`);
    expect(zhOverrides(metadata as XmlElement).map((o) => o.attrs.Value)).toEqual([`${DEV_URL}functions.zh-CN.json`]);
    expect(defined.get(child(cf, "Namespace").attrs.resid ?? "")?.attrs.DefaultValue).toBe("KPI");
  });

  it("puts a KPI Scorecard group on the Home tab with Scorecard (pane) and Refresh (function) buttons", () => {
    const tab = path(host, "DesktopFormFactor", "ExtensionPoint", "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = child(tab, "Group");
    expectOrder(group, ["Label", "Icon", "Control"]);
    expect(defined.get(child(group, "Label").attrs.resid ?? "")?.attrs.DefaultValue).toBe("KPI Scorecard");
    const buttons = childrenNamed(group, "Control");
    expect(buttons.map((b) => b.attrs["xsi:type"])).toEqual(["Button", "Button"]);
    expect(buttons.map((b) => defined.get(child(b, "Label").attrs.resid ?? "")?.attrs.DefaultValue)).toEqual(["Scorecard", "Refresh"]);
    for (const b of buttons) {
      expectOrder(b, ["Label", "Supertip", "Icon", "Action", "Enabled"]);
      expectOrder(child(b, "Supertip"), ["Title", "Description"]);
    }
    const [show, refresh] = buttons.map((b) => child(b, "Action"));
    expect(show?.attrs["xsi:type"]).toBe("ShowTaskpane");
    expectOrder(show as XmlElement, ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"]);
    expect(child(show as XmlElement, "TaskpaneId").text).toBe("ButtonId1");
    expect(refresh?.attrs["xsi:type"]).toBe("ExecuteFunction");
    expect(child(refresh as XmlElement, "FunctionName").text).toBe("refreshScorecard");
    // The function the button names must be associated by the commands bundle.
    expect(readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8")).toContain('associate("refreshScorecard"');
    for (const owner of [group, ...buttons]) {
      expect(childrenNamed(child(owner, "Icon"), "bt:Image").map((i) => i.attrs.size)).toEqual(["16", "32", "80"]);
    }
  });
});

describe("manifest.xml: resources and localisation", () => {
  const referenced = descendants(app)
    .map((e) => e.attrs.resid)
    .filter((r): r is string => r !== undefined);

  it("defines every referenced resid once, within 32 characters, and defines nothing unused", () => {
    const ids = resources.children.flatMap((g) => g.children.map((r) => r.attrs.id ?? ""));
    expect(new Set(ids).size).toBe(ids.length);
    for (const resid of referenced) expect({ resid, defined: defined.has(resid), short: resid.length <= 32 }).toEqual({ resid, defined: true, short: true });
    expect([...defined.keys()].filter((id) => !referenced.includes(id))).toEqual([]);
  });

  it("has a Chinese zh-CN override for every display string", () => {
    const display = [child(app, "DisplayName"), child(app, "Description")];
    const strings = [...child(resources, "bt:ShortStrings").children, ...child(resources, "bt:LongStrings").children];
    expect(strings.length).toBeGreaterThanOrEqual(6);
    for (const s of [...display, ...strings]) {
      const zh = zhOverrides(s);
      const id = s.attrs.id ?? s.name;
      expect({ id, overrides: zh.length }).toEqual({ id, overrides: 1 });
      const value = zh[0]?.attrs.Value ?? "";
      // The namespace stays "KPI" in every language; every other string must really be Chinese.
      expect({ id, chinese: id === "Functions.Namespace" ? value === "KPI" : CJK.test(value) }).toEqual({ id, chinese: true });
    }
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    for (const [group, max] of [["bt:ShortStrings", 125], ["bt:LongStrings", 250]] as const) {
      for (const s of child(resources, group).children) {
        for (const v of [s.attrs.DefaultValue ?? "", ...zhOverrides(s).map((o) => o.attrs.Value ?? "")]) expect(v.length).toBeLessThanOrEqual(max);
      }
    }
  });
});

/** Every URL in a manifest: [where, url]. */
function manifestUrls(root: XmlElement): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const e of descendants(root)) {
    if (["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"].includes(e.name) && e.attrs.DefaultValue) {
      out.push([e.attrs.id ?? e.name, e.attrs.DefaultValue]);
      for (const o of e.children.filter((c) => /Override$/.test(c.name))) out.push([`${e.attrs.id ?? e.name} (${o.attrs.Locale})`, o.attrs.Value ?? ""]);
    }
  }
  return out;
}

describe("manifest.xml: URLs and icons", () => {
  it("points every URL at https://localhost:3000/ and the app domain at its origin", () => {
    const urls = manifestUrls(app);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const [where, url] of urls) expect({ where, url: url.startsWith(DEV_URL) }).toEqual({ where, url: true });
    expect(childrenNamed(child(app, "AppDomains"), "AppDomain").map((d) => d.text)).toEqual([DEV_ORIGIN]);
  });

  it("uses committed PNG icons whose pixel size matches the size the manifest claims", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const file = join(ROOT, "assets", `icon-${size}.png`);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
    const claims: Array<[string, number]> = [
      [child(app, "IconUrl").attrs.DefaultValue ?? "", 32],
      [child(app, "HighResolutionIconUrl").attrs.DefaultValue ?? "", 64],
      ...descendants(host)
        .filter((e) => e.name === "bt:Image")
        .map((e): [string, number] => [urlOf(e.attrs.resid ?? ""), Number(e.attrs.size)]),
    ];
    for (const [url, size] of claims) {
      const png = readFileSync(join(ROOT, url.slice(DEV_URL.length)));
      expect({ url, size: pngSize(png) }).toEqual({ url, size: { width: size, height: size } });
    }
  });
});

describe("dist/manifest.xml (built by `npm run build`)", () => {
  const built = join(DIST, "manifest.xml");
  const requireBuild = (): string => {
    if (!existsSync(built)) throw new Error("dist/manifest.xml is missing: run `npm run build` first (npm test does).");
    return readFileSync(built, "utf8");
  };

  it("is the source manifest, with URLs rewritten only if a deploy URL was given", () => {
    const xml = requireBuild();
    const taskpane = urlOf(child(host, "Runtimes").children[0]?.attrs.resid ?? "");
    const builtPage = descendants(parseXmlTree(xml)).find((e) => e.attrs.id === "Taskpane.Url")?.attrs.DefaultValue ?? "";
    const base = builtPage.slice(0, builtPage.length - "taskpane.html".length);
    expect(taskpane.endsWith("taskpane.html") && builtPage.endsWith("taskpane.html")).toBe(true);
    expect(xml).toBe(base === DEV_URL ? source : rewriteManifestUrls(source, base));
  });

  it("resolves every URL to a file the build emitted", () => {
    const xml = requireBuild();
    const urls = manifestUrls(parseXmlTree(xml));
    const base = urls.find(([where]) => where === "Taskpane.Url")?.[1].replace(/taskpane\.html$/, "") ?? DEV_URL;
    for (const [where, url] of urls) {
      expect({ where, underBase: url.startsWith(base) }).toEqual({ where, underBase: true });
      const file = join(DIST, url.slice(base.length));
      expect({ where, file: file.slice(DIST.length + 1), exists: existsSync(file) }).toEqual({ where, file: file.slice(DIST.length + 1), exists: true });
    }
  });
});
