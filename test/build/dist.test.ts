/* Checks the production build in dist/ (npm test runs `npm run build` before jest). */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const DIST = join(__dirname, "..", "..", "dist");
const BUNDLES = ["functions", "commands", "taskpane"] as const;

/** Reads a file from dist/, failing with a clear message if the build has not run. */
function distFile(name: string, why = "run `npm run build` first (npm test does)"): string {
  const file = join(DIST, name);
  if (!existsSync(file)) throw new Error(`dist/${name} is missing: ${why}.`);
  return readFileSync(file, "utf8");
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Array<{ name: string; type?: string; description?: string }>;
  result: { type?: string; dimensionality?: string };
}

describe("dist/ (production build)", () => {
  it("contains the manifest, the page, the three bundles with source maps, functions.json and the icons", () => {
    const expected = ["manifest.xml", "taskpane.html", "functions.json", ...BUNDLES.flatMap((b) => [`${b}.js`, `${b}.js.map`])];
    for (const name of expected) expect({ name, exists: existsSync(join(DIST, name)) }).toEqual({ name, exists: true });
    expect(readdirSync(join(DIST, "assets")).sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });

  it("serves one page that loads office.js from Microsoft's CDN before the functions, commands and pane bundles", () => {
    const html = distFile("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "commands.js", "taskpane.js"]);
  });

  it("carries a Content-Security-Policy, before every script, that allows only our origin and Office.js's", () => {
    const html = distFile("taskpane.html");
    // The production build minifies the page (attribute quotes dropped where HTML allows).
    const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html);
    expect(meta).not.toBeNull();
    expect(html.indexOf(meta?.[0] ?? "")).toBeLessThan(html.indexOf("<script"));
    // One page hosts the pane, the custom functions and the commands (every manifest URL is taskpane.html).
    const policy = new Map((meta?.[1] ?? "").split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(Object.fromEntries(policy)).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "https://appsforoffice.microsoft.com"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "https://appsforoffice.microsoft.com"],
      "font-src": ["'self'", "data:"],
      "connect-src": ["'self'", "https://appsforoffice.microsoft.com", "https://*.pipe.aria.microsoft.com"],
      "frame-src": ["https://appsforoffice.microsoft.com"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'none'"],
    });
    // Nothing the policy would refuse: no inline script, no eval-based source maps, no inline handlers.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    for (const b of BUNDLES) expect({ bundle: b, eval: /\beval\(/.test(distFile(`${b}.js`)) }).toEqual({ bundle: b, eval: false });
  });

  it("emits functions.json with at least one KPI function in namespace-less upper-case id form", () => {
    const json = JSON.parse(distFile("functions.json")) as { functions?: FunctionMetadata[] };
    const fns = json.functions ?? [];
    expect(fns.length).toBeGreaterThanOrEqual(1);
    for (const f of fns) {
      // The namespace (KPI) comes from the manifest, so ids carry no "KPI." prefix.
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.id.startsWith("KPI.")).toBe(false);
      expect(typeof f.name).toBe("string");
      expect(Array.isArray(f.parameters)).toBe(true);
      for (const p of f.parameters) expect(typeof p.name).toBe("string");
      expect(typeof f.result).toBe("object");
    }
    expect(new Set(fns.map((f) => f.id)).size).toBe(fns.length);
  });

  it("emits the Chinese function metadata that the manifest's zh-CN override points to", () => {
    const why = "the build must emit the Chinese custom-function metadata that manifest.xml names for zh-CN (generated from functions.json by the functions localisation)";
    const zh = JSON.parse(distFile("functions.zh-CN.json", why)) as { functions?: FunctionMetadata[] };
    const en = JSON.parse(distFile("functions.json")) as { functions?: FunctionMetadata[] };
    // Same functions (ids never change by language), translated names and descriptions.
    expect((zh.functions ?? []).map((f) => f.id).sort()).toEqual((en.functions ?? []).map((f) => f.id).sort());
  });

  it("minifies the production bundles and links their source maps", () => {
    for (const b of BUNDLES) {
      const js = distFile(`${b}.js`);
      expect({ bundle: b, indentedLines: js.split("\n").filter((l) => /^\s{2,}\S/.test(l)).length }).toEqual({ bundle: b, indentedLines: 0 });
      expect(js.trimEnd().endsWith(`//# sourceMappingURL=${b}.js.map`)).toBe(true);
      const map = JSON.parse(distFile(`${b}.js.map`)) as { version: number; sources: string[] };
      expect(map.version).toBe(3);
      expect(map.sources.some((s) => s.includes(`src/${b}/`))).toBe(true);
    }
  });
});
