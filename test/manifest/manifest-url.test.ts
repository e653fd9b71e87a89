import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_ORIGIN, DEV_URL, parseDeployUrl, rewriteManifestUrls } from "../../scripts/manifest-url.js";

const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("rewriteManifestUrls (production manifest)", () => {
  it("moves every localhost URL under the deploy URL and the app domain to its origin", () => {
    const out = rewriteManifestUrls(manifest, "https://kpi.example.com/addin");
    expect(out).not.toContain("localhost");
    expect(out).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://kpi.example.com/addin/taskpane.html"/>');
    expect(out).toContain('Value="https://kpi.example.com/addin/functions.zh-CN.json"');
    expect(out).toContain("<AppDomain>https://kpi.example.com</AppDomain>");
    // As many URLs before as after: nothing dropped, nothing duplicated.
    const count = (xml: string, prefix: string): number => xml.split(prefix).length - 1;
    expect(count(out, "https://kpi.example.com/addin/")).toBe(count(manifest, DEV_URL));
    expect(count(out, "https://kpi.example.com")).toBe(count(manifest, DEV_ORIGIN));
  });

  it("adds exactly one trailing slash to the base, with or without one given", () => {
    const xml = `<a x="${DEV_URL}f.js"/><d>${DEV_ORIGIN}</d>`;
    expect(rewriteManifestUrls(xml, "https://h.example")).toBe('<a x="https://h.example/f.js"/><d>https://h.example</d>');
    expect(rewriteManifestUrls(xml, "https://h.example/app/")).toBe('<a x="https://h.example/app/f.js"/><d>https://h.example</d>');
  });

  it("leaves look-alike hosts alone (another port or a longer host name)", () => {
    const xml = "<d>https://localhost:30001</d><d>https://localhost:3000.example</d>";
    expect(rewriteManifestUrls(xml, "https://h.example")).toBe(xml);
  });

  it("rejects non-https, malformed and decorated deploy URLs", () => {
    expect(() => rewriteManifestUrls(manifest, "http://kpi.example.com")).toThrow(/must be https/);
    expect(() => rewriteManifestUrls(manifest, "kpi.example.com")).toThrow(/not a valid URL/);
    expect(() => rewriteManifestUrls(manifest, "")).toThrow(/not a valid URL/);
    expect(() => rewriteManifestUrls(manifest, "https://kpi.example.com/?v=2")).toThrow(/query or fragment/);
    expect(() => rewriteManifestUrls(manifest, "https://user:pw@kpi.example.com")).toThrow(/credentials/);
  });

  it("parses the base and origin of a deploy URL", () => {
    expect(parseDeployUrl("https://kpi.example.com:8443/a/b")).toEqual({ base: "https://kpi.example.com:8443/a/b/", origin: "https://kpi.example.com:8443" });
  });
});
