import type { Bilingual } from "../model";
import type { Theme } from "./lexiconTypes";

/**
 * How each objective theme is said when a link is explained ("time to hire measures talent
 * attraction", "招聘周期衡量人才吸引"). Written for this project; one entry per THEMES member.
 */
export const THEME_LABELS: Readonly<Record<Theme, Bilingual>> = {
  growth: { en: "growth", zh: "增长" },
  profitability: { en: "profitability", zh: "盈利能力" },
  cost: { en: "cost", zh: "成本" },
  cash: { en: "cash and liquidity", zh: "资金与流动性" },
  efficiency: { en: "efficiency", zh: "效率" },
  quality: { en: "quality", zh: "质量" },
  reliability: { en: "reliability and uptime", zh: "稳定可靠运行" },
  delivery: { en: "delivery and speed", zh: "交付与时效" },
  service: { en: "service", zh: "服务" },
  satisfaction: { en: "customer satisfaction", zh: "客户满意" },
  loyalty: { en: "loyalty and retention", zh: "忠诚与留存" },
  acquisition: { en: "customer acquisition", zh: "获客" },
  awareness: { en: "brand awareness", zh: "品牌认知" },
  market: { en: "market position", zh: "市场地位" },
  innovation: { en: "innovation", zh: "创新" },
  digital: { en: "digital capability", zh: "数字化能力" },
  people: { en: "workforce stability and engagement", zh: "队伍稳定与敬业" },
  talent: { en: "talent attraction", zh: "人才吸引" },
  leadership: { en: "leadership and succession", zh: "领导力与后备梯队" },
  learning: { en: "learning and skills", zh: "学习与技能" },
  education: { en: "student learning and outcomes", zh: "学生学业与成长" },
  access: { en: "access and participation", zh: "覆盖与参与" },
  health: { en: "population health", zh: "居民健康水平" },
  safety: { en: "safety", zh: "安全" },
  risk: { en: "risk control", zh: "风险防控" },
  compliance: { en: "compliance and integrity", zh: "合规与廉洁" },
  credit: { en: "credit and asset quality", zh: "信贷资产质量" },
  sustainability: { en: "sustainability", zh: "绿色低碳" },
  supply: { en: "supply chain", zh: "供应链" },
};
