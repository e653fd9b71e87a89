import { METRIC_LEXICON } from "../../../src/engine/data/metricLexicon";
import { THEME_KEYWORDS } from "../../../src/engine/data/themeKeywords";
import { THEMES, type MetricEntry, type Theme } from "../../../src/engine/data/lexiconTypes";

const HAN = /\p{Script=Han}/u;
const PERSPECTIVES = ["financial", "customer", "process", "learning"] as const;

/** Names that occur in more than one entry, with the ids that share them. */
function sharedNames(names: (entry: MetricEntry) => readonly string[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const entry of METRIC_LEXICON) {
    for (const name of names(entry)) {
      const ids = owners.get(name) ?? new Set<string>();
      ids.add(entry.id);
      owners.set(name, ids);
    }
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([name, ids]) => `${name}: ${[...ids].join(", ")}`);
}

function findByEn(name: string): MetricEntry | undefined {
  return METRIC_LEXICON.find((entry) => entry.en.includes(name));
}

function findByZh(name: string): MetricEntry | undefined {
  return METRIC_LEXICON.find((entry) => entry.zh.includes(name));
}

describe("METRIC_LEXICON", () => {
  it("has at least 900 entries", () => {
    expect(METRIC_LEXICON.length).toBeGreaterThanOrEqual(900);
  });

  it("has unique kebab-case ids", () => {
    const ids = METRIC_LEXICON.map((entry) => entry.id);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("names every entry in both languages", () => {
    expect(METRIC_LEXICON.filter((entry) => entry.en.length === 0 || entry.zh.length === 0).map((entry) => entry.id)).toEqual([]);
  });

  it("writes English names in lower case, trimmed and non-empty", () => {
    const bad = METRIC_LEXICON.flatMap((entry) => entry.en.filter((name) => name !== name.toLowerCase() || name !== name.trim() || name === ""));
    expect(bad).toEqual([]);
  });

  it("gives no English name, Chinese name or abbreviation to two entries", () => {
    expect(sharedNames((entry) => entry.en)).toEqual([]);
    expect(sharedNames((entry) => entry.zh)).toEqual([]);
    expect(sharedNames((entry) => entry.abbr ?? [])).toEqual([]);
  });

  it("gives no two entries the same English name once hyphens, punctuation and a plural s are ignored", () => {
    const folded = (name: string) =>
      name
        .split(/[^a-z0-9]+/)
        .filter((word) => word !== "")
        .map((word) => (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word) ? word.slice(0, -1) : word))
        .join(" ");
    expect(sharedNames((entry) => [...new Set(entry.en.map(folded))])).toEqual([]);
  });

  it("has no single-character Chinese name, and every Chinese name contains a Han character", () => {
    const all = METRIC_LEXICON.flatMap((entry) => entry.zh);
    expect(all.filter((name) => [...name.trim()].length < 2)).toEqual([]);
    expect(all.filter((name) => !HAN.test(name))).toEqual([]);
  });

  it("gives every entry 1–3 valid themes without repeats", () => {
    const valid = new Set<string>(THEMES);
    const bad = METRIC_LEXICON.filter(
      (entry) => entry.themes.length < 1 || entry.themes.length > 3 || new Set(entry.themes).size !== entry.themes.length || entry.themes.some((theme) => !valid.has(theme)),
    ).map((entry) => entry.id);
    expect(bad).toEqual([]);
  });

  it("uses every theme in at least 8 entries", () => {
    const counts = new Map<Theme, number>(THEMES.map((theme) => [theme, 0]));
    for (const entry of METRIC_LEXICON) for (const theme of entry.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n < 8)).toEqual([]);
  });

  it("has at least 60 entries in each perspective", () => {
    const counts = PERSPECTIVES.map((perspective) => [perspective, METRIC_LEXICON.filter((entry) => entry.perspective === perspective).length] as const);
    expect(counts.filter(([, n]) => n < 60)).toEqual([]);
  });

  describe("spot checks", () => {
    it("knows NPS in both languages as one loyalty entry", () => {
      const nps = findByEn("net promoter score");
      expect(nps).toBeDefined();
      expect(nps?.abbr).toContain("NPS");
      expect(nps?.zh).toContain("净推荐值");
      expect(nps?.themes).toContain("loyalty");
    });

    it("knows the retail and restaurant measures 坪效, 人效, 客单价 and 翻台率", () => {
      for (const name of ["坪效", "人效", "客单价", "翻台率"]) expect({ name, found: findByZh(name) !== undefined }).toEqual({ name, found: true });
    });

    it("links the cash conversion cycle to cash and time to hire to talent", () => {
      expect(findByEn("cash conversion cycle")?.themes).toContain("cash");
      expect(findByEn("time to hire")?.themes).toContain("talent");
    });

    it("knows public-sector, health, education, utility, insurance and IT measures by their first theme", () => {
      const cases: ReadonlyArray<readonly [string, Theme]> = [
        ["time to be seen", "service"], ["theatre utilisation", "efficiency"], ["time to restore service", "reliability"],
        ["combined ratio", "profitability"], ["claims settlement time", "service"], ["loan-to-value ratio", "credit"],
        ["planning applications decided on time", "delivery"], ["pupils reading at expected level", "education"],
        ["attendance at parent evenings", "satisfaction"], ["household waste recycling rate", "sustainability"],
      ];
      for (const [name, theme] of cases) expect({ name, theme: findByEn(name)?.themes[0] }).toEqual({ name, theme });
      const zhCases: ReadonlyArray<readonly [string, Theme]> = [
        ["供电可靠率", "reliability"], ["户均停电时间", "reliability"], ["综合线损率", "efficiency"], ["企业开办时间", "service"],
        ["四级手术占比", "learning"], ["平均住院日", "efficiency"], ["门诊患者满意度", "satisfaction"], ["升学率", "education"], ["急诊等候时间", "service"],
      ];
      for (const [name, theme] of zhCases) expect({ name, theme: findByZh(name)?.themes[0] }).toEqual({ name, theme });
    });
  });
});

describe("THEME_KEYWORDS", () => {
  it("covers exactly the themes of THEMES", () => {
    expect(Object.keys(THEME_KEYWORDS).sort()).toEqual([...THEMES].sort());
  });

  it("gives every theme 30–100 English and 30–100 Chinese keywords, none repeated within the theme", () => {
    // Narrow themes (credit, leadership) have fewer words than broad ones (service, sustainability).
    for (const theme of THEMES) {
      const { en, zh } = THEME_KEYWORDS[theme];
      expect({ theme, en: en.length >= 30 && en.length <= 100, zh: zh.length >= 30 && zh.length <= 100 }).toEqual({ theme, en: true, zh: true });
      expect({ theme, en: en.filter((word, i) => en.indexOf(word) !== i), zh: zh.filter((word, i) => zh.indexOf(word) !== i) }).toEqual({ theme, en: [], zh: [] });
    }
  });

  it("leaves out words too generic to say what an objective is about", () => {
    const genericEn = ["improve", "grow", "enhance", "deliver", "well", "better", "best", "every", "value", "people", "environment", "market", "acquisition", "conversion", "pipeline", "attract", "retain", "train", "energy", "water", "affordable", "availability"];
    const genericZh = ["提升", "提高", "增强", "打造", "优化", "建设", "加强", "高效", "优质", "管理", "能力", "发展", "环境", "市场", "质量", "安全", "响应", "治理", "回报", "回购", "引进", "骨干", "多元", "赋能"];
    for (const theme of THEMES) {
      const { en, zh } = THEME_KEYWORDS[theme];
      expect({ theme, en: en.filter((word) => genericEn.includes(word)), zh: zh.filter((word) => genericZh.includes(word)) }).toEqual({ theme, en: [], zh: [] });
    }
  });

  it("says the idiomatic objectives of real strategy maps", () => {
    const says = (theme: Theme, word: string) => THEME_KEYWORDS[theme].en.includes(word) || THEME_KEYWORDS[theme].zh.includes(word);
    const cases: ReadonlyArray<readonly [Theme, string]> = [
      ["safety", "unharmed"], ["safety", "安全底线"], ["supply", "on the shelf"], ["loyalty", "customers for life"], ["efficiency", "效能"],
      ["service", "easy to reach"], ["service", "跑腿"], ["service", "营商环境"], ["reliability", "uptime"], ["cash", "cash"],
      ["sustainability", "greener"], ["cost", "dollar count"], ["digital", "数据多跑路"], ["talent", "人才队伍"],
    ];
    expect(cases.filter(([theme, word]) => !says(theme, word))).toEqual([]);
  });

  it("writes English keywords in lower case and Chinese keywords with Han characters", () => {
    for (const theme of THEMES) {
      const { en, zh } = THEME_KEYWORDS[theme];
      expect({ theme, bad: en.filter((word) => word !== word.toLowerCase() || word.trim() === "") }).toEqual({ theme, bad: [] });
      expect({ theme, bad: zh.filter((word) => !HAN.test(word) || [...word].length < 2) }).toEqual({ theme, bad: [] });
    }
  });
});
