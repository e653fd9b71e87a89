import { wordTable } from "./wordTable";
/**
 * Domain synonym groups for KPI–strategy text similarity (DOMAIN §4). Every term of a group maps to
 * the group's concept `id`, so "sales", "revenue", "销售额" and "营收" count as the same word.
 * Terms are written naturally (any case, singular or plural, multi-word English phrases, Chinese
 * without spaces); the tokenizer normalises and stems them the same way it treats the text.
 * To extend: add a term to a group, or a new group with a new id.
 */
export interface SynonymGroup {
  /** Stable concept id (English, lower case). */
  readonly id: string;
  readonly terms: readonly string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  { id: "revenue", terms: ["revenue", "sales", "income", "top line", "bookings", "销售额", "销售", "营收", "营业收入", "收入", "销量", "营业额", "业绩"] },
  { id: "profit", terms: ["profit", "margin", "earnings", "ebit", "ebitda", "bottom line", "profitability", "利润", "毛利", "毛利率", "净利润", "利润率", "盈利"] },
  { id: "customer", terms: ["customer", "client", "user", "consumer", "客户", "用户", "顾客", "消费者", "买家"] },
  { id: "market-share", terms: ["market share", "share of market", "市场份额", "市占率", "市场占有率"] },
  { id: "market", terms: ["market", "市场"] },
  { id: "satisfaction", terms: ["satisfaction", "nps", "net promoter score", "net promoter", "csat", "满意度", "满意", "净推荐值", "口碑"] },
  { id: "experience", terms: ["experience", "cx", "体验"] },
  { id: "cost", terms: ["cost", "expense", "spend", "spending", "opex", "成本", "费用", "开支", "支出"] },
  { id: "employee", terms: ["employee", "staff", "people", "talent", "workforce", "personnel", "headcount", "员工", "人才", "人员", "职工", "团队"] },
  { id: "brand", terms: ["brand", "brand awareness", "品牌", "品牌知名度", "知名度"] },
  { id: "quality", terms: ["quality", "defect", "defects", "error rate", "质量", "品质", "缺陷", "不良率", "合格率", "良率"] },
  { id: "retention", terms: ["retention", "churn", "attrition", "loyalty", "repeat purchase", "留存", "流失", "复购", "复购率", "忠诚度", "续约"] },
  { id: "acquisition", terms: ["acquisition", "new customer", "lead", "获客", "拉新", "新客户", "新增客户"] },
  { id: "efficiency", terms: ["efficiency", "productivity", "throughput", "utilization", "utilisation", "效率", "生产率", "人效", "产能利用率"] },
  { id: "cycle-time", terms: ["cycle time", "lead time", "turnaround", "response time", "delivery time", "周期", "交付周期", "响应时间", "时效"] },
  { id: "delivery", terms: ["delivery", "on-time", "on time", "shipping", "交付", "准时", "交货", "发货"] },
  { id: "innovation", terms: ["innovation", "new product", "r&d", "research", "patent", "创新", "新产品", "研发", "专利"] },
  { id: "training", terms: ["training", "learning", "skill", "capability", "competence", "upskilling", "培训", "学习", "技能", "人才培养"] },
  { id: "engagement", terms: ["engagement", "morale", "enps", "敬业度", "员工满意度", "士气"] },
  { id: "digital", terms: ["digital", "digitalisation", "digitalization", "automation", "system", "数字化", "信息化", "自动化", "系统"] },
  { id: "safety", terms: ["safety", "incident", "accident", "injury", "ltifr", "安全", "事故", "工伤"] },
  { id: "compliance", terms: ["compliance", "audit", "risk", "regulatory", "合规", "审计", "风险", "内控"] },
  { id: "cash", terms: ["cash", "cash flow", "working capital", "receivable", "dso", "现金", "现金流", "应收", "回款", "应收账款"] },
  { id: "inventory", terms: ["inventory", "stock", "stock turn", "库存", "存货", "周转"] },
  { id: "growth-market", terms: ["expansion", "new market", "international", "overseas", "拓展", "新市场", "海外", "国际化"] },
  { id: "sustainability", terms: ["sustainability", "esg", "carbon", "emission", "energy", "可持续", "碳排放", "能耗", "节能", "减排"] },
  { id: "service", terms: ["service", "support", "complaint", "ticket", "服务", "客服", "投诉", "售后"] },
  { id: "chronic-disease", terms: ["chronic disease", "long-term condition", "long-term conditions", "hypertension", "diabetes", "慢性病", "慢病", "高血压", "糖尿病"] },
  { id: "resolution", terms: ["resolve", "resolved", "resolution", "resolutions", "resolving", "fix", "fixed", "fixes", "解决", "办结", "解决率"] },
  { id: "process", terms: ["process", "operation", "operational", "workflow", "流程", "运营", "营运"] },
];

/** Well-known abbreviations an objective link may use ("CX" for "Customer Experience"). */
export const LINK_ABBREVIATIONS: ReadonlyMap<string, string> = wordTable({
  cx: "customer experience",
  ex: "employee experience",
  hr: "human resources",
  rd: "research and development",
  ops: "operations",
  esg: "environmental social governance",
  nps: "net promoter score",
  bd: "business development",
  it: "information technology",
});
