/* The committed icons are exactly what scripts/make-icons.mjs draws (so the script stays the source). */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { pngSize } from "./pngSize";

const ROOT = join(__dirname, "..", "..");

/** Runs the ESM icon script in a plain Node process; returns base64 PNGs by size. */
function renderAll(): Record<string, string> {
  const code = [
    `const m = await import(${JSON.stringify(pathToFileURL(join(ROOT, "scripts", "make-icons.mjs")).href)});`,
    "const out = {};",
    "for (const s of m.ICON_SIZES) out[s] = m.encodePng(s, s, m.renderIcon(s)).toString('base64');",
    "process.stdout.write(JSON.stringify(out));",
  ].join("\n");
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" })) as Record<string, string>;
}

describe("assets/icon-*.png", () => {
  const rendered = renderAll();

  it("come in the five sizes Office asks for", () => {
    expect(Object.keys(rendered).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
  });

  it.each([16, 32, 64, 80, 128])("icon-%i.png is up to date with scripts/make-icons.mjs", (size) => {
    const committed = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
    const fresh = Buffer.from(rendered[size] ?? "", "base64");
    expect(pngSize(fresh)).toEqual({ width: size, height: size });
    expect(committed.equals(fresh)).toBe(true);
  });

  it("pngSize rejects bytes that are not a PNG", () => {
    expect(pngSize(Buffer.from("GIF89a-not-a-png-at-all-really"))).toBeUndefined();
    expect(pngSize(Buffer.alloc(0))).toBeUndefined();
  });
});
