// `npm run check:install` (part of `npm test` and of .ci/run): `npm ci` must need Node alone — no
// compiler, no pkg-config, no libsecret, no download from a binary host (README "Set up").
//
// 1. No package in the lock file runs an install script unless it is listed below with the reason it is
//    safe offline and without a toolchain. npm marks a package `hasInstallScript` when it has a
//    preinstall/install/postinstall script or a binding.gyp (an implicit `node-gyp rebuild`).
// 2. Packages that exist only to compile native code are not in the lock at all.
// 3. `npm ls --all` finds nothing wrong but the one peer we leave out on purpose (.npmrc
//    `legacy-peer-deps`): every other peer a package needs is a direct dependency in package.json.
const { execFileSync } = require("node:child_process");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");

/** Packages whose install scripts may run, and why each is safe on a bare machine with no network but the registry. */
const INSTALL_SCRIPTS_ALLOWED = new Map([
  ["esbuild", "postinstall (install.js) checks the platform binary npm installed as an optional dependency (@esbuild/<platform>); it compiles nothing"],
  ["@parcel/watcher", "install (build-from-source.js) runs node-gyp only when npm_config_build_from_source=true; prebuilt binaries come as optional dependencies (@parcel/watcher-<platform>)"],
  ["core-js-pure", "postinstall prints a funding banner, wrapped in try/catch; it compiles and downloads nothing"],
]);

/** Packages that compile or download native code at install; none may come back into the tree. */
const NATIVE_BUILDS_FORBIDDEN = ["keytar", "node-gyp", "prebuild-install", "node-pre-gyp", "@mapbox/node-pre-gyp"];

/** What `npm ls` may report: the peer we omit (office-addin-dev-settings → m365agentstoolkit-cli → keytar). */
const PROBLEMS_ALLOWED = [/^missing: @microsoft\/m365agentstoolkit-cli@[^,]+, required by office-addin-dev-settings@/];

const packageName = (path) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);

/**
 * What keeps `npm ci` from needing Node alone, from the lock file's packages.
 * @param {Record<string, { hasInstallScript?: boolean }>} packages the lock file's `packages`
 * @returns {string[]} one line per problem
 */
function lockProblems(packages) {
  const problems = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (path === "") continue;
    const name = packageName(path);
    if (NATIVE_BUILDS_FORBIDDEN.includes(name)) problems.push(`${path}: compiles or downloads native code at install`);
    else if (entry.hasInstallScript && !INSTALL_SCRIPTS_ALLOWED.has(name)) problems.push(`${path}: runs an install script that is not on the allow-list in scripts/check-install.js`);
  }
  return problems;
}

function main() {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const problems = lockProblems(lock.packages ?? {});
  let tree;
  try {
    tree = execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["ls", "--all", "--json"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024, shell: process.platform === "win32" });
  } catch (error) {
    tree = error.stdout; // npm ls exits 1 whenever it reports a problem, even an allowed one
  }
  for (const problem of JSON.parse(tree || "{}").problems ?? []) {
    if (!PROBLEMS_ALLOWED.some((re) => re.test(problem))) problems.push(`npm ls: ${problem}`);
  }
  if (problems.length > 0) {
    console.error(`check:install — ${problems.length} problem(s) that would make \`npm ci\` need more than Node:\n  ${problems.join("\n  ")}`);
    process.exitCode = 1;
    return;
  }
  const allowed = Object.entries(lock.packages).filter(([p, e]) => p !== "" && e.hasInstallScript).map(([p]) => packageName(p));
  console.log(`check:install — ok: no native build; install scripts only in ${[...new Set(allowed)].join(", ") || "none"} (allow-listed)`);
}

module.exports = { INSTALL_SCRIPTS_ALLOWED, NATIVE_BUILDS_FORBIDDEN, PROBLEMS_ALLOWED, lockProblems };
if (require.main === module) main();
