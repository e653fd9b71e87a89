import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { type MetadataLike, loadTable, localizeMetadata } from "../../../scripts/FunctionsLocalePlugin";
import { ZH_CN } from "../../../src/functions/i18n/zh-CN";

const ROOT = path.resolve(__dirname, "../../..");
const TABLE = path.join(ROOT, "src/functions/i18n/zh-CN.ts");

const SAMPLE: MetadataLike = {
  functions: [
    { id: "BAND", name: "BAND", description: "Band", parameters: [{ name: "actual", description: "A" }, { name: "low" }, { name: "high" }] },
  ],
};

describe("localizeMetadata", () => {
  it("translates descriptions and keeps ids, names and parameter names", () => {
    const table = { BAND: { description: "区间", parameters: { actual: "实际", low: "下限", high: "上限" } } };
    const { localized, metadata, errors } = localizeMetadata(SAMPLE, table);
    expect(errors).toEqual([]);
    expect(localized.functions[0]).toEqual({
      id: "BAND",
      name: "BAND",
      description: "区间",
      parameters: [
        { name: "actual", description: "实际" },
        { name: "low", description: "下限" },
        { name: "high", description: "上限" },
      ],
    });
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(metadata.functions).toEqual(SAMPLE.functions); // English descriptions untouched
  });

  it("reports every missing translation and every stale one", () => {
    const table = { BAND: { description: "区间", parameters: { actual: "实际", lo: "下限" } }, GONE: { description: "旧" } };
    expect(localizeMetadata(SAMPLE, table).errors).toEqual([
      "BAND(low): no zh-CN description for this parameter",
      "BAND(high): no zh-CN description for this parameter",
      "BAND(lo): translated, but BAND has no such parameter",
      "GONE: translated, but there is no such function",
    ]);
    expect(localizeMetadata(SAMPLE, {}).errors[0]).toBe("BAND: no zh-CN description");
  });

  it("does not mutate its arguments", () => {
    const before = JSON.stringify(SAMPLE);
    localizeMetadata(SAMPLE, { BAND: { description: "区间", parameters: {} } });
    expect(JSON.stringify(SAMPLE)).toBe(before);
  });
});

describe("the zh-CN table", () => {
  it("loads on its own as the build loads it", () => {
    expect(loadTable(TABLE)).toEqual(ZH_CN);
  });

  it("translates every function and parameter of functions.ts (metadata generated from the source, no build needed)", async () => {
    const generated = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"), false);
    expect(generated.errors).toEqual([]);
    const metadata = JSON.parse(generated.metadataJson) as MetadataLike;
    expect(metadata.functions).toHaveLength(17);
    expect(localizeMetadata(metadata, loadTable(TABLE)).errors).toEqual([]);
  }, 60_000);
});
