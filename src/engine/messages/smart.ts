import type { MessageTable } from "./define";

/**
 * Messages of the SMART check (DOMAIN §3): one reason per criterion result, and the notes outside the
 * five. Codes are stable: the SMART Review sheet, KPI.SMARTNOTE and the tests key on them.
 * Severity: info when met or unknown, warning when not met.
 */
export const SMART_MESSAGES = {
  // S — Specific
  S_METRIC_NAMED: { severity: "info", en: "Names a measured thing: {metric}.", zh: "指明了衡量对象：{metric}。" },
  S_QUANTITY_NAMED: { severity: "info", en: "States a quantity with its unit ({quantity}).", zh: "给出了带单位的数量（{quantity}）。" },
  S_EMPTY: { severity: "warning", en: "No name or description to judge.", zh: "没有名称或说明，无法判断。" },
  S_VAGUE_ONLY: { severity: "warning", en: "Only vague words ({words}); it does not say what is measured.", zh: "只有笼统的措辞（{words}），没有说明衡量什么。" },
  S_PLAIN_NAME: { severity: "info", en: "Names what it counts: \"{name}\" (no vague words).", zh: "写明了统计对象：“{name}”（无笼统措辞）。" },
  S_NO_KNOWN_METRIC: { severity: "info", en: "Could not recognise a measured thing in the text.", zh: "未能在文字中识别出衡量对象。" },
  S_MULTIPLE_GOALS: { severity: "warning", en: "Several goals in one statement ({count}); one KPI should measure one thing.", zh: "一条表述中包含多个目标（{count} 个）；一个指标只应衡量一件事。" },
  // M — Measurable
  M_TARGET_AND_UNIT: { severity: "info", en: "Numeric target {target}, measured in {unit}.", zh: "有数值目标 {target}，计量单位：{unit}。" },
  M_NO_TARGET: { severity: "warning", en: "No numeric target.", zh: "没有数值目标。" },
  M_VAGUE_TARGET: { severity: "warning", en: "Vague words ({words}) are not a target: give a number.", zh: "笼统的措辞（{words}）不是目标：请给出具体数值。" },
  M_RATIO_TARGET: { severity: "info", en: "Target ratio {target}.", zh: "目标比例为 {target}。" },
  M_RANK_TARGET: { severity: "info", en: "Target rank {target}, measured by the ranking.", zh: "目标排名：{target}，以排名衡量。" },
  M_MULTIPLE_TARGET: { severity: "info", en: "Target {target}: {factor} times the starting value.", zh: "目标“{target}”：起点值的 {factor} 倍。" },
  M_CHANGE_TARGET: { severity: "info", en: "Target {target}: a change relative to the starting value.", zh: "目标“{target}”：相对起点值的变动幅度。" },
  M_TARGET_UNREADABLE: { severity: "warning", en: "The target \"{text}\" states no number.", zh: "目标“{text}”没有给出数值。" },
  M_NO_UNIT: { severity: "warning", en: "The target {target} has no unit, % or currency, and no measured thing is named.", zh: "目标 {target} 没有单位、百分比或币种，也未指明衡量对象。" },
  // A — Achievable
  A_NO_NUMBERS: { severity: "info", en: "Not enough numbers to judge (needs a target with a baseline or history).", zh: "数据不足，无法判断（需要目标值及基线或历史数据）。" },
  A_ZERO_BASELINE: { severity: "info", en: "The baseline is 0 or negative, so the relative change cannot be judged.", zh: "基线为 0 或负数，无法判断相对变化。" },
  A_CONTRADICTS_DIRECTION: { severity: "warning", en: "The target {target} moves against the KPI's direction ({directionEn}) from {baseline}.", zh: "目标 {target} 相对基线 {baseline} 的变化与指标方向（{directionZh}）相反。" },
  A_CHANGE_TOO_LARGE: { severity: "warning", en: "Needs a change of {change} per year; more than {limit} is rarely achievable.", zh: "需要每年变化 {change}，超过 {limit} 的变化很难实现。" },
  A_CHANGE_PLAUSIBLE: { severity: "info", en: "Needs a change of {change} per year, within {limit}.", zh: "需要每年变化 {change}，在 {limit} 以内。" },
  A_BEYOND_HISTORY: { severity: "warning", en: "Needs {g} per period against a history of {mean} ± {spread} ({z} spreads above): unrealistic.", zh: "每期需要 {g}，而历史均值为 {mean} ± {spread}（高出 {z} 个标准差）：不现实。" },
  A_STRETCH: { severity: "info", en: "A stretch: needs {g} per period against a history of {mean} ± {spread} ({z} spreads above).", zh: "具有挑战性：每期需要 {g}，历史均值为 {mean} ± {spread}（高出 {z} 个标准差）。" },
  A_TOO_EASY: { severity: "info", en: "Too easy: needs {g} per period, while the history already gives {mean} ± {spread}.", zh: "过于容易：每期只需 {g}，而历史均值已达 {mean} ± {spread}。" },
  A_WITHIN_HISTORY: { severity: "info", en: "Needs {g} per period, in line with the history ({mean} ± {spread}).", zh: "每期需要 {g}，与历史（{mean} ± {spread}）相符。" },
  // R — Relevant
  R_OBJECTIVE_MATCHED: { severity: "info", en: "Serves the objective \"{objective}\".", zh: "服务于战略目标“{objective}”。" },
  R_ALIGNED: { severity: "info", en: "Clearly serves a strategic objective{objectiveEn} (strength {strength}){evidenceEn}.", zh: "明显服务于战略目标{objectiveZh}（关联强度 {strength}）{evidenceZh}。" },
  R_OBJECTIVE_NOT_IN_STRATEGY: { severity: "warning", en: "The objective \"{objective}\" is not one of the strategy's objectives.", zh: "目标“{objective}”不在战略目标清单中。" },
  R_NO_OBJECTIVE: { severity: "warning", en: "Not linked to any of the strategy's objectives.", zh: "未关联任何战略目标。" },
  R_WEAK_ALIGNMENT: { severity: "warning", en: "Only weakly related to the strategy (strength {strength}).", zh: "与战略关联较弱（关联强度 {strength}）。" },
  R_OBJECTIVE_UNVERIFIED: { severity: "info", en: "Names the objective \"{objective}\", but no list of strategy objectives was given to check it against.", zh: "写明了目标“{objective}”，但没有提供战略目标清单，无法核对。" },
  R_NO_STRATEGY: { severity: "info", en: "No objective and no strategy objectives to check relevance against.", zh: "没有关联目标，也没有战略目标清单，无法判断相关性。" },
  // T — Time-bound
  T_DEADLINE: { severity: "info", en: "Deadline {date}.", zh: "截止日期 {date}。" },
  T_PERIOD: { severity: "info", en: "Set per {periodEn}: each {periodEn} has its own target.", zh: "按{periodZh}考核。" },
  T_DEADLINE_IN_TEXT: { severity: "info", en: "Deadline {date}, stated in the text (\"{text}\").", zh: "文字中写明了截止日期 {date}（“{text}”）。" },
  T_FREQUENCY: { severity: "info", en: "No deadline, but measured every {periodEn}.", zh: "没有截止日期，但按{periodZh}考核。" },
  T_VAGUE: { severity: "warning", en: "\"{text}\" is not a deadline.", zh: "“{text}”不是截止日期。" },
  T_UNREADABLE: { severity: "warning", en: "The deadline \"{text}\" could not be read as a date or period.", zh: "无法将截止日期“{text}”识别为日期或期间。" },
  T_NO_DEADLINE: { severity: "warning", en: "No deadline.", zh: "没有截止日期。" },
  // Notes outside the five
  NO_OWNER: { severity: "warning", en: "No owner: name the person or team accountable.", zh: "没有负责人：请指明责任人或责任部门。" },
  DEADLINE_PASSED: { severity: "warning", en: "Deadline passed on {date}: set the next period.", zh: "截止日期 {date} 已过：请设定下一期的目标和期限。" },
  NO_DATA_SOURCE_OR_FREQUENCY: { severity: "info", en: "No data source or measurement frequency: say where the numbers come from and how often.", zh: "没有数据来源或考核频率：请说明数据从何而来、多久统计一次。" },
} as const satisfies MessageTable;

/** Suggestions shown beside a criterion that is not met or unknown, keyed like SMART_MESSAGES. */
export const SMART_SUGGESTIONS = {
  S_EMPTY: { severity: "info", en: "Name the measured thing, e.g. \"customer churn rate\".", zh: "写明衡量对象，例如“客户流失率”。" },
  S_VAGUE_ONLY: { severity: "info", en: "Replace the vague words with the metric, e.g. \"raise repeat purchase rate to 30%\".", zh: "用具体指标代替笼统措辞，例如“复购率提升到30%”。" },
  S_NO_KNOWN_METRIC: { severity: "info", en: "Make sure the name says what is counted or measured (a rate, amount, time or count).", zh: "请确认名称说明了统计或衡量的内容（比率、金额、时间或数量）。" },
  S_MULTIPLE_GOALS: { severity: "info", en: "Split it into one KPI per goal.", zh: "请拆分为每个目标一个指标。" },
  M_NO_TARGET: { severity: "info", en: "Add a target value, e.g. \"90%\" or \"4 h\".", zh: "请补充目标值，例如“90%”或“4小时”。" },
  M_VAGUE_TARGET: { severity: "info", en: "Replace it with a number, e.g. \"from 80% to 90%\".", zh: "请改为具体数值，例如“从80%提升到90%”。" },
  M_TARGET_UNREADABLE: { severity: "info", en: "Write the target as a number, a bound (≥ 95%), a ratio (3:1) or a rank (Top 5).", zh: "请将目标写成数值、界限（≥95%）、比例（3:1）或排名（前5）。" },
  M_NO_UNIT: { severity: "info", en: "Add the unit (%, currency, hours, count …).", zh: "请补充单位（%、币种、小时、个数等）。" },
  A_NO_NUMBERS: { severity: "info", en: "Add a baseline (last year's value) or a few periods of history.", zh: "请补充基线（上年同期值）或若干期历史数据。" },
  A_ZERO_BASELINE: { severity: "info", en: "Add a few periods of history to judge the target against.", zh: "请补充若干期历史数据以便评估目标。" },
  A_CONTRADICTS_DIRECTION: { severity: "info", en: "Check the direction or the target.", zh: "请检查指标方向或目标值。" },
  A_CHANGE_TOO_LARGE: { severity: "info", en: "Set an intermediate target, or move the deadline out.", zh: "请设定阶段性目标，或推后截止日期。" },
  A_BEYOND_HISTORY: { severity: "info", en: "Lower the target or move the deadline out, unless something new will change the trend.", zh: "除非有新的举措改变趋势，否则请降低目标或推后截止日期。" },
  A_TOO_EASY: { severity: "info", en: "Consider a more ambitious target.", zh: "可考虑设定更有挑战性的目标。" },
  R_OBJECTIVE_NOT_IN_STRATEGY: { severity: "info", en: "Use the exact name of one of the strategy's objectives.", zh: "请使用战略目标清单中的目标名称。" },
  R_NO_OBJECTIVE: { severity: "info", en: "Link it to the strategic objective it serves.", zh: "请关联其服务的战略目标。" },
  R_WEAK_ALIGNMENT: { severity: "info", en: "Link it explicitly to an objective, or reconsider whether it is needed.", zh: "请明确关联一个战略目标，或重新考虑是否需要此指标。" },
  R_OBJECTIVE_UNVERIFIED: { severity: "info", en: "Give the list of strategy objectives to check it.", zh: "请提供战略目标清单以便核对。" },
  R_NO_STRATEGY: { severity: "info", en: "Add the objective it serves and the strategy's objectives.", zh: "请补充其服务的目标以及战略目标清单。" },
  T_VAGUE: { severity: "info", en: "Add a deadline such as {example}.", zh: "请补充截止日期，例如 {example}。" },
  T_UNREADABLE: { severity: "info", en: "Write the deadline as a date or period, e.g. {example}.", zh: "请将截止日期写成日期或期间，例如 {example}。" },
  T_NO_DEADLINE: { severity: "info", en: "Add a deadline such as {example}.", zh: "请补充截止日期，例如 {example}。" },
} as const satisfies MessageTable;

/** A SMART reason code. */
export type SmartCode = keyof typeof SMART_MESSAGES;
