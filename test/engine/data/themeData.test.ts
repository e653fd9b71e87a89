import { SECTORS, THEMES } from "../../../src/engine/data/lexiconTypes";
import { SECTOR_KIN, SECTOR_WORDS } from "../../../src/engine/data/sectorWords";
import { SUBJECT_PHRASES, SUBJECTS } from "../../../src/engine/data/subjectPhrases";
import { THEME_FEEDS } from "../../../src/engine/data/themeFeeds";
import { THEME_LABELS } from "../../../src/engine/data/themeLabels";
import { THEME_KEYWORDS } from "../../../src/engine/data/themeKeywords";

const HAN = /\p{Script=Han}/u;
const repeats = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe("THEME_LABELS and THEME_FEEDS", () => {
  it("label every theme in both languages and feed only known themes, never themselves", () => {
    expect(Object.keys(THEME_LABELS).sort()).toEqual([...THEMES].sort());
    expect(Object.keys(THEME_FEEDS).sort()).toEqual([...THEMES].sort());
    for (const theme of THEMES) {
      expect({ theme, en: THEME_LABELS[theme].en !== "", zh: HAN.test(THEME_LABELS[theme].zh) }).toEqual({ theme, en: true, zh: true });
      expect({ theme, bad: THEME_FEEDS[theme].filter((t) => t === theme || !THEMES.includes(t)) }).toEqual({ theme, bad: [] });
    }
  });

  it("lets nothing feed growth, and narrow themes feed the broad one they belong to", () => {
    expect(THEMES.filter((t) => THEME_FEEDS[t].includes("growth"))).toEqual([]);
    expect(THEME_FEEDS.credit).toContain("risk");
    expect(THEME_FEEDS.compliance).toContain("risk");
    expect(THEME_FEEDS.leadership).toContain("talent");
    expect(THEME_FEEDS.quality).toContain("reliability");
  });

  it("keeps words of one narrow theme out of the broad one: a keyword of reliability is not one of quality", () => {
    for (const [narrow, broad] of [["reliability", "quality"], ["compliance", "risk"], ["credit", "risk"], ["leadership", "talent"], ["education", "learning"]] as const) {
      const shared = THEME_KEYWORDS[narrow].en.filter((w) => THEME_KEYWORDS[broad].en.includes(w));
      expect({ narrow, broad, shared }).toEqual({ narrow, broad, shared: [] });
    }
  });
});

describe("SECTOR_WORDS", () => {
  it("covers exactly the sectors of SECTORS, with words in both languages and no repeats", () => {
    expect(Object.keys(SECTOR_WORDS).sort()).toEqual([...SECTORS].sort());
    for (const sector of SECTORS) {
      const { en, zh } = SECTOR_WORDS[sector];
      expect({ sector, en: en.length > 0, zh: zh.length > 0, repeats: [...repeats(en), ...repeats(zh)] }).toEqual({ sector, en: true, zh: true, repeats: [] });
      expect({ sector, bad: [...en.filter((w) => w !== w.toLowerCase() || w.trim() === ""), ...zh.filter((w) => !HAN.test(w) || [...w].length < 2)] }).toEqual({ sector, bad: [] });
    }
  });

  it("leaves out words any business uses", () => {
    const generic = ["customer", "staff", "cost", "system", "data", "app", "online", "order", "product", "project", "service", "quality", "health", "graduate", "生产", "物流", "设备", "产品", "服务", "管理", "零售", "教育", "课程", "案件"];
    for (const sector of SECTORS) {
      const { en, zh } = SECTOR_WORDS[sector];
      expect({ sector, found: [...en, ...zh].filter((w) => generic.includes(w)) }).toEqual({ sector, found: [] });
    }
  });

  it("pairs only known, distinct sectors as kin", () => {
    expect(SECTOR_KIN.filter(([a, b]) => a === b || !SECTORS.includes(a) || !SECTORS.includes(b))).toEqual([]);
    const keys = SECTOR_KIN.map(([a, b]) => [a, b].sort().join("+"));
    expect(repeats(keys)).toEqual([]);
  });
});

describe("SUBJECT_PHRASES", () => {
  it("reads known subjects into known themes, with heads in both languages and no repeats", () => {
    for (const phrase of SUBJECT_PHRASES) {
      const id = `${phrase.subject}/${phrase.theme}`;
      expect({ id, subject: phrase.subject in SUBJECTS, theme: THEMES.includes(phrase.theme) }).toEqual({ id, subject: true, theme: true });
      expect({ id, en: phrase.heads.en.length > 0, zh: phrase.heads.zh.length > 0 }).toEqual({ id, en: true, zh: true });
      const all = [...phrase.heads.en, ...phrase.heads.zh, ...phrase.verbs.en, ...phrase.verbs.zh];
      expect({ id, repeats: [...repeats(phrase.heads.en), ...repeats(phrase.heads.zh), ...repeats(phrase.verbs.en), ...repeats(phrase.verbs.zh)], blank: all.filter((w) => w.trim() === "") }).toEqual({ id, repeats: [], blank: [] });
    }
    for (const [subject, { en, zh }] of Object.entries(SUBJECTS)) expect({ subject, repeats: [...repeats(en), ...repeats(zh)] }).toEqual({ subject, repeats: [] });
  });
});
