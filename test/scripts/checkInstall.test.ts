import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { INSTALL_SCRIPTS_ALLOWED, lockProblems } from "../../scripts/check-install";

const ROOT = join(__dirname, "..", "..");
const lock = (text: string) => (JSON.parse(text) as { packages: Record<string, { hasInstallScript?: boolean }> }).packages;

describe("check:install", () => {
  it("passes the committed lock file", () => {
    expect(lockProblems(lock(readFileSync(join(ROOT, "package-lock.json"), "utf8")))).toEqual([]);
  });

  it("fails the lock file that pulled keytar through the toolkit CLI peer (before .npmrc legacy-peer-deps)", () => {
    const before = readFileSync(join(ROOT, "test/fixtures/install/lock-before-fix.json"), "utf8");
    expect(lockProblems(lock(before))).toEqual([
      "node_modules/@azure/msal-node-extensions: runs an install script that is not on the allow-list in scripts/check-install.js",
      "node_modules/@microsoft/m365agentstoolkit-cli: runs an install script that is not on the allow-list in scripts/check-install.js",
      "node_modules/keytar: compiles or downloads native code at install",
      "node_modules/prebuild-install: compiles or downloads native code at install",
    ]);
  });

  it("flags a new package with an install script or a native build, wherever it is nested", () => {
    expect(
      lockProblems({
        "": {},
        "node_modules/esbuild": { hasInstallScript: true },
        "node_modules/a/node_modules/sharp": { hasInstallScript: true },
        "node_modules/b/node_modules/node-gyp": {},
        "node_modules/left-pad": {},
      }),
    ).toEqual([
      "node_modules/a/node_modules/sharp: runs an install script that is not on the allow-list in scripts/check-install.js",
      "node_modules/b/node_modules/node-gyp: compiles or downloads native code at install",
    ]);
  });

  it("gives a reason for every allowed install script", () => {
    for (const [name, why] of INSTALL_SCRIPTS_ALLOWED) expect({ name, reasoned: why.length > 40 }).toEqual({ name, reasoned: true });
  });
});

describe("the sideloading tools, installed without the omitted peer", () => {
  // `npm start` / `npm run start:web` run office-addin-debugging, which loads these. A module that one
  // of them uses without declaring it (as @microsoft/app-manifest does with fs-extra) only resolves if
  // package.json provides it, so load each as the CLI does.
  it.each(["office-addin-debugging", "office-addin-dev-settings", "office-addin-dev-certs", "office-addin-manifest"])("%s loads in Node", (name) => {
    // In a child Node process (jest's module system cannot require the ES modules these pull in).
    const out = execFileSync(process.execPath, ["-e", `require(${JSON.stringify(name)}); console.log("loaded")`], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(out.trim()).toBe("loaded");
  });

  it("never needs @microsoft/m365agentstoolkit-cli for an XML manifest: it is only run through npx for JSON manifests and Outlook", () => {
    const publish = readFileSync(require.resolve("office-addin-dev-settings/lib/publish.js"), "utf8");
    expect(publish).toMatch(/npx -p @microsoft\/m365agentstoolkit-cli atk install/);
    expect(() => require.resolve("@microsoft/m365agentstoolkit-cli")).toThrow();
  });
});
