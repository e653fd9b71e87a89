import type { Perspective } from "../model";

/**
 * Balanced Scorecard perspective words (DOMAIN §1), in `normalizeHeader` form (lower-case, no spaces
 * or punctuation: "L&G" → "lg"). Exact words first; `PERSPECTIVE_STEMS` are searched inside longer text.
 */
export const PERSPECTIVE_WORDS: Readonly<Record<Perspective, readonly string[]>> = {
  financial: ["financial", "finance", "fin", "f", "financialperspective", "shareholder", "shareholders", "economic", "财务", "财务层面", "财务维度", "财务类", "经营业绩", "股东"],
  customer: ["customer", "customers", "client", "clients", "c", "market", "customerandmarket", "stakeholder", "客户", "顾客", "客户层面", "客户维度", "客户与市场", "市场", "用户"],
  process: [
    "process", "processes", "internalprocess", "internalprocesses", "internalbusinessprocess", "internalbusinessprocesses",
    "internal", "operations", "operational", "operationalexcellence", "ip", "p", "ibp",
    "内部流程", "内部运营", "内部业务流程", "流程", "运营", "内部", "内部管理", "内部经营", "业务流程",
  ],
  learning: [
    "learning", "learningandgrowth", "learninggrowth", "lg", "l", "learninganddevelopment", "people", "peopleandculture",
    "organizationalcapacity", "organisationalcapacity", "innovationandlearning", "growthandlearning",
    "学习与成长", "学习成长", "学习和成长", "学习与发展", "学习与创新", "员工", "人才", "组织能力", "员工学习与成长",
  ],
};

/** Stems found inside longer perspective text ("Financial Perspective", "客户层面（外部）"). */
export const PERSPECTIVE_STEMS: Readonly<Record<Perspective, readonly string[]>> = {
  financial: ["financ", "财务"],
  customer: ["customer", "client", "客户", "顾客"],
  process: ["process", "operation", "流程", "运营"],
  learning: ["learning", "学习", "成长"],
};
