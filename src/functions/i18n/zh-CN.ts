/**
 * Simplified Chinese descriptions of every custom function and parameter, keyed by function id and
 * parameter name exactly as in the generated `functions.json`. scripts/FunctionsLocalePlugin.js builds
 * `functions.zh-CN.json` from that file plus this table at build time, and fails the build when a
 * function or parameter has no translation here (or when this table names one that no longer exists).
 * Names stay in English in every language, so formulas survive a colleague with another language.
 *
 * Keep this file free of imports: the build loads it on its own.
 */

/** One function's Chinese description and its parameters' descriptions. */
export interface FunctionTranslation {
  readonly description: string;
  readonly parameters: Readonly<Record<string, string>>;
}

const DIRECTION = "哪个方向更好：越高越好、越低越好 或 适中（higher / lower / target）。留空 = 越高越好。";
const KPI_TEXT_COLUMN = "指标说明，如“到 2027 年第四季度将 NPS 从 30 提高到 45”：单个单元格或一列指标。";
const OBJECTIVES = "战略目标列表：所有指标共用，任意形状。";

const SMART_PARAMETERS: Readonly<Record<string, string>> = {
  description: KPI_TEXT_COLUMN,
  target: "目标：数值，或 4:1、前5、≤¥85、翻一番 等写法（“高”“显著提升”等模糊用语不满足可衡量）。",
  unit: "计量单位（%、元、天 …）。",
  deadline: "截止日期：日期或期间，如 2027年第三季度、FY2027、2026年底。",
  baseline: "基线值（起点）。",
  objective: "每个指标所服务的战略目标。",
  objectives: OBJECTIVES,
  history: "历史数据，按时间从早到晚：每个指标一行。",
  direction: DIRECTION,
};

export const ZH_CN: Readonly<Record<string, FunctionTranslation>> = {
  ATTAINMENT: {
    description: "指标达成率：1 表示恰好达到目标（越高越好：1 + (实际 − 目标) / |目标|；有基线时为从基线到目标的完成进度）。",
    parameters: {
      actual: "实际值：单个单元格或区域。",
      target: "目标值：一个单元格适用于全部，或与实际值形状相同的区域。",
      direction: DIRECTION,
      baseline: "基线值；填写后，达成率为从基线到目标的完成进度。",
    },
  },
  SCORE: {
    description: "指标得分：将达成率限制在 [下限, 上限] 之内，默认 [0, 1.2]。",
    parameters: {
      actual: "实际值：单个单元格或区域。",
      target: "目标值：一个单元格适用于全部，或与实际值形状相同的区域。",
      direction: DIRECTION,
      baseline: "基线值；填写后，达成率为从基线到目标的完成进度。",
      floor: "最低得分。留空 = 0。",
      cap: "最高得分。留空 = 1.2。",
    },
  },
  BAND: {
    description: "目标区间的达成率：在 [下限, 上限] 内为 1，否则为 1 − 偏离 / |较近界限|。",
    parameters: {
      actual: "实际值：单个单元格或区域。",
      low: "目标区间的下限。",
      high: "目标区间的上限。",
    },
  },
  NEEDED: {
    description: "指标得分达到阈值所需的实际值（越高越好：目标 + (阈值 − 1)·|目标|；有基线时：基线 + 阈值·(目标 − 基线)）。适中型给出下限和上限两个值，并排显示。",
    parameters: {
      target: "目标值：单个单元格或区域。",
      direction: DIRECTION,
      baseline: "基线值；填写后，得分为从基线到目标的完成进度。",
      threshold: "要达到的得分，如 0.9 或 90%。留空 = 1（绿灯阈值）。",
    },
  },
  STATUS: {
    description: "得分对应的状态：On track（达标）、At risk（有风险）、Off track（未达标），得分为空时为 No data（无数据）。",
    parameters: {
      score: "得分：单个单元格或区域。",
      green: "得分不低于此值为 On track。留空 = 1。",
      amber: "得分不低于此值（且低于绿灯阈值）为 At risk。留空 = 0.9。",
    },
  },
  WEIGHTED: {
    description: "得分的加权平均：Σ 得分 × 权重 / Σ 权重。权重为相对值；全部留空 = 等权重；部分留空则不计入这些指标。",
    parameters: {
      scores: "各指标得分；空单元格跳过。",
      weights: "相对权重，与得分形状相同（40/30/30 与 0.4/0.3/0.3 相同）。",
    },
  },
  SMART: {
    description: "满足的 SMART 标准个数，0–5（具体、可衡量、可实现、相关、有时限）。",
    parameters: SMART_PARAMETERS,
  },
  SMARTFLAGS: {
    description: "按 S M A R T 顺序的五个字符：满足为字母，不满足为 -，无法判断为 ?（如 SM?R-）。",
    parameters: SMART_PARAMETERS,
  },
  SMARTNOTE: {
    description: "每项未满足或无法判断的 SMART 标准的原因与建议，以及仅凭含义关联到战略目标时的依据，使用 Excel 的显示语言。",
    parameters: SMART_PARAMETERS,
  },
  SMARTREWRITE: {
    description: "为不完全符合 SMART 的指标给出符合 SMART 的改写，依据该行已有的数据，缺失处以〈占位符〉标出，使用 Excel 的显示语言（已符合时为空）。",
    parameters: SMART_PARAMETERS,
  },
  ALIGN: {
    description: "指标与最匹配战略目标的关联强度：9 明确关联，3 明显相关，1 弱相关，0 无关。",
    parameters: {
      kpiText: "指标名称或说明：单个单元格或一列指标。",
      objectives: OBJECTIVES,
      link: "指标自身填写的所属目标（明确关联得 9）。",
    },
  },
  BESTOBJECTIVE: {
    description: "指标最能支撑的战略目标名称；没有相关目标时为 #N/A。",
    parameters: {
      kpiText: "指标名称或说明：单个单元格或一列指标。",
      objectives: OBJECTIVES,
      link: "指标自身填写的所属目标（明确关联优先）。",
    },
  },
  MATCHINDEX: {
    description: "战略匹配指数 0–100：指标体系相对战略的覆盖率、强度加权覆盖率、权重一致性与维度平衡（> 75 强，< 60 弱）。",
    parameters: {
      kpiTexts: "指标名称或说明，每个单元格一个。",
      kpiWeights: "指标权重，与指标文本形状相同（留空 = 等权重）。",
      objectives: "战略目标列表，任意形状。",
      objectiveWeights: "各战略目标的优先级权重，与战略目标形状相同（留空 = 1）。",
      kpiLinks: "每个指标自身填写的所属目标，与指标文本形状相同。",
      kpiPerspectives: "每个指标的平衡计分卡维度（财务、客户、内部流程、学习与成长）。",
    },
  },
  PROJECT: {
    description: "截止日的预计达成率：按历史数据的最小二乘直线（同 FORECAST.LINEAR）外推剩余期数，再与目标比较。",
    parameters: {
      history: "历史数据，按时间从早到晚：单个指标为一行或一列，多个指标每个一行。空值跳过但仍计为一期。",
      target: "目标值。",
      periodsLeft: "从最后一个历史值到截止日的期数。",
      direction: DIRECTION,
      baseline: "基线值（起点）。",
    },
  },
  SIGNAL: {
    description: "历史数据最近的过程行为（XmR）信号：ABOVE_LIMIT、BELOW_LIMIT、RUN_ABOVE、RUN_BELOW、NEAR_UPPER、NEAR_LOWER，无信号为空。至少需要 6 个数值。",
    parameters: {
      history: "历史数据，按时间从早到晚：单个指标为一行或一列，多个指标每个一行。",
    },
  },
  NUMBER: {
    description: "从不规范文本中读出数值：¥3.5万 → 35000，(1,200) → −1200，12.5% → 0.125，$1.2M → 1200000。",
    parameters: {
      text: "文本或数值：单个单元格或区域。",
    },
  },
  DEADLINE: {
    description: "所述期间最后一天的 Excel 日期：2027年第三季度、Q3 2027、FY2027、H1 2027、2026年底、2026/12/31 等。",
    parameters: {
      text: "截止日期文本或日期：单个单元格或区域。",
    },
  },
};
