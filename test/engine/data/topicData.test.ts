import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS } from "../../../src/engine/data/stopWords";
import { COMMERCIAL_TOPICS } from "../../../src/engine/data/topics.commercial";
import { OPERATIONS_TOPICS } from "../../../src/engine/data/topics.operations";
import { englishTermKey as keyOf, TOPICS } from "../../../src/engine/lexicon/topics";

const HAN = /\p{Script=Han}/u;
const repeats = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

// Words any KPI or objective may use: a topic named by one of them alone would link everything to everything.
const GENERIC_EN = ["quality", "service", "customer", "customers", "cost", "costs", "time", "rate", "growth", "improve", "efficiency", "performance", "safety", "satisfaction", "value", "risk", "delivery", "people", "staff", "process", "management", "revenue", "sales", "market", "target", "number", "total", "average", "percentage", "score", "index", "level", "team", "business", "data", "system", "project", "product", "products", "operations"];
const GENERIC_ZH = ["质量", "服务", "客户", "成本", "效率", "提升", "提高", "安全", "管理", "满意", "收入", "销售", "市场", "时间", "目标", "指标", "数量", "比例", "增长", "降低", "业务", "系统", "项目", "产品", "运营", "能力", "水平", "工作", "发展"];

describe("topic data (data/topics.*.ts)", () => {
  it("has topics in both files, each with a unique kebab-case id and a label in both languages", () => {
    expect(OPERATIONS_TOPICS.length).toBeGreaterThanOrEqual(60);
    expect(COMMERCIAL_TOPICS.length).toBeGreaterThanOrEqual(60);
    const ids = TOPICS.map((t) => t.id);
    expect(repeats(ids)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id))).toEqual([]);
    expect(TOPICS.filter((t) => t.label.en.trim() === "" || !HAN.test(t.label.zh)).map((t) => t.id)).toEqual([]);
  });

  it("names every topic in both languages, lower-case English and Chinese of two or more characters, no repeats", () => {
    for (const t of TOPICS) {
      const bad = [...t.en.filter((w) => w !== w.toLowerCase() || keyOf(w) === "" || HAN.test(w)), ...t.zh.filter((w) => !HAN.test(w) || [...w.replace(/\s+/gu, "")].length < 2)];
      expect({ id: t.id, en: t.en.length >= 3, zh: t.zh.length >= 3, bad, repeats: [...repeats(t.en.map(keyOf)), ...repeats([...t.zh])] }).toEqual({ id: t.id, en: true, zh: true, bad: [], repeats: [] });
    }
  });

  it("gives every term to one topic only (as the matcher keys it), so a word never links two subjects", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of TOPICS) {
      for (const key of [...new Set([...t.en.map(keyOf), ...t.zh])]) {
        const other = owner.get(key);
        if (other !== undefined && other !== t.id) clashes.push(`${key}: ${other} / ${t.id}`);
        owner.set(key, t.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("never uses a stop word or a word any business uses as a term on its own", () => {
    const generic = new Set([...GENERIC_EN, ...ENGLISH_STOP_WORDS].map(keyOf));
    const genericZh = new Set([...GENERIC_ZH, ...CHINESE_STOP_WORDS]);
    const found = TOPICS.flatMap((t) => [...t.en.filter((w) => generic.has(keyOf(w))), ...t.zh.filter((w) => genericZh.has(w))].map((w) => `${t.id}: ${w}`));
    expect(found).toEqual([]);
  });
});
