import { currentLanguage, langOf, setLanguage } from "../../../src/functions/internal/locale";

const scope = globalThis as { Office?: unknown };

afterEach(() => {
  delete scope.Office;
  setLanguage(undefined);
});

describe("currentLanguage", () => {
  it("is English without an Office runtime", () => {
    expect(currentLanguage()).toBe("en");
  });

  it("follows Office.context.displayLanguage", () => {
    scope.Office = { context: { displayLanguage: "zh-CN" } };
    expect(currentLanguage()).toBe("zh");
    scope.Office = { context: { displayLanguage: "fr-FR" } };
    expect(currentLanguage()).toBe("en");
  });

  it("stays English when the context is missing or its getter throws", () => {
    scope.Office = {};
    expect(currentLanguage()).toBe("en");
    scope.Office = {
      get context(): unknown {
        throw new Error("not initialised");
      },
    };
    expect(currentLanguage()).toBe("en");
  });

  it("can be forced for tests and restored", () => {
    setLanguage("zh");
    expect(currentLanguage()).toBe("zh");
    setLanguage(undefined);
    expect(currentLanguage()).toBe("en");
  });
});

describe("langOf", () => {
  it("maps every zh tag to Chinese and anything else to English", () => {
    expect(["zh-CN", "zh-TW", "zh-Hans", "ZH", "en-US", "", undefined, 42].map(langOf)).toEqual(["zh", "zh", "zh", "zh", "en", "en", "en", "en"]);
  });
});
