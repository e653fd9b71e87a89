import type { Theme, ThemeKeywords } from "./lexiconTypes";

/**
 * Objective themes (DOMAIN §4): the words and short phrases that, in a STRATEGIC OBJECTIVE's text, say
 * the objective is about a theme ("Strengthen liquidity and working capital" → cash; "打造雇主品牌，引进
 * 关键人才" → talent). A KPI whose metric (metricLexicon.ts) serves a theme the objective is about is
 * "clearly related" to it.
 *
 * Written for this project, theme by theme, from how objectives are phrased in strategy maps across
 * sectors — retail and e-commerce, manufacturing, logistics, SaaS and IT, banking and insurance,
 * hospitals, schools and universities, government and public services (政务, 营商环境, 民生), utilities
 * and energy (供电, 电网), hotels and restaurants, HR — including idiomatic and metaphorical wording
 * ("Send everyone home unharmed" → safety, "Always have it on the shelf" → supply, "Keep customers for
 * life" → loyalty, "Make every marketing dollar count" → cost, "让数据多跑路、群众少跑腿" → digital and
 * service, "守住安全底线" → safety).
 *
 * English terms are lower-case base forms, matched by whole words with plural / verb endings (-s, -es,
 * -ed, -ing; "cost" also finds "costs", "costing"); plurals the matcher cannot derive ("injuries",
 * "supplies", "efficiencies") and fixed phrases ("customers for life", "child attend") are written out.
 * Chinese terms are matched as substrings.
 *
 * Phrases matter: a single English word or a two-character Chinese word weighs 0.85, so it links only to
 * a metric's FIRST theme; a phrase ("labour cost", "qualified demand", "teachers to grow") or a Chinese
 * term of three or more characters ("经营质量效益", "吸引和保留", "准时交付") weighs 1 and also links to
 * second themes and to the themes that feed it (themeFeeds.ts). So each theme lists the phrases strategy
 * maps use for it, not only its head words. Education outcomes (attainment, exam results, 学业, 升学,
 * 人才培养) belong to `learning`; school attendance ("every child attends") stays with `quality`, so that
 * attendance, attainment and teacher growth can be told apart within one school strategy.
 *
 * A keyword must say what the objective is ABOUT, not that it wants things better. Left out on purpose,
 * because they fire on objectives of any theme: "improve", "grow", "enhance", "deliver", "well",
 * "better", "best", "every", "value", "people", "environment" (also the business or working
 * environment), "market" alone (it also matches "marketing"), "acquisition" / "acquire" alone (also
 * mergers), "conversion" alone ("cash conversion"), "pipeline" alone ("talent pipeline"), "attract" /
 * "retain" alone, "train" alone (also rail), "energy" / "water" alone (utilities' own business),
 * "affordable" ("affordable housing"), "availability" alone (stock or uptime), "competitive" alone ("keep
 * people costs competitive"), "sustainable" alone ("sustainable growth"), "cleaner" alone ("faster and
 * cleaner"), "data" alone ("protect customer data" is risk), "pilot" alone (airline pilots), "attainment"
 * alone ("quota attainment"), "stable" alone ("a stable workforce" is not "a stable platform"), "first time"
 * alone ("Resolve issues the first time" is service, "right the first time" quality), "collect" /
 * "collection" alone (waste collection), "yield" alone (first-pass yield), "leaks" alone (data leaks); and in Chinese "提升", "提高", "增强", "打造", "优化", "建设", "加强",
 * "高效", "优质", "管理", "能力", "发展", "环境" (营商环境 is the business climate, 工作环境 the workplace),
 * "市场" alone (市场化, 市场主体), bare "质量" (it is inside the slogan 高质量发展), bare "安全" (网络安全 is
 * risk), bare "响应" (响应号召), bare "治理" (环境治理), "回报" alone (回报社会), "可持续" alone (可持续增长),
 * "清洁" alone (客房清洁), "回购" (share buy-backs), "引进" alone (引进技术), "骨干" alone (骨干企业), "多元"
 * (多元化经营), "赋能" (数字赋能). "质量效益" / "经营质量效益" is SASAC's wording for business results, so it
 * is profitability, not quality. A term sits in two themes only when it signals both ("服务质量": service
 * and quality; "学科建设": learning and quality; "降本增效": cost and efficiency; "future leaders": talent
 * and learning; "底线": risk, and safety through "安全底线").
 *
 * Narrow themes sit beside the broad ones they belong to, so that among several objectives of one broad
 * theme the most specific wins (themeFeeds.ts feeds each narrow theme into its broad one): `reliability`
 * (uptime, outages, 稳定运行, "keep the lights on") beside `quality` (defects, accuracy, clinical outcomes);
 * `compliance` (regulation, audit, 合规, 廉洁) and `credit` (credit losses, asset quality, 不良, 拨备) beside
 * `risk`; `leadership` (succession, future leaders, 后备干部, 人才梯队) beside `talent`; `education`
 * (pupils' and students' attainment and progress, 学业, 人才培养质量) beside `learning` (staff skills); and
 * three themes of public services: `access` (attendance, participation, coverage, inclusion, 民生, 普惠,
 * 均等化), `health` (population health: smoking, vaccination, chronic disease, 慢性病, 疫苗) and `safety`.
 * Sources for these, beyond the strategy maps above: the Basel / CBIRC credit-risk and compliance
 * vocabulary (资产质量, 五级分类), IEEE 1366 and 供电可靠性 reliability terms, NHS and 健康中国 public-health
 * goals, the English schools' and 教育部 attainment and attendance measures, and succession-planning
 * practice (后备干部, 干部梯队).
 *
 * A phrase the objective's verb and object say ("Retain our policyholders", "Attract top talent",
 * "扩大零售客户规模") is read by subjectPhrases.ts rather than listed here.
 *
 * To extend: add a term to its theme (the tests check every theme has 30–100 terms in each language and
 * that no term is repeated within a theme).
 */
export const THEME_KEYWORDS: Readonly<Record<Theme, ThemeKeywords>> = {
  growth: {
    en: [
      "growth", "expand", "expansion", "scale up", "scale the business", "top line", "revenue", "revenue stream",
      "grow revenue", "grow sales", "grow the business", "increase revenue", "increase sales", "boost sales", "raise revenue", "more revenue",
      "more sales", "higher sales", "sales volume", "business growth", "volume growth", "accelerate growth", "double revenue", "double sales",
      "double the business", "income growth", "order intake", "bookings", "win more business", "outgrow", "economic growth", "economic development",
      "local economy", "thriving economy", "prosperity", "prosperous", "inward investment", "attract investment", "business investment", "visitor economy",
      "growth engine", "new revenue", "bigger business", "gdp", "revenue growth", "sales growth", "top-line growth", "grow the top line",
      "recurring revenue", "profitable growth", "customer base", "grow lending", "loan book", "assets under management", "premium income", "visitor numbers",
      "job creation", "create jobs", "turnover growth", "grow turnover", "premiums", "written premium", "grow premiums", "research income",
      "grow income", "fee income", "new income", "gross merchandise value", "gmv", "merchandise value", "asset growth", "grow aum",
      "double-digit growth", "more customers", "ridership", "passenger numbers", "patronage", "passenger journeys", "grow deposits", "deposit growth",
    ],
    zh: [
      "增长", "扩大规模", "做大", "规模扩张", "扩张", "营收", "营业收入", "销售收入", "翻番", "翻一番", "增量", "做强做大",
      "做大做强", "业绩增长", "规模化", "增速", "开源", "稳增长", "增收", "创收", "上规模", "壮大", "发展壮大", "跨越式发展",
      "倍增", "新增长点", "增长点", "第二曲线", "增长极", "经济增长", "地区生产总值", "招商引资", "扩大投资", "有效投资", "稳投资", "促消费",
      "扩内需", "经济发展", "产值", "收入规模", "营收规模", "业务规模", "资产规模", "放量", "上量", "增长引擎", "收入增长", "营收增长",
      "销售增长", "业务增长", "规模增长", "做大规模", "客户规模", "存款规模", "贷款规模", "经营规模", "销量增长", "扩大销售", "订单增长", "新签合同",
      "稳就业", "扩大就业", "增收创效", "保费规模", "扩大保费", "财富管理规模", "资产管理规模", "管理规模", "业务收入", "中间业务收入", "增值服务收入", "收入来源",
      "经济高质量发展", "签约额", "合同额", "营收持续增长", "收入持续增长", "经营收入", "客运量", "旅游收入", "综合收入", "装机规模", "乡村产业", "产业集聚",
      "产业发展", "产业集群", "招商", "吞吐量",
    ],
  },
  profitability: {
    en: [
      "profit", "profitability", "profitable", "profitably", "margin", "earnings", "bottom line", "shareholder value",
      "value creation", "create value", "return on equity", "return on capital", "return on investment", "return on assets", "economic value", "ebitda",
      "pricing power", "net income", "roi", "roe", "roce", "roic", "make money", "break even",
      "breakeven", "loss-making", "return to profit", "shareholder return", "investor return", "dividend", "earnings per share", "operating surplus",
      "financial surplus", "unit economics", "gross profit", "operating profit", "monetise", "monetize", "pricing", "price realisation",
      "premium pricing", "financial sustainability", "financially sustainable", "surplus", "gross margin", "net margin", "operating margin", "profit margin",
      "protect margin", "improve margin", "margin improvement", "higher margin", "profit growth", "earnings growth", "financial return", "better rates",
      "contribution margin", "business performance", "profitable premiums", "underwriting profit", "monetisation", "monetization", "average revenue per user", "arpu",
      "revenue per user", "room rate", "value for shareholders", "balance the books", "advertising yield", "ad yield", "yield per", "billable",
      "balance the budget",
    ],
    zh: [
      "利润", "盈利", "盈利能力", "毛利", "利润率", "效益", "经济效益", "股东回报", "投资回报", "价值创造", "创造价值", "扭亏",
      "扭亏为盈", "减亏", "止亏", "亏损", "治亏", "净资产收益率", "经济增加值", "净利", "收益率", "赚钱", "创效", "盈亏平衡",
      "保本", "回报股东", "分红", "股东价值", "保值增值", "边际贡献", "单店盈利", "溢价", "定价能力", "投资收益", "收益水平", "利润贡献",
      "结余", "经营效益", "经营质量效益", "质量效益", "盈利水平", "利润总额", "净利润", "利润增长", "效益提升", "提升效益", "经营业绩", "经营成果",
      "资本回报", "一利五率", "增利", "收益", "客房收益", "ARPU值", "单位收益", "毛利额", "降本增利",
    ],
  },
  cost: {
    en: [
      "cost", "cost reduction", "cost control", "cost base", "cost to serve", "cost-effective", "cost effectiveness", "cost leadership",
      "saving", "spend", "overspend", "underspend", "expense", "expenditure", "overhead", "budget",
      "budgetary", "frugal", "cheaper", "inexpensive", "expensive", "economical", "economise", "economize",
      "value for money", "dollar count", "pound count", "penny count", "every dollar", "every pound", "every penny", "taxpayer",
      "public money", "public funds", "fiscal discipline", "fiscal responsibility", "financial discipline", "economies of scale", "opex", "capex",
      "outlay", "money wisely", "belt-tightening", "zero-based", "labour cost", "labor cost", "people cost", "staff cost",
      "food cost", "operating cost", "running cost", "unit cost", "payroll cost", "wage bill", "overhead cost", "lower cost",
      "reduce cost", "cut cost", "control cost", "cost discipline", "discretionary spend", "travel spend", "total cost", "cost of ownership",
      "energy cost", "spend wisely", "balance the books", "live within our means", "within budget", "on budget", "budget discipline", "low-cost",
      "lower costs", "keep costs down", "cost-to-income", "cost to income", "expense ratio", "overhead low", "admin costs", "cost of delivery",
      "cheaper to run", "unit costs", "lean operation", "run lean", "payroll", "balance the budget", "balanced budget",
    ],
    zh: [
      "成本", "降本", "费用", "节约", "节支", "开支", "压降", "控费", "费控", "成本管控", "预算", "低成本",
      "成本领先", "精打细算", "花钱", "少花钱", "省钱", "节省", "勤俭", "厉行节约", "过紧日子", "压缩开支", "三公经费", "支出",
      "降耗", "物有所值", "性价比", "每一分钱", "财政资金", "预算绩效", "节流", "挖潜", "降费", "压减", "浪费", "花小钱",
      "投入控制", "人工成本", "运营成本", "降本增效", "用工成本", "人力成本", "管理费用", "成本费用", "单位成本", "经营成本", "控制成本", "降低成本",
      "成本控制", "成本压降", "费用管控", "医疗费用", "财务费用", "融资成本", "能源成本", "物流成本", "综合成本率", "费用率", "成本率",
    ],
  },
  cash: {
    en: [
      "cash", "liquidity", "working capital", "solvency", "solvent", "funding", "balance sheet", "receivable",
      "cash collection", "debt collection", "debt", "deleverage", "gearing", "indebtedness", "borrowing", "financing",
      "payment terms", "get paid", "getting paid", "paid faster", "owed", "arrears", "financial headroom", "self-funding",
      "self-financing", "treasury", "revenue collection", "tax collection", "rent collection", "collect rent", "collect debt", "collect payment",
      "financial resilience", "sound finances", "fundraising", "raise capital", "capital raising", "repayment", "bad debt", "invoice promptly",
      "cash flow", "cash generation", "generate cash", "free cash flow", "cash conversion", "collect cash", "cash position", "cash reserves",
      "liquidity position", "stable funding", "debtor days", "prompt collection", "deposit base", "grow deposits", "strengthen liquidity", "liquidity buffer",
      "liquidity management", "improve liquidity", "financial sustainability", "financially sustainable", "balance the books", "live within our means", "financial health", "cash on hand",
      "reserves", "diversify funding", "diversify our funding", "income streams", "donations", "grant income", "rent", "every pound of rent",
      "bill every hour", "balance the budget",
    ],
    zh: [
      "资金", "流动性", "现金", "回款", "偿债", "现金流", "营运资金", "应收", "周转", "融资", "负债", "杠杆",
      "两金", "资金链", "账期", "清欠", "回笼", "收款", "催收", "清收", "欠款", "欠费", "去杠杆", "降杠杆",
      "债务", "盘活", "变现", "收现", "司库", "偿付", "收缴", "征缴", "收支平衡", "筹资", "募资", "资本金",
      "拖欠", "现金流量", "经营现金流", "资金周转", "资金回笼", "应收账款", "两金压降", "现金含量", "收入含金量", "资金保障", "资金使用效率", "筹款",
      "募捐", "资金来源", "现金储备", "杠杆率", "财务健康",
    ],
  },
  efficiency: {
    en: [
      "efficient", "efficiency", "efficiencies", "productivity", "productive", "lean", "streamline", "simplify",
      "simplification", "utilise", "utilize", "utilisation", "utilization", "throughput", "operational excellence", "process improvement",
      "continuous improvement", "eliminate waste", "do more with less", "capacity", "spare capacity", "underused", "under-used", "underutilised",
      "underutilized", "make best use", "best use of", "make the most of", "get more out of", "use of resources", "resource use", "asset utilisation",
      "output", "output per", "bottleneck", "patient flow", "idle", "duplication", "red tape", "bureaucracy",
      "paperwork", "shared service", "standardise", "standardize", "occupancy", "load factor", "bed", "fill every room",
      "fill rooms", "theatre", "theater", "efficiently", "more efficient", "operating efficiency", "operational efficiency", "labour productivity",
      "labor productivity", "staff productivity", "productivity gain", "organisational effectiveness", "organizational effectiveness", "organisational efficiency", "administrative efficiency", "fill more rooms",
      "asset productivity", "work smarter", "efficient use", "lean operation", "run a lean", "close the books", "month-end close", "financial close",
      "faster close", "leakage", "stop leaks", "non-revenue water", "dollar count", "every dollar count", "value for money", "resource efficiency",
      "productive use", "billable", "bill every hour", "cut waste", "reduce waste", "waste in our factories",
    ],
    zh: [
      "效率", "降本增效", "提质增效", "精益", "生产率", "劳动生产率", "人效", "坪效", "利用率", "流程优化", "简化流程", "精简",
      "集约", "运营效率", "减员增效", "效能", "组织效能", "管理效能", "产能", "产出", "投入产出", "提效", "周转效率", "资产效率",
      "资源配置", "闲置", "冗余", "瘦身健体", "压缩层级", "扁平化", "减少层级", "流程再造", "标准化", "集约化", "共享中心", "财务共享",
      "满负荷", "饱和度", "床位", "手术室", "翻台", "精细化", "亩均", "物尽其用", "精兵简政", "用足用好", "提速增效", "劳动效率",
      "管理效率", "行政效率", "工作效率", "生产效率", "经营效率", "资源利用效率", "资产利用", "提升效率", "提高效率", "效率提升", "流程效率", "审批效率",
      "人均效能", "运转效率", "床位周转", "漏损", "管网漏损", "跑冒滴漏", "产销差", "执行效率", "项目执行", "人房比", "精细化管理", "机械化",
      "农业机械化",
    ],
  },
  quality: {
    en: [
      "quality", "right first time", "first time right", "get it right", "zero defects", "error-free", "defect", "error",
      "mistake", "accuracy", "accurate", "rework", "scrap", "first pass", "precision", "quality assurance",
      "conformance", "conformity", "specification", "warranty", "warranties", "durable", "durability", "workmanship",
      "craftsmanship", "clinical outcome", "patient outcome", "grade", "raise standard", "high standard", "service quality", "product quality",
      "quality of care", "care quality", "clinical quality", "defect-free", "fewer defects", "order right", "spotless", "cleanliness",
      "mortality", "readmission", "right the first time", "get it right first time", "right-first-time", "quality homes", "build quality", "accurately",
      "accurate bills", "faster and cleaner", "clean books", "gmp", "good manufacturing practice", "standards of care", "drinking water", "water quality",
      "good repair", "in good repair", "decent homes", "repairs",
    ],
    zh: [
      "品质", "零缺陷", "合格", "良率", "不良率", "不良品", "缺陷", "精品", "一次做对", "一次合格", "准确", "差错",
      "返工", "品控", "提质", "精度", "一致性", "产品质量", "工程质量", "服务质量", "医疗质量", "数据质量", "交付质量", "供电质量",
      "水质", "质量管理", "质量管控", "质量控制", "质量体系", "质量提升", "质量改进", "质量标杆", "质量零", "质量第一", "质量为本", "质量稳定",
      "质量问题", "质量事故", "质量安全", "质量水平", "提升质量", "提高质量", "保证质量", "确保质量", "以质取胜", "出错", "学科建设", "护理质量",
      "服务品质", "产品品质", "工程品质", "高品质", "零差错", "诊疗质量", "临床质量", "病历质量", "质量强企", "优质工程", "精品工程", "药品质量",
      "打造精品", "一次验收", "验收合格", "出厂水", "整车质量", "办学条件", "校舍", "教学设施", "校园基础设施", "内容质量", "丢件", "破损",
      "丢失", "减少丢件",
    ],
  },
  reliability: {
    en: [
      "reliable", "reliability", "dependable", "uptime", "always on", "service up", "systems up", "no outages",
      "outage", "downtime", "interruption", "fault", "failure", "breakdown", "stable operation", "reliable service",
      "service reliability", "system reliability", "platform stability", "system stability", "system availability", "service availability", "keep the lights on", "lights on",
      "power cut", "power cuts", "supply interruption", "continuity of supply", "robust", "resilient service", "zero downtime", "high availability",
      "always available", "stays up", "keep the service up", "fast and stable", "reliable network", "network reliability", "reliable platform", "platform reliability",
      "reliable supply", "stable network", "stable platform", "stable service", "stable system", "stable supply", "unplanned outage", "service continuity",
      "crash", "crash-free", "major incident", "incident", "operational resilience", "stable operations", "network quality", "fewer outages",
      "minimise disruption", "disruption", "never fails", "keep plants running", "keep running", "plants running", "running reliably", "availability sla",
      "uptime sla", "systems are available", "systems available",
    ],
    zh: [
      "可靠", "稳定运行", "停电", "停水", "故障", "宕机", "稳定可靠", "系统稳定", "运行稳定", "供电可靠", "可靠性", "稳定性",
      "不间断", "连续运行", "持续稳定", "高可用", "零故障", "不停电", "少停电", "供电保障", "平稳运行", "安全稳定运行", "电网安全", "网络质量",
      "高品质网络", "网络稳定", "系统可用", "服务可用", "抢修", "运行可靠", "稳定供电", "可靠供电", "供电质量", "稳定供水", "供水安全", "设备完好",
      "停机", "非计划停机", "连续稳定", "稳定高效", "安全可靠",
    ],
  },
  delivery: {
    en: [
      "on time", "delivery", "deliveries", "fast", "faster", "fastest", "speed", "speedy",
      "lead time", "punctual", "punctuality", "timely", "timeliness", "turnaround", "quick", "quicker",
      "rapid", "swift", "promptly", "in full", "cycle time", "time to market", "on schedule", "ahead of schedule",
      "deadline", "milestone", "schedule", "ship", "dispatch", "same day", "next day", "arrive",
      "arrival", "late", "lateness", "delay", "backlog", "velocity", "fulfil orders", "keep our promise",
      "ship faster", "release faster", "ship features", "deliver features", "feature delivery", "faster delivery", "deliver faster", "speed to market",
      "quickly", "delivery performance", "reliable delivery", "release cadence", "delivered on time", "project delivery", "speed up", "on-time airline",
      "next-day", "versus programme", "against programme", "on programme", "to programme", "idea to production", "idea to release", "concept to launch",
      "time from idea",
    ],
    zh: [
      "准时", "交付", "时效", "快速", "及时", "按期", "按时", "准点", "交期", "提速", "缩短周期", "履约",
      "送达", "配送", "正点", "守时", "限时", "当日达", "次日达", "极速", "如期", "工期", "节点", "进度",
      "延误", "延期", "拖期", "到货", "发货", "出货", "交货", "交付周期", "建设周期", "立等可取", "保交付", "按节点",
      "限期", "兑现承诺", "准时交付", "按期交付", "按时交付", "及时交付", "交付效率", "上市速度", "快速交付", "加快进度", "按期完成", "按时完成",
      "如期完成", "准点率", "准时率", "时效性", "交付能力", "项目进度", "工程进度", "交付时效", "正点率", "妥投", "新车型上市", "加快上市",
      "新品上市",
    ],
  },
  service: {
    en: [
      "service", "customer service", "customer support", "technical support", "responsive", "responsiveness", "help desk", "helpdesk",
      "after-sales", "customer care", "response time", "resolution", "service level", "frontline", "one-stop", "easy to reach",
      "reach us", "reachable", "get through", "contactable", "answer", "reply", "respond", "resolve",
      "wait", "queue", "accessible", "accessibility", "access to care", "access to service", "access to treatment", "easy access",
      "convenient", "convenience", "hassle-free", "easy to deal with", "easy to do business with", "contact centre", "contact center", "call centre",
      "call center", "hotline", "enquiry", "enquiries", "inquiry", "serve", "appointment", "opening hours",
      "out of hours", "24/7", "round the clock", "hospitality", "welcoming", "ease of doing business", "business environment", "business-friendly",
      "doing business", "call back", "callback", "answer quickly", "respond quickly", "support staff", "it support", "service desk",
      "support employees", "support colleagues", "waiting time", "waiting list", "service to business", "support business", "serve citizens", "public service",
      "service excellence", "excellent service", "great service", "service delivery", "service standard", "friendly service", "single point of contact", "simple for customers",
      "make banking simple", "easy to use", "make it easy", "support victims", "victim care", "personalised service", "bin collection", "collect bins",
      "waste collection", "bins",
    ],
    zh: [
      "服务", "客服", "售后", "服务水平", "服务质量", "便民", "办事", "窗口服务", "一站式", "热线", "上门", "服务体验",
      "政务服务", "跑腿", "少跑腿", "跑一次", "最多跑一次", "一网通办", "一件事", "一次办", "就近办", "掌上办", "好办", "快办",
      "营商环境", "便利化", "便利度", "便捷", "惠企", "助企", "为民", "惠民", "民生", "接诉即办", "诉求", "受理",
      "等候", "排队", "候诊", "挂号", "看病难", "就医", "预约", "可及", "随叫随到", "有求必应", "店小二", "服务型",
      "接待", "宾至如归", "周到", "贴心", "响应速度", "快速响应", "及时响应", "响应时间", "响应率", "办理时限", "办事效率", "服务效能",
      "服务效率", "服务质效", "服务企业", "服务群众", "响应及时", "12345热线", "便民服务", "诉求办理", "审批服务", "服务窗口", "客户服务", "技术支持",
      "后勤保障", "服务保障", "看病就医", "就医便利", "服务能力", "客户服务水平", "服务时效", "分级诊疗",
    ],
  },
  satisfaction: {
    en: [
      "satisfaction", "satisfied", "satisfy", "dissatisfaction", "dissatisfied", "delight", "happy customer", "happy guest",
      "happy patient", "happy resident", "unhappy", "customer experience", "user experience", "patient experience", "guest experience", "student experience",
      "visitor experience", "resident experience", "complaint", "complain", "expectation", "pain point", "customer feedback", "positive feedback",
      "voice of the customer", "customer-centric", "customer first", "customer-first", "customer focus", "customer-focused", "customer obsession", "put customers first",
      "patient-centred", "patient-centered", "person-centred", "student-centred", "effortless", "five-star", "5-star", "customer rating",
      "customers love", "sentiment", "pleased", "customer satisfaction", "client satisfaction", "patient satisfaction", "resident satisfaction", "citizen satisfaction",
      "public satisfaction", "student satisfaction", "guest satisfaction", "satisfied customer", "delight customer", "delight guest", "delight patient", "exceed expectations",
      "customer journey", "engage parent", "engaging parent", "parent engagement", "parental engagement", "parental involvement", "involve parent", "engage families",
      "family engagement", "frictionless", "choice and control", "personalised care", "dignity", "compassion", "compassionate care", "kindness",
      "comfortable", "comfort", "journeys comfortable",
    ],
    zh: [
      "满意", "满意度", "体验", "口碑", "投诉", "好评", "差评", "获得感", "幸福感", "客户体验", "用户体验", "群众满意",
      "以客户为中心", "以患者为中心", "以学生为中心", "客诉", "客户认可", "舒心", "放心", "省心", "称心", "惊喜", "超出预期", "超预期",
      "痛点", "槽点", "吐槽", "抱怨", "不满", "点赞", "五星", "客户感知", "好差评", "顾客至上", "客户至上", "用户至上",
      "客户之声", "暖心", "客户满意度", "顾客满意", "患者满意", "人民满意", "家长满意", "学生满意", "家校共育", "家校合作", "家长参与", "就医体验",
      "就医感受", "客户感受", "满意率", "旅客满意", "业主满意", "宾客满意", "顾客满意度", "购物体验", "线上购物体验", "出行体验", "乘客体验",
    ],
  },
  loyalty: {
    en: [
      "loyalty", "loyal", "retain customers", "retain clients", "customer retention", "client retention", "member retention", "repeat business",
      "repeat customer", "repeat visit", "repeat purchase", "repeat guest", "repeat order", "repeat booking", "lifetime value", "customer lifetime",
      "advocate", "advocacy", "promoter", "detractor", "churn", "repurchase", "recommend", "referral",
      "word of mouth", "stickiness", "sticky", "contract renewal", "subscription renewal", "policy renewal", "renew contract", "renew subscription",
      "long-term relationship", "long-term partner", "deepen relationship", "deeper relationship", "win back", "customers for life", "customer for life", "come back",
      "coming back", "return customer", "returning customer", "returning guest", "return visit", "keep customers", "keep our customers", "keep clients",
      "hold on to customers", "customers stay", "customer attrition", "share of wallet", "lapsed", "reactivate", "membership", "raving fan",
      "fan", "buy again", "come again", "visit again", "book again", "customer engagement", "customer loyalty", "client loyalty",
      "brand loyalty", "existing customer", "existing client", "lifetime customer", "repeat custom", "renewal", "renewals", "churned",
    ],
    zh: [
      "忠诚", "复购", "留存", "黏性", "粘性", "回头客", "续约", "续费", "续签", "续保", "客户流失", "用户流失",
      "净推荐", "口碑传播", "老客户", "老顾客", "老用户", "会员", "挽留", "长期合作", "终身客户", "终身价值", "铁杆", "粉丝",
      "再次购买", "重复购买", "常客", "熟客", "客户保有", "保有率", "留住客户", "留住用户", "留客", "锁客", "转介绍", "老带新",
      "口碑推荐", "客户关系", "唤醒", "沉睡客户", "私域", "再来", "客户忠诚", "忠诚度", "客户粘性", "客户黏性", "客户留存", "用户留存",
      "存量客户", "存量用户", "会员复购", "客户维系", "维护客户", "深耕客户",
    ],
  },
  acquisition: {
    en: [
      "new customer", "new client", "customer acquisition", "acquire customer", "acquire new", "acquire user", "win new", "win customer",
      "win client", "new business", "lead generation", "sales lead", "qualified lead", "sales pipeline", "build pipeline", "prospect",
      "conversion rate", "convert leads", "convert visitor", "convert prospect", "sales conversion", "sign-up", "sign up", "attract customer",
      "attract new", "attract visitor", "attract student", "recruit student", "student recruitment", "enrol", "enroll", "new account",
      "new user", "new member", "new subscriber", "new patient", "new logo", "funnel", "demand generation", "reach new",
      "customer growth", "net new", "net adds", "customer additions", "first-time buyer", "first-time customer", "win tender", "win bid",
      "qualified demand", "generate demand", "key account", "more leads", "generate leads", "enterprise deal", "close deals", "win deals",
      "land new", "customer wins", "top of funnel", "drive traffic", "footfall", "first-time visitor", "win business", "convert more",
      "more visitors", "win contracts", "public contracts", "win more contracts", "new contracts", "contract wins", "covers", "more covers",
      "into subscribers", "into paying", "into members", "into customers", "into buyers", "student numbers", "grow student numbers", "recruit students",
    ],
    zh: [
      "获客", "拓客", "新客", "新客户", "获取客户", "引流", "转化率", "营销转化", "客户转化", "用户转化", "流量转化", "销售转化",
      "线索", "商机", "拉新", "开拓客户", "拓展客户", "新用户", "客户开发", "增量客户", "新增客户", "新增用户", "用户增长", "客户增长",
      "扩大客户群", "招生", "生源", "成交", "中标", "开户", "首单", "首购", "引客", "揽客", "揽储", "客流",
      "到店", "进店", "流量", "公域", "获新", "签约客户", "新签客户", "销售线索", "获客能力", "拓展新客户", "开拓新客户", "客户拓展",
      "新客获取", "营销获客", "引流获客", "拉新促活", "客户引流", "新增会员", "客群拓展", "大客户开发", "重点客户开发", "签约", "新签", "扩大用户规模",
    ],
  },
  awareness: {
    en: [
      "brand", "awareness", "well known", "well-known", "known for", "best known", "household name", "name recognition",
      "brand recognition", "public recognition", "industry recognition", "recognised as", "recognized as", "visibility", "reputation", "reputational",
      "brand exposure", "media exposure", "share of voice", "top of mind", "thought leadership", "thought leader", "public image", "corporate image",
      "public profile", "raise profile", "raise our profile", "higher profile", "public perception", "public trust", "public confidence", "media coverage",
      "press coverage", "positive press", "publicity", "social media", "marketing", "campaign", "advertising", "advertise",
      "prestige", "prestigious", "renowned", "renown", "famous", "credibility", "brand equity", "best-known brand",
      "brand awareness", "brand profile", "brand visibility", "brand reputation", "brand image", "trusted brand", "brand trust", "public awareness",
      "raise awareness", "online presence", "digital presence", "media presence", "content marketing", "earned media", "known brand", "audience",
      "digital audience", "readers", "readership", "viewers", "listeners", "audience reach",
    ],
    zh: [
      "品牌", "知名度", "美誉度", "影响力", "曝光", "声量", "认知度", "形象", "传播", "宣传", "声誉", "品牌力",
      "出圈", "家喻户晓", "名片", "舆论", "舆情", "正面报道", "媒体", "新媒体", "社交媒体", "公信力", "知晓率", "知晓度",
      "辨识度", "关注度", "热度", "种草", "营销", "广告", "名气", "金字招牌", "软实力", "美名", "口碑营销", "推介",
      "品牌知名度", "品牌影响力", "品牌形象", "品牌建设", "品牌价值", "品牌美誉度", "社会影响力", "行业影响力", "知名品牌", "品牌传播", "宣传推广", "对外宣传",
      "城市形象", "城市名片", "抖音", "微博", "小红书", "公众号", "视频号", "阅读量", "传播影响力", "全媒体",
    ],
  },
  market: {
    en: [
      "market share", "share of market", "market position", "market leader", "market leadership", "lead the market", "the market", "market presence",
      "market penetration", "penetration", "market coverage", "new market", "core market", "key market", "local market", "international market",
      "overseas market", "global market", "emerging market", "domestic market", "target market", "home market", "adjacent market", "market expansion",
      "market entry", "enter new", "competitor", "competitiveness", "compete", "competition", "outperform competitors", "beat the competition",
      "segment", "international", "overseas", "global", "export", "expand our footprint", "national footprint", "footprint expansion",
      "geographic", "geography", "geographies", "territory", "territories", "new country", "new countries", "industry ranking",
      "number one", "leading position", "category leader", "top three", "ranking", "league table", "win share", "gain share",
      "grow share", "share gain", "foothold", "go-to-market", "new channel", "channel expansion", "distribution channel", "competitive position",
      "competitive advantage", "competitive edge", "more competitive", "beat competitors", "premium segment", "regional expansion", "market reach", "expand into",
      "growth markets", "abroad", "worldwide", "around the world", "internationally", "brands abroad", "premium product", "premium products",
      "premium range",
    ],
    zh: [
      "市场份额", "市场占有", "占有率", "市占率", "市场地位", "市场开拓", "开拓市场", "拓展市场", "市场拓展", "开发市场", "市场覆盖", "新市场",
      "海外市场", "国际市场", "国内市场", "区域市场", "下沉市场", "目标市场", "细分市场", "市场领先", "领跑", "抢占市场", "市场竞争", "竞争力",
      "竞争优势", "行业领先", "龙头", "领先地位", "头部", "第一梯队", "渗透率", "市场渗透", "海外", "国际化", "出海", "走出去",
      "行业排名", "排名前列", "名列前茅", "份额", "全国布局", "区域布局", "版图", "网点覆盖", "出口", "话语权", "行业地位", "市场占有率",
      "核心竞争力", "国际竞争力", "市场影响力", "领军", "世界一流", "一流企业", "行业龙头", "行业前列", "全国前列", "巩固市场", "占领市场", "海外销售",
      "国际业务", "海外业务", "门店覆盖", "终端覆盖", "产业集聚", "集群", "用气市场", "用户市场",
    ],
  },
  innovation: {
    en: [
      "innovation", "innovate", "innovative", "new product", "new service", "new offering", "new proposition", "product development",
      "r&d", "research and development", "research", "invention", "invent", "patent", "intellectual property", "breakthrough",
      "pioneer", "disruptive", "creativity", "creative", "cutting-edge", "leading edge", "state of the art", "next generation",
      "next-generation", "first to market", "prototype", "experiment", "experimentation", "test and learn", "new idea", "idea generation",
      "ideation", "reinvent", "incubate", "incubator", "accelerator", "science", "scientific", "commercialise",
      "commercialize", "commercialisation", "commercialization", "technology transfer", "new business model", "technology leadership", "discovery", "clinical trial",
      "product innovation", "process innovation", "innovation pipeline", "r&d investment", "launch new", "new feature", "scientific research", "research excellence",
      "research impact", "research output", "world-class research", "technology development", "pilot new", "pilot project", "pilot scheme", "new medicines",
      "new drugs", "new treatments", "drug development", "drug discovery", "research income",
    ],
    zh: [
      "创新", "研发", "新产品", "新品", "专利", "技术突破", "攻关", "首创", "原创", "科技", "自主可控", "核心技术",
      "颠覆", "成果转化", "前沿", "迭代", "发明", "新技术", "新工艺", "新材料", "新模式", "新业态", "新赛道", "新动能",
      "新质生产力", "首台套", "卡脖子", "关键技术", "科研", "孵化", "实验室", "技术中心", "研究院", "知识产权", "标准制定", "技术领先",
      "创意", "科创", "双创", "产学研", "新药", "临床试验", "科技创新", "自主创新", "创新能力", "研发投入", "科研创新", "技术创新",
      "产品创新", "创新驱动", "研发能力", "科研水平", "原始创新", "新产品开发", "技术攻关", "专利布局", "创新药", "新药研发", "科技水平", "金融科技",
      "新车型", "创新创业", "仿制药", "一致性评价",
    ],
  },
  digital: {
    en: [
      "digital", "digitally", "digitise", "digitize", "digitisation", "digitization", "digitalisation", "digitalization",
      "online", "automation", "automate", "data-driven", "analytics", "cloud", "ai", "artificial intelligence",
      "machine learning", "generative ai", "chatbot", "app", "e-commerce", "ecommerce", "self-service", "it system",
      "legacy system", "website", "web", "mobile", "internet", "robot", "robotics", "rpa",
      "iot", "internet of things", "sensor", "smart city", "smart grid", "smart meter", "smart factory", "smart manufacturing",
      "paperless", "e-signature", "electronic", "e-government", "channel shift", "api", "real-time", "dashboard",
      "portal", "technology-enabled", "software", "digital transformation", "digital banking", "online services", "online banking", "mobile banking",
      "digital channel", "digital service", "digital first", "move online", "go online", "use of data", "data analytics", "data platform",
      "data insight", "data-led", "data and analytics", "open data", "data capability", "e-services", "online channel", "fintech",
      "digital platform", "digitise everyday",
    ],
    zh: [
      "数字化", "数字", "线上", "在线", "信息化", "智能化", "智能", "自动化", "上云", "数据驱动", "大数据", "数据",
      "人工智能", "互联网", "电商", "数智化", "网上", "一网通办", "移动端", "物联网", "区块链", "算法", "大模型", "机器人",
      "无人化", "智慧", "掌上", "指尖", "扫码", "电子化", "无纸化", "电子证照", "信息系统", "数据中心", "算力", "网络化",
      "数据要素", "数据共享", "自助", "远程", "直播", "小程序", "云平台", "数据多跑路", "数字化转型", "数字政府", "数字银行", "线上化",
      "线上渠道", "网上办", "智慧医院", "智慧校园", "智能制造", "数字技术", "信息技术", "数字基础设施", "数字经济", "一网统管", "数据治理", "金融科技",
      "科技建设", "数字化零售", "企业微信", "融媒体", "媒体融合",
    ],
  },
  people: {
    en: [
      "employee", "staff", "workforce", "colleague", "our people", "people strategy", "personnel", "manpower",
      "human capital", "human resources", "employee engagement", "staff engagement", "engaged staff", "engaged workforce", "engaged employee", "engaged team",
      "retain staff", "retain employee", "retain our people", "staff retention", "employee retention", "staff turnover", "employee turnover", "labour turnover",
      "staff attrition", "employee attrition", "culture", "wellbeing", "well-being", "morale", "stable team", "diversity",
      "inclusive workplace", "inclusive culture", "belonging", "burnout", "work-related stress", "workload", "work-life balance", "flexible working",
      "hybrid working", "sickness absence", "staff absence", "reward and recognition", "total reward", "fair reward", "employee recognition", "staff recognition",
      "employee voice", "happy staff", "happy employee", "motivation", "motivated staff", "teamwork", "team spirit", "great place to work",
      "workplace", "labour relations", "industrial relations", "headcount", "staffing", "stable workforce", "workforce stability", "employee experience",
      "staff experience", "staff wellbeing", "employee wellbeing", "healthy workforce", "keep our people", "reduce turnover", "lower turnover", "staff morale",
      "organisational culture", "organizational culture", "organisational health", "equity and inclusion", "diverse workforce", "gender balance", "equal pay", "inclusive",
      "volunteer base", "rewarding", "volunteering", "volunteer experience", "engagement survey", "staff survey", "employee survey", "favourability",
      "high-performing team", "high-performing sales team", "high performance", "performance culture",
    ],
    zh: [
      "员工", "队伍", "团队稳定", "凝聚力", "敬业", "员工保留", "职工", "人员稳定", "员工关怀", "企业文化", "幸福感", "士气",
      "归属感", "离职", "人力资源", "用工", "劳动关系", "和谐劳动", "薪酬", "员工激励", "激励机制", "人文关怀", "职工之家", "组织活力",
      "人心", "医务人员", "教职工", "身心健康", "工作环境", "人员流失", "人员配置", "向心力", "工作氛围", "健康企业", "员工敬业度", "员工满意度",
      "队伍稳定", "员工稳定", "员工幸福感", "员工获得感", "职工获得感", "员工关爱", "关心关爱", "人员流动", "员工流失", "人力资本", "员工队伍", "职工队伍",
      "员工体验", "组织氛围", "团队建设", "团队凝聚力", "志愿者队伍", "队伍建设", "包容",
    ],
  },
  talent: {
    en: [
      "talent", "hire", "hiring", "recruit", "recruitment", "attract talent", "attract and retain", "attract the best",
      "attract top", "employer brand", "employer of choice", "top people", "top talent", "best people", "right people", "key staff",
      "key people", "high performer", "key position", "critical role", "vacancy", "vacancies", "employee onboarding", "staff onboarding",
      "talent pipeline", "graduate scheme", "graduate programme", "graduate program", "skills shortage", "staff shortage", "workforce shortage", "hard-to-fill",
      "headhunt", "career path", "career progression", "workforce plan", "retain talent", "talent density", "keep our best people", "best employer",
      "retain top", "retain the best", "retain key", "keep talent", "talent retention", "grow talent", "key talent", "best talent",
      "right talent", "hire the best", "recruit and retain", "develop and retain", "employer reputation", "employee value proposition",
    ],
    zh: [
      "招聘", "引进人才", "引才", "引智", "雇主品牌", "留才", "选拔", "关键岗位", "核心人才", "高端人才", "猎头", "校招",
      "人才储备", "骨干员工", "业务骨干", "技术骨干", "引育", "招募", "空缺", "缺编", "人岗匹配", "职业通道", "高层次", "名师",
      "名医", "师资", "招才", "揽才", "聚才", "用才", "育才", "吸引和保留", "保留优秀人才", "留住人才", "人才保留", "优秀人才",
      "高素质人才", "人才队伍", "人才引进", "人才强企", "人才高地", "人才结构", "关键人才", "骨干人才", "人才流失", "最佳雇主", "教师队伍", "雇主形象",
      "吸引人才", "集聚人才", "招才引智", "师资队伍", "青年人才", "人才兴", "人才工作", "人才发展", "用好人才", "人才优势", "人才支撑", "人才体系",
      "人才引育", "人才集聚",
    ],
  },
  leadership: {
    en: [
      "succession", "successor", "high potential", "leadership pipeline", "future leaders", "next generation of leaders", "leadership development", "internal promotion",
      "promote from within", "bench strength", "grow our leaders", "leadership bench", "develop leaders", "leader", "leadership", "management bench",
      "emerging leaders", "leaders of tomorrow", "leadership talent", "develop our managers", "management development", "line managers", "people managers", "manager capability",
      "leadership capability", "leadership team", "senior leaders", "succession planning", "critical roles covered", "ready-now successors", "next generation", "home-grown",
      "grow our own", "pipeline of leaders", "leadership skills", "great managers", "better managers",
    ],
    zh: [
      "后备干部", "梯队", "继任", "干部", "选人用人", "晋升", "人才梯队", "领军人才", "后备人才", "领导力", "干部教育", "干部队伍",
      "干部梯队", "接班人", "青年干部", "中层干部", "管理干部", "干部培养", "选拔任用", "领导干部", "管理梯队", "储备干部", "管培生", "年轻干部",
      "领导班子", "经营管理人才", "管理人才", "后备力量", "人才接续", "干部选拔", "干部管理", "管理者", "领导人员", "关键岗位继任", "梯次",
    ],
  },
  learning: {
    en: [
      "learning", "learn", "training", "train staff", "trained staff", "well-trained", "skill", "capability",
      "capabilities", "competence", "competency", "competencies", "upskill", "reskill", "knowledge", "know-how",
      "expertise", "coaching", "mentoring", "professional development", "staff development", "continuing professional development", "cpd", "learning organisation",
      "learning organization", "develop our people", "grow our people", "professional qualification", "qualified staff", "apprentice", "apprenticeship", "induction",
      "best practice", "growth mindset", "career development", "lessons learned", "e-learning", "teachers to grow", "staff to grow", "develop our staff",
      "develop staff", "talent development", "staff training", "employee training", "build skills", "skills development", "learning culture", "continuous learning",
      "lifelong learning", "teacher development", "develop teachers",
    ],
    zh: [
      "学习", "培训", "技能", "能力建设", "知识", "素质", "培养", "人才培养", "学习型组织", "持证", "资格认证", "职业资格",
      "导师", "带徒", "课程", "胜任力", "技能等级", "职称", "轮训", "教育培训", "继续教育", "进修", "本领", "经验分享",
      "复盘", "传帮带", "师带徒", "练兵", "技能比武", "育人", "员工成长", "专业能力", "业务能力", "履职能力", "学时", "学分",
      "读书", "学科建设", "培训体系", "员工培训", "能力提升", "技能提升", "专业发展", "教师发展", "教师成长", "专业成长", "职业技能",
    ],
  },
  education: {
    en: [
      "teaching quality", "quality teaching", "literacy", "numeracy", "curriculum", "all-round development", "enrichment", "extracurricular",
      "after-school", "learning outcome", "pupil attainment", "student attainment", "attainment gap", "expected standard", "exam result", "raise attainment",
      "improve attainment", "student outcome", "pupil outcome", "educational outcome", "pupil progress", "student progress", "great teaching", "teaching",
      "attainment in", "educational attainment", "exam", "grades", "reading", "writing", "maths", "mathematics",
      "phonics", "academic", "graduate outcomes", "graduate employment", "employability", "student success", "degree outcomes", "good degrees",
      "learning outcomes", "outcomes for pupils", "outcomes for students", "school readiness", "progression", "student achievement", "pupil achievement", "exam pass",
      "key stage", "gcse", "students on course", "on course", "continuation",
    ],
    zh: [
      "教学质量", "教育质量", "办学质量", "学生全面发展", "五育并举", "德智体美劳", "素质教育", "立德树人", "核心素养", "课后服务", "教学改革", "课程建设",
      "课堂教学", "教研", "学业", "升学", "学业质量", "育人质量", "教学", "人才培养质量", "培养质量", "就业质量", "学生成长", "学生发展",
      "全面发展", "体质健康", "学生体质", "学科竞赛", "毕业生", "升学率", "中考", "高考", "教育教学质量", "学生综合素质", "育人", "教育教学",
      "因材施教", "双减", "学生素养", "学业水平", "毕业生就业", "就业竞争力", "创新创业教育", "实践育人", "劳动教育",
    ],
  },
  access: {
    en: [
      "school attendance", "attend school", "child attend", "children attend", "pupils attend", "students attend", "attendance", "attend",
      "participation", "widen participation", "widening participation", "take-up", "uptake", "reach more", "more people", "beneficiaries",
      "people reached", "inclusion", "social inclusion", "financial inclusion", "digital inclusion", "universal access", "equal access", "equitable access",
      "access for all", "leave no one behind", "underserved", "under-represented", "disadvantaged", "deprived", "hard-to-reach", "social mobility",
      "inequality", "inequalities", "affordability", "bills affordable", "affordable bills", "social tariff", "fuel poverty", "poverty",
      "universal coverage", "every child", "absence", "persistent absence", "widen access", "fair access", "school places", "reach more people",
      "into work", "into employment", "employment support", "absent", "persistently absent", "live independently", "independent living",
    ],
    zh: [
      "到校", "覆盖", "全覆盖", "覆盖面", "普及", "普惠", "参与", "受益", "惠及", "受助", "入学", "出勤",
      "可及性", "均等化", "城乡差距", "缩小差距", "地区差距", "健康差距", "收入差距", "教育公平", "兜底", "应保尽保", "全民", "参保",
      "入园", "控辍保学", "辍学", "弱势群体", "困难群众", "低收入", "帮扶", "脱贫", "数字鸿沟", "适老化", "无障碍", "受益人群",
      "扩面", "广覆盖", "民生", "民生福祉", "改善民生", "社会保障", "就业", "托育", "普惠性", "优质均衡", "均衡发展", "分级诊疗",
      "基层医疗", "农民收入", "居民收入", "增加农民收入", "收入水平", "农民增收", "促进农民增收", "群众增收",
    ],
  },
  health: {
    en: [
      "health outcome", "population health", "public health", "healthy", "healthier", "healthy lives", "life expectancy", "smoking",
      "obesity", "preventable disease", "disease", "illness", "ill health", "chronic disease", "long-term conditions", "immunisation",
      "immunization", "vaccination", "vaccinate", "screening", "health inequalities", "healthy weight", "physical activity", "mental health",
      "outbreak", "epidemic", "pandemic", "infectious disease", "healthy ageing", "premature mortality", "premature death", "live longer",
      "alcohol", "drug misuse", "sexual health", "oral health", "child health", "maternal health", "health outcomes",
    ],
    zh: [
      "全民健康", "健康中国", "慢性病", "慢病", "发病率", "患病率", "疫苗", "接种", "免疫", "疾病", "传染病", "公共卫生",
      "疾控", "预防接种", "健康素养", "预期寿命", "健康管理", "健康水平", "健康服务", "重大疾病", "早诊早治", "筛查", "突发公共卫生", "疫情",
      "健康差距", "卫生健康", "妇幼健康", "老年健康", "心理健康", "居民健康", "人民健康", "健康促进", "控烟", "肥胖", "高血压", "糖尿病",
      "疾病预防", "健康城市",
    ],
  },
  safety: {
    en: [
      "safety", "safe", "safer", "safest", "safely", "accident", "injury", "injuries",
      "patient safety", "patient harm", "injury-free", "hazard", "zero harm", "harm", "hurt", "unharmed",
      "reoffending", "home safe", "home safely", "health and safety", "fatality", "fatalities", "fatal", "near miss",
      "occupational health", "lost time", "protective equipment", "ppe", "workplace safety", "hse", "ehs", "incident-free",
      "danger", "dangerous", "save lives", "saving lives", "protect lives", "casualty", "casualties", "crime",
      "feel safe", "safeguarding", "violence", "anti-social behaviour", "antisocial behaviour", "emergency preparedness", "emergency response", "fire prevention",
      "fire safety", "keep patients safe", "keep people safe", "keep staff safe", "keep workers safe", "worker safety", "staff safety", "road safety",
      "public safety", "child safety", "safe workplace", "safe working", "safe care", "harm-free", "infection control", "infection prevention",
      "hygiene", "food safety", "zero accidents", "accident prevention", "safety first", "trusted community", "trust and safety", "safe community",
      "safe drinking water", "safe flight", "every flight safe", "flight safety", "safe operations", "vulnerable", "vulnerable people", "protect vulnerable",
      "domestic abuse", "safeguard", "runway safety", "collision", "collisions", "preventable collisions",
    ],
    zh: [
      "安全生产", "生产安全", "安全底线", "安全事故", "安全管理", "安全文化", "本质安全", "安全第一", "安全发展", "安全稳定", "安全环保", "安全责任",
      "安全隐患", "安全风险", "安全运行", "施工安全", "作业安全", "交通安全", "食品安全", "患者安全", "用药安全", "医疗安全", "校园安全", "人身安全",
      "生命安全", "确保安全", "保障安全", "平安校园", "平安城市", "平安建设", "平安医院", "平安中国", "平安工地", "安全感", "事故", "零事故",
      "隐患", "工伤", "职业健康", "伤亡", "双重预防", "应急", "消防", "危险源", "零伤害", "无伤害", "伤害", "亡人",
      "劳动防护", "个人防护", "治安", "犯罪", "刑事", "防灾减灾", "院感防控", "感染防控", "安全保障", "零伤亡", "工伤事故", "食品卫生",
      "卫生安全", "社会治安", "安全意识", "安全红线", "生命至上", "防汛", "飞行安全", "社区安全", "药品安全", "航空安全", "运营安全", "安全运营",
      "零死亡", "生产零死亡", "安全生产零", "违章", "交通违章", "基层治理", "社会治理", "矛盾纠纷",
    ],
  },
  risk: {
    en: [
      "risk", "internal control", "governance", "fraud", "resilience", "resilient", "security", "cybersecurity",
      "cyber", "business continuity", "prudent", "prudence", "prudential", "data protection", "privacy", "breach",
      "vulnerability", "vulnerabilities", "threat", "financial stability", "hedge", "capital adequacy", "protect customer data", "customer data",
      "data security", "data privacy", "protect data", "secure data", "risk management", "manage risk", "financial risk", "operational risk",
      "cyber risk", "information security", "cyber security", "good governance", "prevent fraud", "well capitalised", "well capitalized", "capital strength",
      "capital buffer", "capitalised", "capitalized", "resilient balance sheet", "capital structure",
    ],
    zh: [
      "风险", "风控", "内控", "公司治理", "法人治理", "治理结构", "防范", "底线", "欺诈", "舞弊", "信息安全", "网络安全",
      "数据安全", "稳健", "韧性", "漏洞", "担保", "资本充足", "偿付能力", "隐私", "个人信息保护", "保密", "金融风险", "风险防控",
      "防范化解", "重大风险", "风险管理", "内部控制", "防风险", "化解风险", "资本实力", "风险抵御", "资本结构", "负债结构",
    ],
  },
  compliance: {
    en: [
      "compliance", "compliant", "regulatory", "regulation", "audit", "legal", "lawful", "ethics",
      "ethical", "integrity", "gdpr", "anti-money laundering", "aml", "kyc", "sanction", "corruption",
      "anti-corruption", "bribery", "misconduct", "whistleblowing", "litigation", "lawsuit", "transparency", "comply",
      "regulatory requirement", "regulatory compliance", "internal audit", "comply with", "regulator", "financial crime", "rules", "code of conduct",
      "conduct", "licence", "license", "licensing", "inspection", "accreditation", "clean audit", "audit opinion",
      "policy compliance", "regulatory standards", "regulatory obligations", "every regulation", "operate responsibly", "act with integrity", "do the right thing", "honesty",
      "fair dealing", "treat customers fairly", "treating customers fairly", "consumer duty", "conduct risk", "anti-bribery", "ethical conduct", "fines",
      "penalties", "enforcement", "audit findings", "statutory", "legislation", "regulated",
    ],
    zh: [
      "合规", "审计", "监管", "法律", "依法", "法治", "违规", "违纪", "腐败", "反腐", "纪律", "问责",
      "巡视", "巡察", "整改", "反洗钱", "诉讼", "纠纷", "廉洁", "廉政", "合规经营", "依法合规", "合规管理", "依法治企",
      "廉洁从业", "合规文化", "党风廉政", "监管要求", "监管评级", "内部审计", "审计整改", "违法违规", "守法", "规范经营", "诚信", "信息披露",
      "依规", "制度执行", "巡视整改", "合规底线", "清廉", "廉洁文化", "纪检", "作风建设", "合法合规", "依法经营", "依法行政", "法治建设",
      "法治政府", "法治国企", "合规体系", "监管处罚", "行政处罚", "罚款", "合规水平", "合规风控", "合规营销",
    ],
  },
  credit: {
    en: [
      "credit quality", "asset quality", "non-performing", "bad debt", "credit loss", "credit risk", "credit losses", "loan losses",
      "bad loans", "impairment", "default", "write-off", "provisioning", "provision coverage", "loan quality", "lending quality",
      "prudent lending", "responsible lending", "underwriting standards", "credit standards", "delinquency", "delinquencies", "loan arrears", "mortgage arrears",
      "cost of risk", "credit portfolio", "credit discipline", "sound lending", "credit performance", "asset quality ratio", "problem loans", "npl",
    ],
    zh: [
      "不良贷款", "资产质量", "拨备", "信用风险", "信贷风险", "不良资产", "信贷质量", "贷款质量", "核销", "坏账", "逾期", "违约",
      "关注类", "五级分类", "新增不良", "压降不良", "化解不良", "处置不良", "不良双降", "信用成本", "资产保全", "清收不良", "贷后管理", "风险分类",
      "不良率", "授信质量", "信贷资产", "控新降旧", "拨备覆盖", "不良",
    ],
  },
  sustainability: {
    en: [
      "sustainability", "carbon", "emission", "net zero", "green", "greener", "greenest", "greenhouse gas",
      "environmental", "environmentally", "natural environment", "local environment", "protect the environment", "climate", "energy efficiency", "energy saving",
      "energy use", "energy consumption", "clean energy", "energy transition", "renewable", "recycle", "recycling", "reuse",
      "waste", "landfill", "litter", "fly-tipping", "plastic", "esg", "circular", "decarbonise",
      "decarbonize", "co2", "pollution", "pollute", "air quality", "clean air", "clean streets", "clean city",
      "biodiversity", "nature recovery", "nature-positive", "tree", "planet", "eco-friendly", "eco", "water use",
      "save water", "water efficiency", "social responsibility", "csr", "responsible sourcing", "ethical sourcing", "social value", "future generations",
      "solar", "electric vehicle", "active travel", "cleaner and greener", "clean and green", "cleaner city", "cleaner streets", "cleaner air",
      "sustainable sourcing", "sustainable business", "sustainable future", "sustainable product", "sustainable operation", "sustainable development", "sustainable transport", "sustainable packaging",
      "carbon neutral", "environmental footprint", "environmental impact", "climate change", "decarbonisation", "decarbonization", "low carbon", "zero waste",
      "source responsibly", "ethical suppliers", "ethical supply chain", "protect rivers", "rivers", "clean rivers", "bathing water", "clean power",
      "green power", "low-carbon power", "low carbon generation", "renewables", "electric vehicles",
    ],
    zh: [
      "绿色", "低碳", "碳排放", "碳中和", "碳达峰", "双碳", "节能", "减排", "环保", "能耗", "循环经济", "回收利用",
      "清洁能源", "新能源", "生态环境", "生态保护", "生态文明", "生态修复", "生态优先", "社会责任", "环境保护", "人居环境", "污染", "治污",
      "蓝天", "碧水", "净土", "垃圾分类", "垃圾", "固废", "危废", "废弃物", "废水", "废气", "节水", "节电",
      "降碳", "减碳", "碳汇", "光伏", "风电", "绿电", "美丽中国", "美丽乡村", "宜居", "环境友好", "资源节约", "循环利用",
      "再生", "能效", "公益", "乡村振兴", "水环境", "空气质量", "绿化", "森林", "可持续发展", "绿色低碳", "低碳转型", "节能降碳",
      "节能减排", "污染防治", "绿色发展", "清洁生产", "污水", "污水治理", "水污染", "绿色航空", "绿色建筑", "农业绿色", "绿色矿山", "复垦",
      "减量增效", "化肥农药减量",
    ],
  },
  supply: {
    en: [
      "supply", "supplies", "supplied", "supply chain", "supplier", "vendor", "procurement", "procure",
      "purchasing", "sourcing", "inventory", "inventories", "stock", "in stock", "out of stock", "stock-out",
      "stockout", "on the shelf", "on shelf", "shelves", "product availability", "stock availability", "shelf availability", "replenish",
      "replenishment", "logistics", "warehouse", "warehousing", "fulfilment", "fulfillment", "distribution centre", "distribution center",
      "distribution network", "raw material", "material shortage", "parts shortage", "supply shortage", "spare parts", "demand planning", "demand forecast",
      "s&op", "freight", "stockpile", "nearshoring", "reshoring", "dual sourcing", "supplier on time", "pay supplier",
      "prompt payment", "supplier payment", "supplier relationship", "supplier performance", "resilient supply", "supply resilience", "always in stock", "full shelves",
      "right stock", "inventory level", "stock accuracy", "purchase-to-pay", "procure-to-pay", "supplier quality", "secure supply", "critical materials",
      "supply of critical", "ethical suppliers", "security of supply", "source responsibly",
    ],
    zh: [
      "供应", "供应链", "供应商", "采购", "库存", "存货", "物流", "仓储", "物料", "供货", "保供", "断供",
      "备货", "配送", "集采", "寻源", "缺货", "国产化", "供应保障", "货架", "有货", "现货", "断货", "补货",
      "货源", "原材料", "进货", "订货", "仓库", "仓配", "冷链", "调拨", "呆滞", "齐套", "供需", "产供销",
      "稳链", "补链", "强链", "物资", "战略储备", "来料", "供应链韧性", "供应链安全", "产业链", "稳定供应", "供应稳定", "库存管理",
      "采购管理", "供应商管理", "准时付款", "付款及时", "保障供应", "物资供应", "供应能力", "粮食安全", "保障粮食", "物资保障", "供应安全", "粮食生产",
      "稳产", "稳定粮食", "粮食产量", "库龄",
    ],
  },
};
