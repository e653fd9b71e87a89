/**
 * Topics of customers, commerce, finance and people: narrow measurable subjects (liquidity, time to
 * hire, complaints, 坪效 …) and the many words KPIs and strategy objectives use for each, in English
 * and Chinese. lexicon/topics.ts looks these terms up in a KPI's text and in each objective's text; a
 * KPI and an objective that name the same topic are linked (strength 3) even when they share no word
 * ("Cash conversion cycle" and "Strengthen liquidity", "招聘周期" and "吸引优秀人才").
 *
 * Rules kept here: English terms are lower case and matched as whole words after light stemming
 * (match/stem.ts), so generic words ("cost", "quality", "service", "revenue") never stand alone and
 * ambiguous words appear only inside phrases ("repeat purchase", "staff turnover"); Chinese terms are
 * 2+ characters and matched as substrings, so none is a fragment of a common unrelated word; each term
 * belongs to one topic only. Precision matters more than recall: a wrong term links unrelated KPIs
 * and objectives.
 *
 * Sources: written by us from public KPI lists and glossaries (UK LGA/ESD metric types, SASAC 一利五率
 * definitions, public finance, banking, HR, marketing, retail, hospitality, SaaS and education KPI
 * glossaries); no text copied.
 */
import type { TopicGroup } from "./lexiconTypes";

export const COMMERCIAL_TOPICS: readonly TopicGroup[] = [
  // ── Customers and service ────────────────────────────────────────────────────────────────────────
  {
    id: "complaints",
    label: { en: "complaints", zh: "投诉" },
    en: ["complaint", "complaint rate", "complaints upheld", "upheld complaint", "escalated complaint", "ombudsman", "grievance from customers", "customer grievance", "formal complaint", "complaint resolution", "complaint handling", "complaints per", "dissatisfied customer"],
    zh: ["投诉", "客诉", "申诉率", "有效投诉", "投诉率", "投诉处理", "投诉量", "信访", "差评率", "客户抱怨"],
  },
  {
    id: "first-contact-resolution",
    label: { en: "first contact resolution", zh: "一次解决率" },
    en: ["first contact resolution", "first call resolution", "fcr", "resolved at first contact", "resolved on first contact", "resolved first time", "one touch resolution", "single contact resolution", "resolved in one contact", "repeat contact", "repeat call", "resolve issues first time", "resolve queries first time", "first time fix", "first call", "first contact", "fix it first time"],
    zh: ["一次解决率", "首次解决率", "一次性解决", "首问解决", "首次联络解决", "一次办结", "重复来电", "重复致电", "一次修复率", "首次修复率"],
  },
  {
    id: "call-handling",
    label: { en: "call handling and waiting", zh: "接听与等待" },
    en: ["average handle time", "average handling time", "aht", "average speed of answer", "asa", "call abandonment", "abandoned call", "abandonment rate", "calls answered", "answered within", "hold time", "contact centre", "contact center", "call centre", "call center", "speed of answer", "grade of service", "answer calls"],
    zh: ["接通率", "呼损率", "平均处理时长", "平均通话时长", "接听率", "放弃率", "呼叫中心", "客服热线", "热线接通", "坐席", "来电接听", "秒内接听"],
  },
  {
    id: "customer-satisfaction",
    label: { en: "customer satisfaction", zh: "客户满意度" },
    en: ["customer satisfaction", "csat", "satisfaction score", "customer satisfaction score", "satisfied customer", "delight customers", "customer delight", "acsi", "customer happiness", "happy customers", "customer survey score", "satisfaction survey", "client satisfaction", "guest satisfaction", "passenger satisfaction", "user satisfaction", "customer experience", "client experience", "guest experience", "cx"],
    zh: ["客户满意", "顾客满意", "用户满意", "满意度调查", "满意度评分", "宾客满意", "旅客满意", "乘客满意", "服务满意度", "满意度指数", "群众满意", "好评率", "客户体验", "用户体验", "服务体验", "消费体验", "客户感知", "服务感知"],
  },
  {
    id: "advocacy",
    label: { en: "advocacy and recommendation", zh: "口碑与推荐" },
    en: ["net promoter score", "nps", "promoters", "detractor", "likelihood to recommend", "likely to recommend", "would recommend", "recommend us", "customer advocacy", "word of mouth", "referral rate", "customer referral", "brand advocates"],
    zh: ["净推荐值", "推荐值", "净推荐", "推荐意愿", "推荐率", "口碑", "转介绍", "愿意推荐", "老带新"],
  },
  {
    id: "customer-churn",
    label: { en: "customer churn and retention", zh: "客户流失与留存" },
    en: ["churn", "churn rate", "customer churn", "customer retention", "retain customers", "customer attrition", "lost customers", "customer defection", "logo churn", "subscriber churn", "retention of customers", "keep customers", "renewal rate", "contract renewal", "subscription renewal", "lapse rate", "policy lapse", "net revenue retention", "gross revenue retention", "dollar retention", "nrr"],
    zh: ["客户流失", "用户流失", "客户留存", "用户留存", "客户保有", "续约率", "续费率", "续保率", "退订率", "离网率", "客户保持", "解约率"],
  },
  {
    id: "customer-loyalty",
    label: { en: "loyalty and repeat purchase", zh: "忠诚与复购" },
    en: ["loyalty", "customer loyalty", "loyal customer", "repeat purchase", "repeat customer", "repeat business", "returning customer", "loyalty programme", "loyalty program", "loyalty members", "purchase frequency", "customer lifetime value", "lifetime value", "clv", "ltv", "share of wallet", "wallet share", "repeat visit", "repeat guests"],
    zh: ["忠诚度", "客户忠诚", "复购", "重复购买", "回头客", "老客户", "会员复购", "客户终身价值", "生命周期价值", "钱包份额", "复购率", "复游率"],
  },
  {
    id: "customer-effort",
    label: { en: "customer effort and ease", zh: "客户费力度" },
    en: ["customer effort", "customer effort score", "ces", "easy to do business", "ease of doing business with", "effortless", "hassle free", "frictionless", "easier for customers", "ease of use"],
    zh: ["客户费力度", "费力度", "便捷度", "省心", "一网通办", "掌上办", "少跑腿", "最多跑一次", "便利度", "办事便捷"],
  },
  {
    id: "service-response",
    label: { en: "service response and resolution time", zh: "服务响应时效" },
    en: ["response time to customers", "time to resolve", "time to resolution", "resolution time", "mean time to respond", "first response time", "service level agreement", "sla", "sla compliance", "within sla", "responsiveness", "respond to enquiries", "enquiries answered", "responded within", "turnaround of enquiries", "case closure"],
    zh: ["响应及时", "响应速度", "及时响应", "结单", "办结率", "按时办结", "服务时限", "服务水平协议", "快速响应", "回复时长"],
  },
  // ── Sales ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "sales-pipeline",
    label: { en: "sales pipeline", zh: "销售漏斗" },
    en: ["sales pipeline", "pipeline coverage", "pipeline value", "qualified pipeline", "opportunity pipeline", "sales funnel", "funnel conversion", "pipeline velocity", "sales velocity", "sales cycle", "sales cycle length", "opportunities created", "qualified opportunities", "weighted pipeline", "order intake", "order backlog", "book to bill"],
    zh: ["销售漏斗", "销售管道", "商机", "管道覆盖", "销售周期", "在手订单", "新签订单", "新签合同", "订单储备", "签约额", "新签合同额"],
  },
  {
    id: "win-rate",
    label: { en: "win rate", zh: "赢单率" },
    en: ["win rate", "win ratio", "win loss", "deals won", "close rate", "closing rate", "bid success", "tender success", "hit rate on bids", "bids won", "tenders won", "competitive wins", "opportunity conversion", "proposal conversion", "quote conversion", "quote to order"],
    zh: ["赢单率", "中标率", "中标", "赢单", "签单率", "成单率", "投标成功", "报价转化", "成交率", "竞标"],
  },
  {
    id: "quota-attainment",
    label: { en: "sales quota attainment", zh: "销售目标达成" },
    en: ["quota attainment", "sales quota", "quota achievement", "attain quota", "sales target achievement", "sales target attainment", "reps at quota", "sales productivity", "sales per rep", "revenue per rep", "sales rep productivity", "salesforce productivity", "sales force effectiveness", "sales effectiveness"],
    zh: ["销售配额", "配额达成", "销售目标达成", "销售任务完成", "人均销售", "人均销售额", "销售人效", "销售达成率", "业绩达成", "销售团队效能"],
  },
  {
    id: "leads",
    label: { en: "leads and lead conversion", zh: "线索与转化" },
    en: ["lead conversion", "lead generation", "lead gen", "qualified leads", "marketing qualified lead", "sales qualified lead", "mql", "lead to customer", "lead velocity", "inbound leads", "enquiry conversion", "enquiry to sale", "demand generation", "prospects", "sales leads", "new leads", "lead volume"],
    zh: ["销售线索", "线索", "线索转化", "有效线索", "潜在客户", "潜客", "意向客户", "询盘", "询单转化", "留资"],
  },
  {
    id: "conversion-rate",
    label: { en: "conversion rate", zh: "转化率" },
    en: ["conversion rate", "convert visitors", "checkout conversion", "cart abandonment", "basket abandonment", "add to cart", "visit to purchase", "look to book", "booking conversion", "online conversion", "checkout", "cart conversion", "cart to order", "checkout completion"],
    zh: ["转化率", "成交转化", "下单率", "支付转化", "购物车放弃", "弃购率", "进店转化", "浏览转化"],
  },
  {
    id: "deal-size",
    label: { en: "deal size and order value", zh: "客单价与订单金额" },
    en: ["deal size", "average deal size", "average deal value", "contract value", "average contract value", "acv", "tcv", "total contract value", "average order value", "aov", "order value", "average selling price", "asp"],
    zh: ["平均订单金额", "订单金额", "单笔合同额", "合同金额", "平均合同额", "平均售价", "单均价", "单笔金额"],
  },
  {
    id: "new-customers",
    label: { en: "new customers and accounts", zh: "新客户拓展" },
    en: ["new customers", "new accounts", "new logos", "customer acquisition", "acquire customers", "acquiring customers", "win new customers", "new clients", "client acquisition", "customer base growth", "grow the customer base", "net new customers", "customer count", "active customers"],
    zh: ["新客户", "新增客户", "新客", "获客", "拓客", "新开户", "新增用户", "客户规模", "客户基数", "有效客户", "活跃客户", "新签客户", "拉新"],
  },
  {
    id: "cross-sell",
    label: { en: "cross-sell and upsell", zh: "交叉销售" },
    en: ["cross sell", "upsell", "up sell", "products per customer", "product holding", "products per household", "attach rate", "expansion revenue", "account expansion", "share of wallet growth", "wallet expansion", "deepen relationships", "bundle uptake", "penetration of existing customers"],
    zh: ["交叉销售", "追加销售", "向上销售", "增购", "产品持有数", "户均产品", "捆绑销售", "深耕存量", "存量客户深耕", "综合开发"],
  },
  {
    id: "key-accounts",
    label: { en: "key accounts", zh: "大客户" },
    en: ["key account", "strategic accounts", "top accounts", "top customers", "account management", "key account management", "major accounts", "enterprise accounts", "customer concentration", "largest customers"],
    zh: ["大客户", "重点客户", "战略客户", "核心客户", "关键客户", "头部客户", "客户集中度", "大客户营销"],
  },
  {
    id: "market-share",
    label: { en: "market share", zh: "市场份额" },
    en: ["market share", "share of market", "market position", "market leadership", "market leader", "relative market share", "share gain", "gain share", "category share", "value share", "volume share", "share of segment", "market penetration", "penetration rate"],
    zh: ["市场份额", "市场占有率", "市占率", "占有率", "市场地位", "行业排名", "渗透率", "龙头地位"],
  },
  {
    id: "channel-partners",
    label: { en: "channel and partner sales", zh: "渠道与经销商" },
    en: ["channel partner", "channel sales", "partner sales", "reseller", "distributor", "dealer", "dealer network", "partner ecosystem", "indirect channel", "partner sourced", "distribution points", "points of sale", "outlets stocking", "numeric distribution", "weighted distribution"],
    zh: ["经销商", "分销商", "代理商", "渠道商", "渠道伙伴", "渠道建设", "渠道覆盖", "分销网络", "铺货率", "终端网点", "门店覆盖", "网点覆盖", "合作伙伴生态"],
  },
  // ── Marketing ────────────────────────────────────────────────────────────────────────────────────
  {
    id: "brand-awareness",
    label: { en: "brand awareness", zh: "品牌知名度" },
    en: ["brand awareness", "brand recognition", "brand recall", "aided awareness", "unaided awareness", "top of mind", "brand equity", "brand strength", "brand health", "brand perception", "brand reputation", "brand preference", "brand consideration", "brand visibility", "brand value", "brand index", "corporate reputation", "brand trust"],
    zh: ["品牌知名度", "知名度", "品牌认知", "品牌影响力", "品牌价值", "品牌形象", "品牌美誉", "品牌力", "品牌建设", "品牌声誉", "认知度", "品牌偏好", "提及率", "美誉度"],
  },
  {
    id: "share-of-voice",
    label: { en: "share of voice and media coverage", zh: "声量与曝光" },
    en: ["share of voice", "sov", "media coverage", "press coverage", "earned media", "media mentions", "mentions", "brand mentions", "impressions", "publicity", "social sentiment", "media sentiment", "column inches"],
    zh: ["声量", "曝光", "曝光量", "媒体报道", "媒体曝光", "传播量", "阅读量", "播放量", "舆情", "正面报道", "话题度", "传播力", "覆盖人数", "触达"],
  },
  {
    id: "web-traffic",
    label: { en: "web traffic", zh: "网站流量" },
    en: ["web traffic", "website traffic", "site traffic", "website visits", "site visits", "website visitors", "unique visitors", "page views", "pageviews", "organic traffic", "search traffic", "search ranking", "seo", "bounce rate", "time on site", "online visibility", "click through rate", "click through", "ctr", "clicks"],
    zh: ["网站流量", "访问量", "访客数", "独立访客", "浏览量", "页面浏览", "自然流量", "搜索排名", "跳出率", "点击率", "点击量", "引流", "搜索引擎优化"],
  },
  {
    id: "audience-engagement",
    label: { en: "audience and social engagement", zh: "用户互动" },
    en: ["social engagement", "engagement rate", "social media engagement", "followers", "follower growth", "social media", "community engagement online", "audience engagement", "audience growth", "email open rate", "open rate", "subscribers to newsletter", "newsletter", "content engagement", "dwell time", "watch time"],
    zh: ["互动率", "粉丝", "粉丝数", "关注数", "点赞", "转发", "评论数", "社交媒体", "新媒体", "自媒体", "公众号", "打开率", "完播率", "用户互动", "社群", "粘性", "黏性", "观众", "观看时长", "停留时长"],
  },
  {
    id: "marketing-return",
    label: { en: "marketing return", zh: "营销投入回报" },
    en: ["return on ad spend", "roas", "marketing roi", "return on marketing", "return on marketing investment", "romi", "campaign roi", "campaign return", "marketing efficiency", "marketing spend", "advertising spend", "ad spend", "media spend", "cost per click", "cpc", "cost per mille", "cpm", "cost per lead", "cpl", "marketing attributed", "marketing contribution", "campaign effectiveness", "campaign performance"],
    zh: ["广告投入产出", "投放回报", "营销投入产出", "营销回报", "营销费用率", "营销投入", "广告费用", "单次点击成本", "营销效果", "活动效果", "营销投资回报"],
  },
  {
    id: "customer-acquisition-cost",
    label: { en: "customer acquisition cost", zh: "获客成本" },
    en: ["customer acquisition cost", "cost of acquisition", "acquisition cost", "cac", "cost per acquisition", "cost to acquire", "cost per new customer", "cac payback", "payback on acquisition", "ltv to cac", "ltv cac"],
    zh: ["获客成本", "获客费用", "单客获取成本", "拉新成本", "用户获取成本", "获客效率", "获客回收期"],
  },
  // ── Pricing and margin ───────────────────────────────────────────────────────────────────────────
  {
    id: "price-realisation",
    label: { en: "price realisation and discounting", zh: "价格实现与折扣" },
    en: ["price realisation", "price realization", "pricing", "price increase", "price discipline", "pricing power", "discount", "average discount", "markdown", "price leakage", "list price", "net price", "price erosion", "price premium", "rebates", "promotional spend", "trade spend", "yield management", "price per unit"],
    zh: ["价格实现", "定价", "提价", "调价", "价格体系", "折扣", "折扣率", "降价", "让利", "价格管控", "价格纪律", "溢价", "促销费用", "返利", "平均单价", "价格水平", "控价"],
  },
  {
    id: "gross-margin",
    label: { en: "gross margin", zh: "毛利率" },
    en: ["gross margin", "gross profit", "gross profit margin", "contribution margin", "unit margin", "product margin", "margin per unit", "margin mix", "cost of goods sold", "cogs", "cost of sales", "merchandise margin", "margin improvement", "margin expansion", "protect margin"],
    zh: ["毛利", "毛利率", "毛利额", "边际贡献", "贡献毛益", "单位毛利", "产品毛利", "销售成本", "主营业务成本", "毛利润"],
  },
  // ── Finance ──────────────────────────────────────────────────────────────────────────────────────
  {
    id: "liquidity",
    label: { en: "liquidity", zh: "资金流动性" },
    en: ["liquidity", "cash position", "cash on hand", "cash balance", "cash reserves", "days cash on hand", "days cash", "current ratio", "quick ratio", "acid test", "cash runway", "liquidity coverage ratio", "lcr", "net stable funding ratio", "nsfr", "liquid assets", "cash headroom", "liquidity buffer", "funding position", "cash flow", "free cash flow", "operating cash flow", "cash generation", "cash conversion", "fcf", "cash burn", "burn rate"],
    zh: ["流动性", "资金流动", "流动比率", "速动比率", "现金储备", "资金链", "现金余额", "货币资金", "资金头寸", "现金流", "经营性现金流", "经营活动现金流", "自由现金流", "净现比", "盈利现金比率", "资金安全", "烧钱", "营业现金比率", "现金保障", "现金周转", "资金周转"],
  },
  {
    id: "working-capital",
    label: { en: "working capital", zh: "营运资金" },
    en: ["working capital", "net working capital", "cash conversion cycle", "cash cycle", "cash to cash", "operating cycle", "working capital days", "trade working capital", "capital tied up", "cash tied up", "release cash"],
    zh: ["营运资金", "营运资本", "现金转换周期", "营业周期", "两金", "资金占用", "资金效率", "资金使用效率", "营运资金周转"],
  },
  {
    id: "receivables",
    label: { en: "receivables and collection", zh: "应收账款" },
    en: ["receivables", "accounts receivable", "debtor days", "debtors", "days sales outstanding", "dso", "cash collection", "debt collection", "overdue invoices", "overdue debt", "aged debt", "bad debt", "write offs", "credit control", "invoices paid", "arrears", "rent arrears", "council tax collected", "business rates collected", "unbilled", "billing accuracy"],
    zh: ["应收账款", "应收款", "回款", "回款率", "收款", "清欠", "欠款", "欠费", "逾期账款", "账龄", "坏账", "应收周转", "应收账款周转", "催收", "收缴率", "征收率", "回笼", "货款回收", "电费回收"],
  },
  {
    id: "payables",
    label: { en: "payables and supplier payment", zh: "应付账款" },
    en: ["payables", "accounts payable", "creditor days", "days payable outstanding", "dpo", "supplier payment", "pay suppliers", "invoices paid within", "prompt payment", "payment terms", "paid within 30 days", "late payment", "undisputed invoices", "supplier invoices"],
    zh: ["应付账款", "应付款", "应付周转", "付款周期", "付款及时", "拖欠账款", "拖欠中小企业", "及时支付", "账期", "供应商付款", "清理拖欠"],
  },
  {
    id: "leverage",
    label: { en: "debt and leverage", zh: "负债与杠杆" },
    en: ["gearing", "net debt", "debt to equity", "debt ratio", "debt to ebitda", "net debt to ebitda", "leverage ratio", "interest cover", "interest coverage", "debt service coverage", "dscr", "borrowings", "indebtedness", "deleverage", "deleveraging", "balance sheet strength", "strong balance sheet", "credit rating", "investment grade", "refinancing", "maturity profile", "financial leverage", "debt levels", "total debt", "debt burden", "debt reduction", "reduce debt"],
    zh: ["资产负债率", "负债率", "杠杆", "去杠杆", "降杠杆", "带息负债", "有息负债", "负债规模", "债务", "利息保障倍数", "偿债", "净负债", "信用评级", "融资结构", "债务风险", "降负债", "隐性债务", "资产负债结构"],
  },
  {
    id: "cost-of-capital",
    label: { en: "cost of capital and funding", zh: "融资成本" },
    en: ["cost of capital", "wacc", "weighted average cost of capital", "cost of funds", "cost of debt", "funding cost", "financing cost", "finance costs", "interest expense", "interest cost", "borrowing cost", "cost of borrowing", "capital raising", "funding diversification", "access to capital"],
    zh: ["融资成本", "资金成本", "资本成本", "综合融资成本", "财务费用", "利息支出", "负债成本", "付息率", "融资渠道", "融资能力", "直接融资"],
  },
  {
    id: "budget-adherence",
    label: { en: "budget adherence", zh: "预算执行" },
    en: ["budget", "within budget", "on budget", "budget variance", "budget adherence", "budget execution", "spend against budget", "spend to budget", "overspend", "underspend", "budget overrun", "cost overrun", "financial discipline", "balanced budget", "live within our means", "outturn", "budget outturn", "variance to plan", "spending control"],
    zh: ["预算", "预算执行", "预算偏差", "预算达成", "预算控制", "超支", "节支", "预算管理", "收支平衡", "财政收支", "支出进度", "预算完成"],
  },
  {
    id: "forecast-accuracy",
    label: { en: "financial forecast accuracy", zh: "预测准确性" },
    en: ["forecast accuracy", "forecast error", "forecast variance", "forecast bias", "mape", "accurate forecasts", "predictability", "forecast reliability", "reliable forecasts", "guidance accuracy", "planning accuracy", "demand forecast accuracy"],
    zh: ["预测准确", "预测准确率", "预测偏差", "预测精度", "预测误差", "预测可靠", "需求预测准确", "计划准确率", "滚动预测"],
  },
  {
    id: "cost-reduction",
    label: { en: "cost reduction and savings", zh: "降本增效" },
    en: ["cost reduction", "cost savings", "savings delivered", "efficiency savings", "cashable savings", "savings target", "reduce costs", "cut costs", "cost out", "cost to income", "cost income ratio", "cost to serve", "operating expenses", "opex", "sg&a", "expense ratio", "run rate savings", "lean cost base", "cost base", "unit cost", "cost per unit", "value for money", "spend reduction", "procurement savings", "overhead costs", "overhead ratio"],
    zh: ["降本", "降本增效", "节约成本", "成本节约", "成本压降", "压降成本", "成本管控", "成本控制", "费用率", "管理费用", "期间费用", "成本费用", "成本收入比", "单位成本", "费用压降", "精打细算", "过紧日子", "采购节约", "节约资金", "压减开支", "压缩开支"],
  },
  {
    id: "profitability",
    label: { en: "profitability", zh: "盈利能力" },
    en: ["profitability", "net profit", "operating profit", "operating margin", "net margin", "profit margin", "ebitda", "ebitda margin", "ebit", "earnings per share", "eps", "bottom line", "pre tax profit", "profit before tax", "pbt", "net income", "profitable", "profitable growth", "break even", "breakeven", "loss making", "return to profit", "profit growth", "grow profit", "increase profit", "profit target", "group profit", "underlying profit"],
    zh: ["盈利", "利润", "利润总额", "净利润", "营业利润", "利润率", "净利率", "营业利润率", "息税前", "扭亏", "减亏", "亏损", "每股收益", "盈亏平衡", "收益水平", "经营效益", "经济效益"],
  },
  {
    id: "return-on-capital",
    label: { en: "return on capital", zh: "资本回报" },
    en: ["return on equity", "roe", "return on invested capital", "roic", "return on capital employed", "roce", "return on assets", "return on capital", "return on investment", "roi", "economic value added", "eva", "shareholder value", "total shareholder return", "tsr", "asset turnover", "asset productivity", "capital efficiency", "capital productivity", "returns to shareholders", "investment returns", "payback period", "irr", "internal rate of return", "net present value", "npv"],
    zh: ["净资产收益率", "资本回报", "投资回报", "投入资本回报", "总资产报酬率", "总资产收益率", "资产回报", "经济增加值", "股东回报", "股东价值", "资产周转", "资本效率", "投资收益率", "内部收益率", "投资回收期", "国有资本保值增值", "保值增值"],
  },
  {
    id: "revenue-growth",
    label: { en: "revenue growth", zh: "营收增长" },
    en: ["revenue growth", "sales growth", "top line", "topline", "turnover growth", "grow revenue", "increase revenue", "increase sales", "grow sales", "organic growth", "like for like growth", "income growth", "total revenue", "net revenue", "net sales", "gross sales", "sales volume", "sales revenue", "annual revenue", "business growth", "scale the business"],
    zh: ["营业收入", "营收", "营业总收入", "主营业务收入", "收入增长", "销售增长", "销售额", "销售收入", "销量", "营收增长", "做大规模", "业务规模", "经营规模", "规模增长", "收入规模"],
  },
  {
    id: "dividends",
    label: { en: "dividends and shareholder payout", zh: "分红" },
    en: ["dividend", "dividend payout", "payout ratio", "dividend per share", "dps", "dividend yield", "share buyback", "buyback", "capital return", "return capital to shareholders", "distributions to shareholders", "shareholder distributions", "progressive dividend"],
    zh: ["分红", "股息", "派息", "分红率", "现金分红", "股利", "股利支付率", "回购股份", "股份回购", "国有资本收益上缴", "利润上缴", "上缴收益"],
  },
  {
    id: "audit-findings",
    label: { en: "audit findings and internal control", zh: "审计与内控" },
    en: ["audit", "audit finding", "audit issues", "audit recommendations", "audit opinion", "unqualified opinion", "qualified opinion", "clean audit", "internal audit", "external audit", "audit actions", "overdue audit actions", "internal control", "control weaknesses", "control deficiencies", "material weakness", "sox", "sarbanes oxley", "control environment", "control testing"],
    zh: ["审计", "审计发现", "审计问题", "审计整改", "内部审计", "外部审计", "审计意见", "内控", "内部控制", "内控缺陷", "整改完成率", "问题整改", "巡视整改", "巡察", "内控评价", "无保留意见"],
  },
  {
    id: "tax",
    label: { en: "tax", zh: "税务" },
    en: ["tax", "effective tax rate", "etr", "tax rate", "tax compliance", "tax paid", "tax contribution", "tax liability", "tax risk", "tax filing", "tax returns", "vat", "corporation tax", "tax credits", "tax efficient", "tax revenue", "tax gap", "council tax", "business rates"],
    zh: ["纳税", "税收", "税负", "税务", "税费", "实际税率", "增值税", "所得税", "税收贡献", "依法纳税", "税务合规", "税务风险", "税收入", "减税降费", "税收优惠", "纳税申报"],
  },
  {
    id: "capital-investment",
    label: { en: "capital expenditure and investment delivery", zh: "投资与资本支出" },
    en: ["capital expenditure", "capex", "capital spend", "capital programme", "capital program", "capital projects", "capital investment", "investment programme", "capital plan delivery", "capital budget", "investment spend", "capital allocation", "capital discipline", "invest in growth", "growth investment", "investment pipeline", "fixed asset investment"],
    zh: ["资本支出", "资本开支", "固定资产投资", "投资计划", "投资完成", "投资项目", "投资规模", "投资额", "完成投资", "有效投资", "资本性支出", "投资管控", "投资决策", "投资强度", "投资进度"],
  },
  // ── Banking and insurance ────────────────────────────────────────────────────────────────────────
  {
    id: "credit-quality",
    label: { en: "loan defaults and credit quality", zh: "不良贷款与资产质量" },
    en: ["non performing loan", "npl", "npl ratio", "loan default", "default rate", "delinquency", "delinquency rate", "past due", "days past due", "credit losses", "expected credit loss", "ecl", "loan loss", "loan loss provision", "provision coverage", "cost of risk", "credit quality", "asset quality", "credit risk", "charge offs", "loan impairment", "impairment charge"],
    zh: ["不良贷款", "不良率", "不良资产", "资产质量", "逾期贷款", "逾期率", "违约率", "信用风险", "信贷风险", "拨备", "拨备覆盖率", "减值", "核销", "关注类贷款", "信用成本", "风险成本", "化解不良", "处置不良", "信贷资产质量"],
  },
  {
    id: "capital-adequacy",
    label: { en: "capital adequacy and solvency", zh: "资本充足" },
    en: ["capital adequacy", "capital adequacy ratio", "cet1", "common equity tier 1", "tier 1 capital", "capital ratio", "capital buffer", "solvency", "solvency ratio", "solvency ii", "solvency coverage", "regulatory capital", "risk weighted assets", "rwa", "capital strength", "capital requirements", "capital surplus", "economic capital", "leverage ratio requirement"],
    zh: ["资本充足", "资本充足率", "核心一级资本", "一级资本", "偿付能力", "偿付能力充足率", "监管资本", "风险加权资产", "资本补充", "资本缓冲", "资本实力", "资本约束"],
  },
  {
    id: "claims-cost",
    label: { en: "claims cost and loss ratio", zh: "赔付成本" },
    en: ["claims ratio", "loss ratio", "claims cost", "claims spend", "claims frequency", "claims severity", "average claim cost", "cost per claim", "claims paid", "claims leakage", "claims inflation", "incurred losses", "incurred claims", "loss experience", "claims experience", "subrogation", "salvage and subrogation", "claims recoveries", "loss cost", "medical loss ratio"],
    zh: ["赔付率", "赔付成本", "赔付支出", "赔付", "赔款", "案均赔款", "出险率", "出险频率", "追偿", "代位求偿", "损失率", "赔付金额", "减损"],
  },
  {
    id: "claims-handling",
    label: { en: "claims handling speed", zh: "理赔时效" },
    en: ["claims handling", "claims settlement", "settle claims", "claims settled", "claims cycle time", "claims processing", "claims turnaround", "time to settle", "settlement time", "claims backlog", "claims closed", "claims resolution", "first notification of loss", "fnol", "straight through claims", "claim payment time", "pay claims"],
    zh: ["理赔时效", "理赔周期", "理赔速度", "理赔效率", "快速理赔", "简单赔案", "结案周期", "赔案处理", "报案到结案", "理赔处理", "理赔办结", "小额快赔", "理赔时长", "赔付时效"],
  },
  {
    id: "combined-ratio",
    label: { en: "combined ratio and underwriting result", zh: "综合成本率" },
    en: ["combined ratio", "underwriting profit", "underwriting result", "underwriting margin", "underwriting performance", "underwriting discipline", "underwriting", "underwrite", "risk selection", "pricing adequacy", "technical result", "insurance result", "written premium", "gross written premium", "gwp", "premium income", "premium growth", "new business premium", "new business value", "vnb", "embedded value"],
    zh: ["综合成本率", "综合费用率", "承保利润", "承保", "核保", "保费", "保费收入", "原保费", "规模保费", "新单保费", "新业务价值", "内含价值", "承保盈利", "保费增长"],
  },
  {
    id: "fraud",
    label: { en: "fraud", zh: "欺诈" },
    en: ["fraud", "fraudulent", "fraud losses", "fraud detection", "fraud prevention", "fraud rate", "counter fraud", "anti fraud", "scam", "chargebacks", "identity theft", "card fraud", "financial crime", "money laundering", "anti money laundering", "aml", "kyc", "know your customer", "sanctions screening", "suspicious activity", "suspicious transactions", "claims fraud", "insurance fraud", "fraudulent claims"],
    zh: ["欺诈", "反欺诈", "骗保", "诈骗", "电信诈骗", "盗刷", "洗钱", "反洗钱", "可疑交易", "客户身份识别", "骗取", "套现", "冒用", "欺诈损失", "金融犯罪", "理赔欺诈", "可疑案件", "欺诈拒赔"],
  },
  {
    id: "deposits",
    label: { en: "deposits and funding base", zh: "存款" },
    en: ["deposit growth", "customer deposits", "retail deposits", "core deposits", "deposit base", "savings balances", "current accounts", "loan to deposit", "loan to deposit ratio", "ldr", "funding base", "stable funding", "deposit mix", "casa", "deposit balances"],
    zh: ["存款", "储蓄", "存款余额", "存款增长", "一般性存款", "核心存款", "存贷比", "活期存款", "定期存款", "负债业务", "存款付息率", "吸收存款", "低成本存款"],
  },
  {
    id: "loan-growth",
    label: { en: "lending and loan book", zh: "贷款投放" },
    en: ["loan growth", "lending", "loan book", "loan portfolio", "loan balances", "loan origination", "originations", "mortgage lending", "mortgages", "sme lending", "credit extended", "net lending", "new lending", "gross lending", "credit growth", "loan approvals", "net interest margin", "nim", "net interest income", "nii", "interest margin", "spread income"],
    zh: ["信贷投放", "贷款余额", "贷款增长", "贷款投放", "普惠贷款", "普惠金融", "信贷规模", "放款", "按揭", "房贷", "授信", "净息差", "净利差", "利息净收入", "息差", "信贷投向", "小微贷款"],
  },
  {
    id: "assets-under-management",
    label: { en: "assets under management", zh: "管理资产规模" },
    en: ["assets under management", "aum", "assets under administration", "aua", "net new money", "net inflows", "net flows", "fund flows", "funds under management", "client assets", "investment performance", "fund performance", "outperformance", "benchmark outperformance", "wealth management", "invested assets", "assets under advice", "fee income"],
    zh: ["管理资产规模", "资产管理规模", "管理规模", "净流入", "资金净流入", "资管规模", "理财规模", "客户资产", "财富管理", "基金业绩", "超额收益", "跑赢基准", "代销", "中间业务收入", "手续费及佣金"],
  },
  // ── Retail and hospitality ───────────────────────────────────────────────────────────────────────
  {
    id: "basket-size",
    label: { en: "basket size and average transaction", zh: "客单价" },
    en: ["basket size", "average basket", "basket value", "average transaction value", "atv", "average transaction", "spend per customer", "spend per visit", "average spend", "spend per head", "units per transaction", "upt", "items per basket", "ticket size", "average ticket", "average check", "check average", "average bill", "spend per guest", "per capita spend"],
    zh: ["客单价", "客单量", "笔单价", "连带率", "购物篮", "人均消费", "单客消费", "人均客单", "每单件数", "桌均消费", "人均花费", "平均消费"],
  },
  {
    id: "footfall",
    label: { en: "footfall and store traffic", zh: "客流" },
    en: ["footfall", "foot traffic", "store traffic", "store visits", "visitor numbers", "number of visitors", "shoppers", "door count", "customer traffic", "traffic to store", "attendance at events", "visitor footfall", "tourist arrivals", "tourists", "tourism visits", "visitor economy"],
    zh: ["客流", "客流量", "进店", "到店", "人流量", "来客数", "来客量", "游客", "游客量", "接待游客", "入园", "访客量", "旅游人数", "接待量", "到访"],
  },
  {
    id: "sales-density",
    label: { en: "sales per square metre and like-for-like", zh: "坪效与同店" },
    en: ["sales per square metre", "sales per square meter", "sales per square foot", "sales per sq ft", "sales density", "revenue per square metre", "trading density", "space productivity", "like for like", "like for like sales", "lfl", "same store sales", "same store", "comparable store sales", "sales per store", "store productivity", "store performance"],
    zh: ["坪效", "平效", "同店", "同店销售", "可比门店", "店效", "单店", "单店销售", "单店盈利", "每平方米销售", "店均", "门店效益", "门店业绩", "单店模型"],
  },
  {
    id: "shrinkage",
    label: { en: "shrinkage and stock loss", zh: "损耗" },
    en: ["shrinkage", "stock loss", "inventory shrinkage", "stock shrinkage", "shoplifting", "waste and markdown", "spoilage", "unknown loss", "known loss", "write downs of stock", "stock write offs", "expired stock", "loss prevention"],
    zh: ["盘亏", "盗损", "报损", "过期商品", "临期", "防损", "商品损耗", "生鲜损耗", "失窃", "库存损耗"],
  },
  {
    id: "hotel-occupancy",
    label: { en: "occupancy and room yield", zh: "入住率与房价" },
    en: ["room occupancy", "revpar", "revenue per available room", "adr", "average daily rate", "average room rate", "room nights", "room rate", "goppar", "trevpar", "rooms sold", "bed nights", "hotel performance", "revpash", "revenue per available seat", "hotel occupancy"],
    zh: ["入住率", "每间可售房收入", "房晚", "间夜", "客房收入", "开房率", "上座率", "满座率", "收益管理", "客房平均价", "平均客房价", "酒店入住", "客房出租率"],
  },
  {
    id: "table-turns",
    label: { en: "table turns and covers", zh: "翻台率" },
    en: ["table turns", "table turnover", "covers per", "seat turnover", "turns per table", "table utilisation", "table utilization", "table occupancy", "ticket times", "speed of service", "order to table", "drive thru time", "drive through time", "kitchen ticket time"],
    zh: ["翻台率", "翻台", "上菜速度", "上菜时长", "出餐速度", "出餐时长", "餐位利用", "座位周转", "桌位周转", "等位时长"],
  },
  {
    id: "online-sales",
    label: { en: "online and e-commerce sales", zh: "线上销售" },
    en: ["ecommerce", "e commerce", "online sales", "digital sales", "online revenue", "digital revenue", "online orders", "digital orders", "web sales", "mobile sales", "omnichannel", "omni channel", "click and collect", "online share", "digital penetration", "digital channel", "online channel", "marketplace sales", "gmv", "gross merchandise value"],
    zh: ["电商", "线上销售", "线上渠道", "网络销售", "网上销售", "线上订单", "线上收入", "全渠道", "直播带货", "成交总额", "线上占比", "数字化营销", "私域", "线上线下融合", "小程序"],
  },
  {
    id: "product-returns",
    label: { en: "product returns and refunds", zh: "退货退款" },
    en: ["product returns", "returns rate", "return rate of products", "returned goods", "returned items", "returned orders", "refund", "refund rate", "returns processing", "returns cost", "cost of returns", "restocking", "goods returned", "order returns", "no quibble returns"],
    zh: ["退货", "退款", "退货率", "退款率", "退换货", "无理由退", "退货损失", "售后退", "仅退款", "退单率", "退单"],
  },
  {
    id: "booking-channels",
    label: { en: "direct and third-party booking channels", zh: "直销与分销渠道" },
    en: ["direct bookings", "book direct", "booking channel", "channel mix", "ota", "online travel agent", "online travel agency", "third party bookings", "commission cost", "intermediary commission", "direct channel", "direct sales share"],
    zh: ["直销渠道", "直订", "官网预订", "直销占比", "分销佣金", "渠道佣金", "佣金成本", "佣金支出", "在线旅行社", "第三方平台佣金", "会员直订"],
  },
  {
    id: "property-letting",
    label: { en: "property letting and voids", zh: "物业出租与空置" },
    en: ["void", "void rate", "void loss", "void properties", "void turnaround", "re let", "relet", "lettings", "let up", "vacant space", "vacant floor area", "vacant units", "property vacancy", "space let", "leasing", "leasing activity", "lease renewals", "lease expiry", "lease length", "walt", "wault", "rental income", "rent roll", "passing rent", "estimated rental value", "erv", "rental growth", "rent collection", "net operating income", "noi"],
    zh: ["空置率", "空置", "出租率", "租金收入", "租金", "续租率", "续租", "去化", "去化率", "出租面积", "可租面积", "租约", "租赁收入", "房屋出租", "商铺出租", "空置房", "招租", "招商率"],
  },
  {
    id: "international-expansion",
    label: { en: "international and export business", zh: "国际化经营" },
    en: ["international revenue", "overseas revenue", "international sales", "overseas sales", "export sales", "exports", "export revenue", "export markets", "overseas markets", "international markets", "international expansion", "global expansion", "expand internationally", "expand overseas", "new geographies", "new countries", "foreign markets", "global footprint"],
    zh: ["海外收入", "境外收入", "海外市场", "国际市场", "出口额", "出口创汇", "国际化经营", "走出去", "海外业务", "境外业务", "海外营收", "海外布局", "国际业务", "一带一路", "出口销售", "出口收入"],
  },
  // ── Media, telecom and software ──────────────────────────────────────────────────────────────────
  {
    id: "subscribers",
    label: { en: "subscribers and memberships", zh: "订阅用户" },
    en: ["subscribers", "subscriber growth", "subscriber base", "paid subscribers", "paying subscribers", "subscriptions", "digital subscriptions", "paid subscriptions", "subscription growth", "paid members", "member growth", "mobile connections", "net adds", "net additions", "gross adds", "broadband customers", "postpaid", "prepaid", "membership growth", "membership numbers", "member numbers"],
    zh: ["订阅", "订阅用户", "付费用户", "付费会员", "会员数", "会员规模", "会员增长", "用户规模", "净增用户", "新增用户数", "宽带用户", "移动用户", "出账用户", "套餐用户"],
  },
  {
    id: "arpu",
    label: { en: "revenue per user", zh: "每用户收入" },
    en: ["arpu", "average revenue per user", "revenue per user", "arpa", "average revenue per account", "revenue per account", "revenue per subscriber", "revenue per customer", "revenue per member", "arppu", "monetisation", "monetization", "monetise", "monetize", "yield per customer", "spend per subscriber"],
    zh: ["每用户平均收入", "用户平均收入", "户均收入", "单用户收入", "每用户收入", "人均贡献", "客户价值提升", "单客价值", "单客收入", "户均贡献", "付费率", "付费转化"],
  },
  {
    id: "recurring-revenue",
    label: { en: "recurring revenue", zh: "经常性收入" },
    en: ["recurring revenue", "annual recurring revenue", "arr", "monthly recurring revenue", "mrr", "subscription revenue", "subscription income", "recurring income", "contracted revenue", "committed revenue", "revenue visibility", "remaining performance obligations", "predictable revenue", "annuity revenue", "saas revenue", "cloud revenue"],
    zh: ["经常性收入", "年度经常性收入", "月度经常性收入", "订阅收入", "续订收入", "持续性收入", "云收入", "云业务收入", "软件订阅", "年费收入"],
  },
  {
    id: "active-users",
    label: { en: "active users and usage", zh: "活跃用户" },
    en: ["active users", "daily active users", "monthly active users", "dau", "mau", "dau mau", "weekly active users", "wau", "user base", "user growth", "usage frequency", "sessions per user", "stickiness", "time spent in app", "app downloads", "app installs", "registered users", "digital users", "digital adoption", "mobile banking users", "online banking users"],
    zh: ["活跃用户", "日活", "月活", "日活跃", "月活跃", "用户活跃", "活跃度", "使用频次", "下载量", "安装量", "注册用户", "注册量", "手机银行用户", "线上用户", "用户使用率"],
  },
  {
    id: "activation-onboarding",
    label: { en: "activation and onboarding", zh: "激活与上手" },
    en: ["activation", "activation rate", "activated users", "user activation", "customer onboarding", "onboarding time", "client onboarding", "time to value", "time to first value", "trial conversion", "trial to paid", "free to paid", "freemium conversion", "sign up", "sign ups", "signups", "account opening"],
    zh: ["激活率", "开通率", "首单", "首次使用", "试用转化", "免费转付费", "注册转化", "开户", "开户数", "开户时长", "客户上线", "用户激活"],
  },
  {
    id: "feature-adoption",
    label: { en: "feature and product adoption", zh: "功能采用" },
    en: ["feature adoption", "feature usage", "product adoption", "adoption of features", "feature uptake", "product usage", "usage of features", "used features", "breadth of use", "depth of use", "seat utilisation of licences", "licence utilisation", "license utilization", "product engagement", "adopt the product", "product led growth"],
    zh: ["功能使用", "功能采用", "功能渗透", "功能使用率", "产品使用率", "使用深度", "使用广度", "许可使用率"],
  },
  {
    id: "ratings-reviews",
    label: { en: "ratings and reviews", zh: "评分与评价" },
    en: ["app rating", "app store rating", "store rating", "star rating", "review score", "review rating", "online reviews", "customer reviews", "product reviews", "guest reviews", "tripadvisor", "trustpilot", "google rating", "google reviews", "average rating", "five star", "5 star reviews", "negative reviews", "positive reviews"],
    zh: ["应用评分", "应用商店评分", "用户评分", "店铺评分", "星级评价", "好评", "差评", "点评", "评论分", "网络评价", "客户评价", "线上评价", "评星"],
  },
  {
    id: "release-frequency",
    label: { en: "release and delivery frequency", zh: "发布频率" },
    en: ["release frequency", "release cadence", "deployment frequency", "deploy frequency", "lead time for changes", "change lead time", "cycle time for features", "time to deploy", "ship faster", "ship features", "continuous delivery", "continuous deployment", "release on time", "sprint velocity", "story points", "throughput of features", "features delivered", "features shipped", "roadmap delivery", "dora"],
    zh: ["发布频率", "版本发布", "上线频率", "部署频率", "迭代周期", "迭代速度", "需求交付", "需求交付周期", "交付频率", "版本迭代", "持续交付", "持续部署", "敏捷交付", "发版"],
  },
  {
    id: "software-defects",
    label: { en: "software bugs and defects", zh: "软件缺陷" },
    en: ["bugs", "bug count", "open bugs", "bug backlog", "software defects", "escaped defects", "defect escape", "production defects", "production bugs", "regressions", "app crashes", "code quality", "test coverage", "code coverage", "technical debt", "tech debt", "app crash rate", "crash free sessions"],
    zh: ["软件缺陷", "缺陷密度", "线上缺陷", "漏测", "崩溃率", "闪退", "代码质量", "测试覆盖率", "技术债", "变更失败率", "生产缺陷", "遗留缺陷", "缺陷逃逸"],
  },
  {
    id: "media-audience",
    label: { en: "media audience and readership", zh: "受众与收视" },
    en: ["readership", "audience share", "viewing figures", "viewing share", "tv ratings", "ratings share", "print circulation", "listenership", "listening hours", "viewing hours", "streaming hours", "box office", "ticket sales", "tickets sold", "audiences", "audience numbers", "audience size", "audience reach"],
    zh: ["收视率", "收听率", "收视份额", "发行量", "读者", "听众", "票房", "观影人次", "播放时长", "点播", "受众", "用户覆盖", "收视", "门票收入"],
  },
  {
    id: "advertising-revenue",
    label: { en: "advertising income", zh: "广告收入" },
    en: ["advertising revenue", "ad revenue", "advertising income", "ad income", "ad sales", "advertising sales", "ad yield", "sell through rate", "ad inventory", "cpm rates", "advertisers", "advertiser retention", "sponsorship income", "sponsorship revenue", "sponsorship", "commercial partnerships"],
    zh: ["广告收入", "广告营收", "广告客户", "广告主", "广告售卖", "广告资源", "广告位", "赞助收入", "冠名", "赞助", "品牌合作收入", "商业化收入", "售罄率"],
  },
  // ── Professional services ───────────────────────────────────────────────────────────────────────
  {
    id: "utilisation",
    label: { en: "utilisation and billable hours", zh: "工时利用率" },
    en: ["billable hours", "billable utilisation", "billable utilization", "chargeable hours", "chargeability", "chargeable time", "billable time", "bench time", "time on bench", "consultant utilisation", "staff utilisation", "fee earner", "fee earning hours", "hours billed", "people utilisation", "people utilization", "staff utilization", "consultant utilization", "billable ratio"],
    zh: ["工时利用率", "计费工时", "可计费", "人员利用率", "人力利用率", "项目工时", "有效工时", "闲置人员", "工时饱和度"],
  },
  {
    id: "billing-realisation",
    label: { en: "billing realisation and recovery", zh: "计费实现率" },
    en: ["realisation rate", "realization rate", "billing realisation", "collection realisation", "time write off", "lockup", "lock up", "unbilled work", "lockup days", "billed hours", "fees billed", "fee income recovery", "recovery rate on time"],
    zh: ["计费实现率", "收费实现率", "未开票", "开票及时", "已完工未结算", "完工未结算", "工时核销", "结算率", "项目结算", "结算及时"],
  },
  {
    id: "project-margin",
    label: { en: "project margin and delivery to budget", zh: "项目利润率" },
    en: ["project margin", "project profitability", "engagement margin", "engagement profitability", "contract margin", "job margin", "project gross margin", "project overrun", "project cost overrun", "estimate at completion", "eac", "earned value", "cost performance index", "fixed price overrun", "projects delivered on budget", "margin on projects"],
    zh: ["项目利润率", "项目利润", "项目毛利", "项目毛利率", "项目盈利", "合同毛利", "项目成本控制", "项目超支", "项目预算", "挣值", "成本绩效指数", "项目效益", "项目亏损", "工程利润"],
  },
  // ── People and HR ───────────────────────────────────────────────────────────────────────────────
  {
    id: "time-to-hire",
    label: { en: "time to hire and recruitment speed", zh: "招聘周期" },
    en: ["time to hire", "time to fill", "days to hire", "days to fill", "time to recruit", "recruitment time", "recruitment cycle", "hiring cycle", "time to offer", "hiring speed", "speed of hiring", "recruitment speed", "vacancy fill time", "roles filled", "positions filled", "vacancies filled", "fill vacancies", "fill roles", "hires made", "hiring plan", "hiring target", "recruitment target", "recruitment plan", "cost per hire", "recruitment cost", "hiring cost"],
    zh: ["招聘周期", "招聘时长", "到岗时间", "到岗周期", "招聘完成率", "招聘计划完成", "岗位填补", "招聘达成", "招聘效率", "招聘进度", "人均招聘成本", "招聘成本", "到岗率", "补员"],
  },
  {
    id: "offer-acceptance",
    label: { en: "offer acceptance", zh: "录用接受率" },
    en: ["offer acceptance", "offer acceptance rate", "offers accepted", "offer decline", "declined offers", "reneges", "offer to join", "acceptance of offers", "candidate drop out", "candidate withdrawal", "no shows at start"],
    zh: ["录用接受率", "接受录用", "毁约率", "入职率", "报到率", "录用到岗", "放弃入职"],
  },
  {
    id: "talent-attraction",
    label: { en: "talent attraction and employer brand", zh: "人才吸引与雇主品牌" },
    en: ["attract talent", "attract top talent", "talent attraction", "top talent", "best talent", "best people", "talent acquisition", "talent pool", "talent pipeline", "employer brand", "employer of choice", "great place to work", "best places to work", "applications per vacancy", "applicants per role", "applicants per vacancy", "quality of hire", "candidate quality", "candidate experience", "glassdoor", "graduate recruitment", "graduate intake", "early careers", "apprentices", "apprenticeships", "apprenticeship starts", "skills shortage", "hard to fill"],
    zh: ["吸引人才", "人才吸引", "引才", "引进人才", "人才引进", "优秀人才", "高端人才", "高层次人才", "雇主品牌", "最佳雇主", "校园招聘", "校招", "应届生", "人才储备", "人才池", "人才供给", "招才引智", "聚才", "简历量", "投递量", "紧缺人才", "急需紧缺", "领军人才", "青年人才", "学徒"],
  },
  {
    id: "staff-attrition",
    label: { en: "staff attrition and retention", zh: "员工流失与保留" },
    en: ["staff turnover", "employee turnover", "labour turnover", "labor turnover", "workforce turnover", "people turnover", "staff attrition", "employee attrition", "voluntary turnover", "voluntary attrition", "regretted attrition", "regretted leavers", "staff retention", "employee retention", "retain staff", "retain talent", "retain our people", "keep our people", "keep talent", "talent retention", "retention of staff", "stability index", "resignations", "resignation rate", "quit rate", "first year turnover", "new hire turnover", "retain skilled"],
    zh: ["员工流失", "人才流失", "离职率", "离职", "主动离职", "员工保留", "人才保留", "留住人才", "留才", "员工稳定", "队伍稳定", "核心人才流失", "骨干流失", "人员流动率", "员工流动率", "司龄", "新员工流失", "试用期离职"],
  },
  {
    id: "employee-engagement",
    label: { en: "employee engagement", zh: "员工敬业度" },
    en: ["employee engagement", "staff engagement", "engagement score", "workforce engagement", "people engagement", "engaged employees", "engaged workforce", "engaged staff", "engaged people", "employee satisfaction", "staff satisfaction", "job satisfaction", "staff survey", "employee survey", "people survey", "pulse survey", "pulse score", "enps", "employee net promoter", "morale", "staff morale", "motivation", "staff motivation", "employee motivation", "motivated staff", "motivated workforce", "motivated team", "sense of belonging", "employee experience", "culture survey"],
    zh: ["敬业度", "员工敬业", "员工满意", "员工满意度", "员工体验", "员工认同", "组织氛围", "归属感", "士气", "员工积极性", "员工幸福感", "凝聚力", "向心力", "员工调研", "员工敬业度调查", "员工心声", "职工满意"],
  },
  {
    id: "absenteeism",
    label: { en: "absence and sickness", zh: "缺勤" },
    en: ["absenteeism", "sickness absence", "staff absence", "employee absence", "sick days", "sick leave", "days lost to sickness", "working days lost", "days lost per fte", "absence rate", "absence days", "bradford factor", "short term absence", "long term absence", "unplanned absence", "presenteeism", "return to work interviews"],
    zh: ["缺勤", "缺勤率", "病假", "病假率", "员工出勤", "请假率", "误工", "旷工", "考勤", "缺岗", "职工出勤"],
  },
  {
    id: "training",
    label: { en: "training and development", zh: "培训与发展" },
    en: ["training hours", "training days", "hours of training", "training per employee", "training completion", "training completed", "training spend", "training investment", "learning hours", "learning and development", "l&d", "development plans", "personal development plans", "upskilling", "reskilling", "skills development", "develop our people", "invest in our people", "staff development", "employee development", "mandatory training", "statutory training", "e learning", "elearning", "courses completed", "learning culture", "learning organisation", "learning organization", "coaching", "mentoring", "mentoring programme"],
    zh: ["培训", "培训时长", "培训学时", "人均培训", "培训覆盖", "培训完成", "培训投入", "学习型组织", "员工成长", "人才培养", "人才发展", "技能提升", "带教", "导师制", "轮岗", "干部培训", "继续教育", "课程完成"],
  },
  {
    id: "skills-certification",
    label: { en: "skills and qualifications", zh: "技能与资质" },
    en: ["qualified staff", "certified staff", "professional qualifications", "professionally qualified", "accredited staff", "certifications", "certification rate", "skills gap", "skills matrix", "competency", "competency assessment", "competence assessment", "licensed staff", "chartered", "skilled workforce", "skilled workers", "digital skills", "capability building", "capability uplift", "workforce capability"],
    zh: ["持证", "持证上岗", "持证率", "资格证书", "职业资格", "技能等级", "技能人才", "高技能人才", "技术技能", "职称", "专业技术职务", "能力素质", "胜任力", "任职资格", "技能鉴定", "工匠", "数字技能", "技能型"],
  },
  {
    id: "succession",
    label: { en: "succession and leadership pipeline", zh: "继任与梯队" },
    en: ["succession", "succession planning", "succession coverage", "successors", "ready now successors", "bench strength", "leadership pipeline", "leadership bench", "high potentials", "hipo", "leadership development", "future leaders", "develop leaders", "leadership capability", "leadership programme", "leadership program", "critical roles covered", "key person risk", "management development"],
    zh: ["继任", "继任者", "继任计划", "后备干部", "后备人才", "人才梯队", "梯队建设", "干部队伍", "领导力", "管理人员培养", "年轻干部", "关键岗位", "储备干部", "接班人", "高潜", "管培生", "干部储备"],
  },
  {
    id: "internal-promotion",
    label: { en: "internal promotion and career mobility", zh: "内部晋升" },
    en: ["internal promotion", "promoted internally", "promotion from within", "promote from within", "internal hires", "internal fill rate", "internal mobility", "internal moves", "career progression", "career paths", "career development", "career mobility", "career growth", "career ladder", "grow from within"],
    zh: ["内部晋升", "晋升", "晋升率", "内部选拔", "内部招聘", "内部流动", "职业发展", "职业通道", "职业路径", "发展通道", "晋升通道", "双通道", "岗位流动", "内部竞聘", "竞聘上岗"],
  },
  {
    id: "diversity-inclusion",
    label: { en: "diversity and inclusion", zh: "多元与包容" },
    en: ["diversity", "diverse workforce", "inclusive culture", "inclusive workplace", "equality diversity", "dei", "d&i", "women in leadership", "women in senior roles", "female representation", "gender balance", "gender diversity", "ethnic diversity", "ethnic minority staff", "bame", "disabled staff", "disability confident", "lgbt", "belonging and inclusion", "under represented", "underrepresented", "board diversity", "female leaders", "women managers", "diversity and inclusion", "inclusion and diversity"],
    zh: ["多元化团队", "多元包容", "多元与包容", "女性管理者", "女性干部", "女性高管", "女性比例", "女性员工", "性别平衡", "性别比例", "少数民族干部", "残疾人就业", "残疾员工", "平等就业", "反歧视", "女性领导"],
  },
  {
    id: "pay-equity",
    label: { en: "pay gap and fair pay", zh: "薪酬公平" },
    en: ["gender pay gap", "pay gap", "ethnicity pay gap", "disability pay gap", "equal pay", "pay equity", "pay parity", "fair pay", "living wage", "real living wage", "pay ratio", "ceo pay ratio", "pay fairness", "median pay gap", "mean pay gap", "bonus gap", "pay transparency", "minimum wage"],
    zh: ["性别薪酬差距", "薪酬差距", "同工同酬", "薪酬公平", "薪酬公正", "最低工资", "生活工资", "薪酬倍数", "薪酬透明", "内部公平", "分配公平", "工资增长", "职工收入", "工资正常增长"],
  },
  {
    id: "wellbeing",
    label: { en: "employee wellbeing", zh: "员工健康与关怀" },
    en: ["employee wellbeing", "staff wellbeing", "mental health at work", "workplace mental health", "stress at work", "work related stress", "burnout", "work life balance", "employee assistance", "eap", "psychological safety", "flexible working", "hybrid working", "healthy workplace", "staff health", "workforce wellbeing", "colleague wellbeing", "wellbeing at work", "employee wellness"],
    zh: ["员工健康", "员工关怀", "身心健康", "工作压力", "职业倦怠", "工作生活平衡", "弹性工作", "员工帮助计划", "心理疏导", "关爱员工", "职工福利", "员工福利", "员工身心健康"],
  },
  {
    id: "labour-cost",
    label: { en: "labour cost and payroll", zh: "人工成本" },
    en: ["labour cost", "labor cost", "staff costs", "employee costs", "people costs", "personnel costs", "payroll", "payroll costs", "pay bill", "paybill", "wage bill", "salary bill", "cost of labour", "labour cost percentage", "agency spend", "agency staff", "agency costs", "temporary staff costs", "contractor spend", "overtime", "overtime hours", "overtime costs", "compensation costs", "headcount costs"],
    zh: ["人工成本", "人力成本", "用工成本", "薪酬总额", "工资总额", "人工费用", "人工成本率", "人工成本利润率", "人事费用率", "劳务派遣", "外包用工", "临时用工", "加班", "加班费", "加班时长", "人工成本占比", "薪酬成本"],
  },
  {
    id: "workforce-productivity",
    label: { en: "workforce productivity", zh: "人均效能" },
    en: ["revenue per employee", "revenue per fte", "sales per employee", "profit per employee", "output per employee", "output per head", "productivity per head", "labour productivity", "labor productivity", "workforce productivity", "employee productivity", "staff productivity", "value added per employee", "human capital roi", "organisational effectiveness", "organizational effectiveness", "spans and layers", "span of control", "workforce size", "right sizing", "organisation design", "headcount growth", "headcount control", "headcount reduction"],
    zh: ["人均营收", "人均营业收入", "人均利润", "人均产值", "人均创收", "人效", "全员劳动生产率", "劳动生产率", "人均效能", "人力资源效能", "组织效能", "组织效率", "人员编制", "定岗定编", "精简机构", "管理幅度", "管理层级", "用工总量", "员工总数", "人员结构"],
  },
  {
    id: "performance-appraisal",
    label: { en: "performance reviews and goals", zh: "绩效考核" },
    en: ["performance reviews", "appraisal completion", "appraisals completed", "annual review completion", "objectives set", "goal setting", "one to ones", "performance conversations", "performance ratings", "underperformance", "poor performers", "performance improvement plans", "performance culture", "high performance culture", "pay for performance", "performance related pay", "staff appraisals", "appraisal rates"],
    zh: ["绩效考核", "绩效评估", "绩效面谈", "考核覆盖", "考核结果", "绩效等级", "末位", "末等调整", "不胜任退出", "绩效文化", "绩效管理", "目标责任书", "经营业绩考核", "考核激励", "绩效挂钩", "薪酬激励", "激励机制", "中长期激励", "股权激励"],
  },
  {
    id: "employee-relations",
    label: { en: "employee relations and disputes", zh: "劳动关系" },
    en: ["employee relations", "employment tribunal", "tribunal claims", "grievances", "grievance cases", "disciplinary cases", "disciplinaries", "unfair dismissal", "dismissal", "industrial action", "strike days", "union relations", "trade union", "collective bargaining", "labour relations", "labor relations", "whistleblowing cases", "bullying and harassment", "industrial disputes", "employee grievances", "workplace harassment", "bullying at work"],
    zh: ["劳动关系", "劳动争议", "劳动仲裁", "劳资纠纷", "劳资关系", "欠薪", "拖欠工资", "讨薪", "劳动合同签订", "职代会", "工会", "员工申诉", "集体协商", "和谐劳动", "用工风险", "劳动纠纷"],
  },
  // ── Education ───────────────────────────────────────────────────────────────────────────────────
  {
    id: "student-attendance",
    label: { en: "student attendance", zh: "学生出勤" },
    en: ["pupil attendance", "student attendance", "school attendance", "class attendance", "lecture attendance", "persistent absence", "persistently absent", "pupil absence", "unauthorised absence", "authorised absence", "truancy", "school exclusions", "fixed term exclusions", "children missing education", "attendance in school", "absence from school", "permanent exclusions"],
    zh: ["学生出勤", "到课率", "上课率", "旷课", "逃学", "缺课", "控辍保学", "在校率", "入学率", "适龄儿童入学", "巩固率", "辍学"],
  },
  {
    id: "attainment",
    label: { en: "exam results and attainment", zh: "学业成绩" },
    en: ["exam results", "examination results", "exam pass rate", "pass rate in exams", "gcse", "a level", "progress 8", "attainment 8", "ebacc", "key stage", "ks2", "ks4", "sats", "test scores", "reading scores", "maths scores", "numeracy", "reading age", "learning outcomes", "academic achievement", "academic performance", "attainment gap", "disadvantage gap", "value added scores", "good level of development", "degree classification", "good honours", "first class degrees", "pupil attainment", "student attainment", "educational attainment", "literacy rates", "literacy levels", "adult literacy", "child literacy"],
    zh: ["学业成绩", "学业水平", "考试成绩", "考试通过率", "高考", "中考", "本科上线", "一本率", "升学率", "学业质量", "学生成绩", "及格率", "学业达标", "读写能力", "学习成果", "学位授予", "学科竞赛", "竞赛获奖", "学生获奖"],
  },
  {
    id: "graduation",
    label: { en: "graduation and completion", zh: "毕业与学业完成" },
    en: ["graduation rate", "completion rate of courses", "course completion", "programme completion", "degree completion", "completion rates", "on time completion", "graduate on time", "cohort completion", "dropout", "drop out", "drop out rate", "non continuation", "continuation rate", "student retention", "retention of students", "withdrawal rate", "students withdrawing", "progression to year 2", "apprenticeship achievement", "qualification achievement"],
    zh: ["毕业率", "按期毕业", "学位获得", "完成学业", "辍学率", "退学", "退学率", "流失学生", "学生流失", "结业率", "延期毕业", "学业完成"],
  },
  {
    id: "student-satisfaction",
    label: { en: "student satisfaction", zh: "学生满意度" },
    en: ["student satisfaction", "nss", "national student survey", "student experience", "student survey", "student voice", "learner satisfaction", "learner voice", "teaching quality", "quality of teaching", "teaching excellence", "tef", "parent satisfaction", "parental satisfaction", "pupil wellbeing", "student wellbeing", "course satisfaction", "module evaluation"],
    zh: ["学生满意", "学生满意度", "学生体验", "教学质量", "教学满意度", "家长满意", "家长满意度", "评教", "学生评教", "课堂质量", "教学评价", "育人质量", "教育质量"],
  },
  {
    id: "graduate-outcomes",
    label: { en: "graduate employment and outcomes", zh: "毕业生就业" },
    en: ["graduate employment", "graduate outcomes", "graduate jobs", "graduate level jobs", "graduate prospects", "employability", "graduate earnings", "employment after graduation", "positive destinations", "leavers destinations", "neet", "not in education employment or training", "careers for graduates", "prepare graduates", "job ready graduates", "further study"],
    zh: ["毕业生就业", "初次就业", "就业去向", "去向落实率", "升学深造", "深造率", "就业竞争力", "就业指导", "毕业去向", "对口就业", "毕业生就业率", "就业签约率"],
  },
  {
    id: "student-recruitment",
    label: { en: "student recruitment and enrolment", zh: "招生与生源" },
    en: ["student recruitment", "recruit students", "attract students", "student numbers", "enrolment", "enrollment", "enrolled students", "student intake", "new students", "applications per place", "entry tariff", "ucas points", "ucas tariff", "entry grades", "entry requirements", "entry standards", "top students", "best students", "brightest students", "outstanding students", "high achieving students", "conversion of offers to enrolment", "admissions yield", "widening participation", "widening access", "international students", "overseas students"],
    zh: ["招生", "生源", "生源质量", "招生计划", "录取", "录取分数", "报考", "报名人数", "在校生", "招生规模", "学生规模", "第一志愿", "留学生", "国际学生", "来华留学", "入学人数", "优质生源", "新生报到", "新生人数", "招生人数"],
  },
  {
    id: "research-output",
    label: { en: "research output and impact", zh: "科研产出" },
    en: ["research output", "publications", "papers published", "peer reviewed", "journal articles", "citations", "citation impact", "highly cited", "field weighted citation", "h index", "ref", "research excellence", "research quality", "research impact", "world leading research", "world class research", "research rankings", "top journals", "impact case studies", "research power"],
    zh: ["科研产出", "科研成果", "论文", "高被引", "被引", "顶刊", "学术论文", "学术影响力", "科研水平", "科研能力", "科研创新", "科研实力", "高水平论文"],
  },
  {
    id: "research-funding",
    label: { en: "research income and grants", zh: "科研经费" },
    en: ["research income", "research funding", "research grants", "grant income", "grants awarded", "grant success", "grant success rate", "research awards", "research contracts", "competitive funding", "external research funding", "research council funding"],
    zh: ["科研经费", "纵向经费", "横向经费", "科研项目", "国家自然科学基金", "基金项目", "课题经费", "省部级项目", "到账经费", "科研立项"],
  },
  {
    id: "internationalisation",
    label: { en: "academic international collaboration", zh: "国际交流合作" },
    en: ["internationalisation", "internationalization", "international collaboration", "international partnerships", "international partners", "international exchange", "student exchange", "study abroad", "international staff", "international faculty", "international co authorship", "global partnerships", "transnational education", "joint programmes", "overseas campus"],
    zh: ["国际交流", "国际合作", "外籍教师", "外籍专家", "外教", "中外合作办学", "出国交流", "海外交流", "出境交流", "交换生", "国际合作办学", "海外引智", "国际联合"],
  },
  {
    id: "teaching-staff",
    label: { en: "teaching staff and faculty", zh: "师资队伍" },
    en: ["student staff ratio", "student to staff ratio", "pupil teacher ratio", "student teacher ratio", "class size", "class sizes", "teacher vacancies", "teacher recruitment", "teacher retention", "qualified teachers", "faculty quality", "academic staff", "phd qualified staff", "doctoral staff", "teaching fellows", "faculty with doctorates"],
    zh: ["师资", "师资队伍", "生师比", "师生比", "教师队伍", "博士学位教师", "专任教师", "高层次教师", "双师型", "班额", "大班额", "教师编制", "骨干教师", "名师"],
  },
  // ── Nonprofits ──────────────────────────────────────────────────────────────────────────────────
  {
    id: "fundraising",
    label: { en: "donations and fundraising", zh: "募捐筹款" },
    en: ["fundraising", "fund raising", "money raised", "donations", "gift aid", "legacies", "legacy income", "voluntary income", "major gifts", "major donors", "philanthropy", "philanthropic", "corporate donations", "corporate partnerships income", "appeal income", "campaign income raised", "return on fundraising", "fundraising roi", "cost to raise", "grants secured", "grant funding", "trusts and foundations", "charitable giving", "individual giving", "online giving"],
    zh: ["募捐", "筹款", "募款", "募集资金", "捐款", "捐赠", "捐赠收入", "社会捐赠", "善款", "筹资", "捐助", "劝募", "众筹", "基金会", "慈善捐赠", "慈善募捐"],
  },
  {
    id: "donor-retention",
    label: { en: "donor retention", zh: "捐赠人留存" },
    en: ["donor retention", "donor loyalty", "donor base", "loyal donors", "donor attrition", "donor churn", "lapsed donors", "lapsed supporters", "regular givers", "regular donors", "monthly donors", "monthly giving", "supporter retention", "supporter base", "repeat donors", "second gift", "reactivated donors", "supporter loyalty"],
    zh: ["捐赠人", "月捐", "定期捐赠", "持续捐赠", "捐赠人留存", "捐赠人流失", "复捐", "复捐率", "支持者", "捐赠者", "长期捐赠", "捐赠人数", "爱心人士", "会员捐赠"],
  },
  {
    id: "volunteers",
    label: { en: "volunteers", zh: "志愿者" },
    en: ["volunteers", "volunteering", "volunteer hours", "hours volunteered", "volunteer numbers", "active volunteers", "volunteer retention", "volunteer satisfaction", "volunteer engagement", "volunteer recruitment", "volunteer base", "community volunteers", "employee volunteering"],
    zh: ["志愿者", "志愿服务", "志愿时长", "义工", "志愿者人数", "注册志愿者", "志愿者队伍", "志愿活动", "志愿服务时长", "志愿者招募", "志愿者保留"],
  },
  {
    id: "beneficiaries-reached",
    label: { en: "beneficiaries and reach", zh: "受益人群" },
    en: ["beneficiaries", "people reached", "people helped", "people supported", "families reached", "families supported", "families in need", "children reached", "lives reached", "lives changed", "lives improved", "lives saved", "service users reached", "reach more people", "reach more families", "people in need", "clients served", "people served", "households supported", "communities reached", "programme reach", "program reach"],
    zh: ["受益人", "受益人数", "受益群众", "受益人口", "受益人群", "受助", "受助人数", "帮扶对象", "帮扶人数", "救助人数", "困难家庭", "受益面"],
  },
  {
    id: "programme-efficiency",
    label: { en: "cost per beneficiary and programme spend", zh: "项目支出效率" },
    en: ["cost per beneficiary", "cost per person reached", "cost per outcome", "cost per life saved", "programme spend ratio", "program spend ratio", "charitable spend", "charitable expenditure", "charitable activities spend", "spend on programmes", "spend on charitable", "programme expense ratio", "administrative costs ratio", "admin cost ratio", "fundraising cost ratio", "cost of fundraising", "spend donations", "donations spent", "restricted funds", "unrestricted reserves", "impact per pound", "impact per dollar"],
    zh: ["公益支出", "慈善活动支出", "项目支出占比", "管理费用占比", "行政成本", "单位受益成本", "人均救助成本", "善款使用", "公益支出比例", "专款专用", "项目资金", "资金拨付", "筹款成本"],
  },
  {
    id: "discipline-rankings",
    label: { en: "university rankings and disciplines", zh: "学科建设与排名" },
    en: ["university ranking", "league table", "league table position", "qs ranking", "qs world university rankings", "times higher education ranking", "the world rankings", "global ranking", "subject rankings", "ranked in the top", "top 100 university", "world class university", "leading university"],
    zh: ["一流学科", "学科建设", "学科评估", "学科排名", "双一流", "优势学科", "重点学科", "学位点", "博士点", "硕士点", "大学排名", "高校排名", "世界一流大学", "一流大学", "学科水平"],
  },
  // ── R&D and innovation ──────────────────────────────────────────────────────────────────────────
  {
    id: "new-products",
    label: { en: "new products and launches", zh: "新产品" },
    en: ["new products", "new product revenue", "revenue from new products", "sales from new products", "vitality index", "product launches", "new launches", "new propositions", "new offerings", "new services launched", "product innovation", "innovative products", "innovation rate", "share of sales from products", "new product introductions", "npi", "product refresh", "product portfolio renewal"],
    zh: ["新产品", "新品", "新品上市", "新品销售", "新产品销售", "新产品收入", "新产品产值", "新产品占比", "产品创新", "新品贡献", "上市新品", "新产品开发", "新品研发", "新产品产值率", "新车型", "新药"],
  },
  {
    id: "patents-ip",
    label: { en: "patents and intellectual property", zh: "专利与知识产权" },
    en: ["patents", "patent filings", "patent applications", "patents granted", "patent portfolio", "intellectual property", "ip portfolio", "invention disclosures", "inventions", "licensing income", "licence income", "license income", "royalties", "royalty income", "trademarks", "spin outs", "spinouts", "spin off companies", "technology transfer", "commercialisation of research", "commercialization of research"],
    zh: ["专利", "发明专利", "专利申请", "专利授权", "有效专利", "知识产权", "商标", "著作权", "软件著作权", "软著", "成果转化", "科技成果转化", "技术转让", "技术许可", "许可收入", "专利转化", "标准制定", "主导制定"],
  },
  {
    id: "time-to-market",
    label: { en: "time to market", zh: "研发周期" },
    en: ["time to market", "speed to market", "time from idea to launch", "concept to launch", "development cycle time", "product development time", "development lead time", "stage gate", "stage gate cycle time", "idea to market", "launch on time", "launch delays", "faster to market", "speed of innovation", "innovation velocity", "prototype", "design cycle"],
    zh: ["上市时间", "上市周期", "研发周期", "开发周期", "新品上市周期", "产品上市速度", "研发效率", "样机", "样品交付", "设计周期", "立项到上市", "研发进度", "研发节点"],
  },
  {
    id: "rd-investment",
    label: { en: "R&D investment", zh: "研发投入" },
    en: ["r&d", "r&d spend", "r&d investment", "r&d intensity", "r&d expenditure", "research and development", "research and development spend", "innovation spend", "innovation investment", "innovation budget", "r&d as a percentage", "rd intensity", "innovation pipeline", "product pipeline", "drug pipeline", "pipeline of innovations", "ideas submitted", "ideas implemented", "innovation projects", "innovation ideas", "research pipeline", "clinical pipeline"],
    zh: ["研发投入", "研发经费", "研发费用", "研发强度", "研发投入强度", "科技投入", "研发支出", "研发人员", "研发项目", "创新投入", "科研投入", "创新项目", "合理化建议", "创新成果", "创新能力", "自主创新", "核心技术", "关键核心技术", "技术攻关", "研发平台", "创新平台", "高新技术企业", "科技创新"],
  },
  // ── Governance and compliance ───────────────────────────────────────────────────────────────────
  {
    id: "regulatory-compliance",
    label: { en: "regulatory compliance and breaches", zh: "合规与监管" },
    en: ["regulatory breaches", "compliance breaches", "breaches of regulation", "regulatory compliance", "regulatory findings", "regulatory fines", "regulatory sanctions", "fines and penalties", "enforcement action", "regulatory actions", "regulatory censure", "compliance incidents", "compliance issues", "non compliance", "noncompliance", "compliance culture", "compliance risk", "conduct risk", "regulator", "licence conditions", "license conditions", "regulatory standing", "stay compliant", "fully compliant"],
    zh: ["合规", "合规率", "违规", "违规事件", "违规行为", "监管处罚", "监管罚款", "监管检查", "监管问题", "监管评级", "监管要求", "依法合规", "合规经营", "合规风险", "违法违规", "监管通报", "监管约谈", "零处罚", "监管合规"],
  },
  {
    id: "policy-compliance",
    label: { en: "policy compliance and conduct", zh: "制度执行" },
    en: ["policy compliance", "compliance with policy", "policy breaches", "policy attestations", "attestation", "code of conduct", "conduct training", "compliance training", "mandatory compliance training", "policy adherence", "adherence to policy", "procedures followed", "standard operating procedures compliance", "controls adherence", "conflicts of interest", "gifts and hospitality", "declarations of interest"],
    zh: ["制度执行", "制度落实", "制度建设", "规章制度", "制度覆盖", "合规培训", "行为准则", "员工行为规范", "利益冲突", "关联交易", "三重一大", "制度流程", "流程合规", "合规审查", "合同审查", "法律审核", "法律审核率"],
  },
  {
    id: "board-governance",
    label: { en: "board and corporate governance", zh: "董事会与公司治理" },
    en: ["board effectiveness", "board evaluation", "board performance", "board independence", "independent directors", "non executive directors", "board composition", "board attendance", "board meetings", "board skills", "board oversight", "corporate governance", "governance standards", "good governance", "governance code", "governance framework", "governance rating", "shareholder engagement", "investor relations", "agm", "annual general meeting"],
    zh: ["董事会", "公司治理", "法人治理", "外部董事", "独立董事", "董事会建设", "董事会运作", "股东大会", "监事会", "投资者关系", "现代企业制度", "规范治理", "权责清晰"],
  },
  {
    id: "ethics-integrity",
    label: { en: "ethics and anti-corruption", zh: "廉洁与反腐" },
    en: ["ethics", "ethical conduct", "ethical behaviour", "business ethics", "anti corruption", "anti bribery", "bribery", "corruption", "corruption cases", "whistleblowing", "speak up", "speak up reports", "ethics hotline", "ethics cases", "misconduct", "misconduct cases", "culture of integrity", "act with integrity", "do the right thing", "ethical standards", "ethical culture"],
    zh: ["廉洁", "廉政", "反腐", "反腐败", "党风廉政", "廉洁从业", "腐败", "贪腐", "违纪", "违纪违法", "纪律审查", "诚信", "诚信经营", "职业道德", "商业道德", "道德风险", "作风建设", "清正廉洁"],
  },
  {
    id: "data-privacy",
    label: { en: "data privacy and protection", zh: "数据隐私保护" },
    en: ["data protection", "data privacy", "privacy", "gdpr", "personal data", "data protection breaches", "privacy breaches", "privacy incidents", "reportable breaches", "ico reportable", "information governance", "data governance", "data retention", "consent management"],
    zh: ["隐私", "隐私保护", "个人信息", "个人信息保护", "信息泄露", "客户信息保护", "数据治理", "数据合规", "数据保护", "数据分类分级"],
  },
  {
    id: "risk-management",
    label: { en: "enterprise risk management", zh: "风险管控" },
    en: ["risk appetite", "risk tolerance", "key risk indicators", "kris", "kri", "risk register", "enterprise risk", "enterprise risk management", "erm", "operational risk", "operational risk losses", "operational losses", "risk events", "risk incidents", "risk culture", "risk control", "risk management framework", "risks within appetite", "top risks", "principal risks", "risk mitigation", "risk maturity", "disaster recovery plans"],
    zh: ["风险管控", "风险防控", "风险管理", "全面风险管理", "风险偏好", "风险限额", "关键风险指标", "风险事件", "操作风险", "风险损失", "风险预警", "防范化解", "风险底线", "风险识别", "风控"],
  },
  {
    id: "legal-disputes",
    label: { en: "litigation and legal disputes", zh: "法律纠纷" },
    en: ["litigation", "lawsuits", "legal cases", "legal claims", "legal disputes", "legal costs", "legal spend", "legal exposure", "legal risk", "contract disputes", "settlements paid", "retractions", "corrections published", "defamation", "libel", "legal complaints", "court cases", "cases won"],
    zh: ["诉讼", "法律纠纷", "涉诉", "诉讼案件", "法律风险", "合同纠纷", "败诉", "胜诉", "法律事务", "法律费用", "重大法律", "涉法"],
  },
  {
    id: "financial-sustainability",
    label: { en: "financial sustainability", zh: "财务可持续" },
    en: ["financial sustainability", "financially sustainable", "financial resilience", "financially resilient", "financial health", "financial strength", "financial stability", "operating surplus", "operating deficit", "balanced position", "reserves level", "unrestricted reserves level", "level of reserves", "going concern", "sustainable finances", "financial viability", "self sufficient", "self sustaining", "diversify income", "income diversification", "diversified income", "income streams", "revenue streams", "new income streams", "income mix", "revenue mix", "diversify revenue"],
    zh: ["财务可持续", "财务稳健", "财务健康", "收支结余", "结余", "盈余", "赤字", "财务状况", "财务风险", "财务安全", "收入结构", "收入多元", "多元化收入", "收入来源", "新的增长点", "第二增长曲线", "自我造血", "造血能力", "可持续经营"],
  },
  {
    id: "transparency-reporting",
    label: { en: "transparency and disclosure", zh: "透明与披露" },
    en: ["transparency", "transparent", "public reporting", "annual report", "impact report", "esg disclosure", "esg reporting", "sustainability reporting", "open data", "open book", "publish data", "reporting on time", "timely reporting", "reporting accuracy", "financial reporting", "restatements", "accurate reporting"],
    zh: ["透明", "公开透明", "信息披露", "披露", "年报", "社会责任报告", "可持续发展报告", "财务报告", "报表质量", "财务报表", "会计信息质量", "报告及时", "财务快报"],
  },
];




