/**
 * Sector words (DOMAIN §4, "no false links"): the nouns that say which line of business a text is about
 * — pupils and lessons are a school's, beds and wards a hospital's, parcels and fleets a carrier's,
 * loans and deposits a bank's. A theme shared by a KPI and an objective is evidence of a link only when
 * the two can be about the same business: "Pupil attendance rate" and "Keep our platform reliable" may
 * both be about "reliability" in the abstract, but a pupil is not a platform. So when a KPI names a
 * sector and the strategy (or the objective) names sectors, none of them the KPI's or a kindred one, the
 * theme link is not made (src/engine/lexicon/sectors.ts, used by src/engine/match/links.ts).
 *
 * Written for this project from the vocabulary of sector KPI sets and strategy documents: NHS and
 * 三级公立医院绩效考核 (health), the English school accountability measures and 教育统计 (education),
 * hotel and restaurant operating reports (hospitality), IATA / CAAC airline statistics (travel), retail
 * and e-commerce trading statements, carrier and courier KPIs (transport), manufacturing and
 * construction site KPIs, banking, securities and insurance regulatory returns (finance, insurance),
 * local-government and 政务服务 indicators (public), police performance frameworks (policing), the
 * electricity (IEEE 1366, 供电可靠性) and water (Ofwat, 供水) regulators' measures, telecom operator
 * reports, DevOps measures (software), farm statistics, drug development (pharma) and charity reporting.
 *
 * Only words that belong to one business (or a few kindred ones) are listed. Words any organisation uses
 * are left out on purpose: customer, staff, cost, system, data, app, online, order, product, project, network,
 * feature, release, patch, crash, fuel, power, gas, generation (all also used loosely or metaphorically),
 * service, quality, "health" alone ("health and safety"), "graduate" alone ("graduate scheme"), "claims"
 * is kept for insurance; in Chinese 生产 (安全生产 is every firm's slogan), 物流, 设备, 产品, 服务, 管理,
 * 零售 alone (零售客户 is retail banking), 教育 alone (员工教育培训), 课程 (training courses), 工程师, 案件 alone
 * (诉讼案件). A KPI with no sector word is never held back, nor is an objective or strategy with none.
 *
 * English terms are lower case and matched as whole words with a plural ending; Chinese terms as
 * substrings (two characters or more). To extend: add a word to its sector (a test checks there are no
 * repeats and both languages are present).
 */
import type { Sector } from "./lexiconTypes";

export interface SectorWords {
  readonly en: readonly string[];
  readonly zh: readonly string[];
}

export const SECTOR_WORDS: Readonly<Record<Sector, SectorWords>> = {
  health: {
    en: [
      "patient", "hospital", "ward", "clinical", "clinician", "clinic", "nurse", "nursing", "midwife", "midwifery", "doctor", "physician",
      "gp", "surgery", "surgical", "operating theatre", "theatre", "a&e", "emergency department", "inpatient", "outpatient", "bed day", "bed",
      "diagnosis", "diagnostic", "medication", "infection", "mrsa", "sepsis", "readmission", "maternity", "ambulance", "dental", "pharmacy",
      "prescribing", "vaccination", "vaccine", "immunisation", "immunization", "nhs", "cancer", "stroke", "mental health", "hand hygiene",
      "hand-hygiene", "obesity", "smoking", "life expectancy", "disease", "outbreak", "referral to treatment", "public health", "healthcare",
    ],
    zh: [
      "患者", "病人", "医院", "门诊", "住院", "急诊", "手术", "医疗", "诊疗", "护士", "医生", "医师", "医务", "病床", "病区", "床护比", "就医",
      "看病", "就诊", "候诊", "挂号", "药占比", "抗菌", "院感", "医院感染", "疫苗", "接种", "慢性病", "疾病", "病例", "病历", "医保", "医患",
      "临床", "出院", "卫生院", "卫健", "传染病", "公共卫生", "疾控", "高血压", "糖尿病", "预期寿命", "健康差距", "三四级手术", "四级手术", "住院日",
    ],
  },
  care: {
    en: ["care home", "care worker", "carer", "social care", "adult social care", "home care", "domiciliary", "residential care", "nursing home", "care package", "care plan"],
    zh: ["养老", "护理员", "照护", "失能", "托育", "敬老院", "社区养老", "居家养老", "养老机构", "护理院", "床位"],
  },
  education: {
    en: [
      "pupil", "student", "school", "teacher", "teaching", "lesson", "classroom", "exam", "examination", "curriculum", "literacy", "numeracy",
      "phonics", "key stage", "gcse", "a-level", "ofsted", "university", "campus", "undergraduate", "postgraduate", "tuition", "parents",
      "parental", "graduate outcomes", "graduate employment", "attainment 8", "progress 8", "persistent absence", "schooling", "academic",
    ],
    zh: [
      "学生", "学校", "教师", "老师", "课堂", "教学", "升学", "招生", "毕业生", "校园", "师资", "中考", "高考", "班额", "生均", "在校生", "家长",
      "学业", "本科", "研究生", "高校", "院系", "教研", "课后服务", "育人", "学科竞赛", "学位", "办学", "教育教学", "义务教育", "学前教育",
      "高等教育", "生师比", "师生比", "体质健康", "近视率", "人才培养质量", "就业率", "科研经费",
    ],
  },
  hospitality: {
    en: [
      "hotel", "guest", "room", "room night", "restaurant", "diner", "dining", "kitchen", "menu", "covers", "table turn", "every table",
      "food and beverage", "f&b", "banquet", "housekeeping", "room service", "food", "revpar", "average daily rate", "ota", "tripadvisor",
    ],
    zh: ["客房", "宾客", "酒店", "宾馆", "民宿", "餐厅", "餐饮", "翻台", "菜品", "后厨", "食材", "出餐", "房价", "入住", "住客", "堂食", "包间", "点餐", "菜单", "出租率", "可售房", "大众点评"],
  },
  travel: {
    en: ["flight", "airline", "aircraft", "airport", "passenger", "seat kilometre", "seat kilometer", "cabin", "rail", "railway", "frequent flyer", "departure"],
    zh: ["航班", "航空", "飞行", "机场", "旅客", "座公里", "客座率", "航线", "机组", "乘客", "高铁", "铁路", "列车", "正点率", "事故征候"],
  },
  retail: {
    en: [
      "store", "shop", "shopper", "shopping", "shelf", "shelves", "basket", "checkout", "cart", "merchandise", "like-for-like", "footfall",
      "till", "e-commerce", "ecommerce", "marketplace", "retail store", "retail sales", "retailer", "supermarket", "grocery", "sku", "planogram", "markdown",
      "gross merchandise value", "gmv", "add-to-cart",
    ],
    zh: ["门店", "店铺", "商品", "货架", "单店", "店均", "坪效", "客单价", "商场", "购物", "电商", "网店", "旗舰店", "直播带货", "售罄", "动销", "同店", "新零售", "零售门店", "收银", "导购", "商超"],
  },
  transport: {
    en: ["parcel", "shipment", "shipper", "fleet", "vehicle", "driver", "route", "truck", "lorry", "lorries", "freight", "courier", "depot", "haulage", "last mile", "consignment", "van", "per mile", "fuel cost", "fuel consumption", "fuel efficiency"],
    zh: ["包裹", "运单", "车辆", "运输", "快递", "干线", "驾驶员", "司机", "骑手", "货损", "满载", "车队", "里程", "百公里", "配送车", "单票", "疲劳驾驶", "公里事故"],
  },
  manufacturing: {
    en: ["plant", "factory", "factories", "production line", "assembly line", "machine", "shop floor", "batch", "scrap", "tonne", "oee", "assembly", "manufacturing", "units produced", "first-pass yield", "first pass yield", "mould", "welding", "overall equipment effectiveness"],
    zh: ["工厂", "车间", "产线", "生产线", "制造", "工序", "良品", "报废", "返工", "返修", "机台", "来料", "质检", "工艺", "直通率", "一次合格率", "一次交验", "设备综合效率"],
  },
  construction: {
    en: ["construction", "building site", "construction site", "contractor", "subcontractor", "snagging", "homes built", "new homes", "housebuilding", "riddor", "scaffolding", "civil works", "handover"],
    zh: ["施工", "工地", "竣工", "工期", "建筑", "项目部", "工程质量", "工程进度", "精品工程", "优质工程", "工程款", "在建", "开工", "交房", "工程一次", "节点工期"],
  },
  property: {
    en: ["tenant", "landlord", "lettings", "void", "facilities management", "homeowner", "service charge", "estate management"],
    zh: ["业主", "物业", "小区", "停车场", "物业费", "租户", "报修"],
  },
  finance: {
    en: [
      "loan", "lending", "deposit", "credit card", "mortgage", "borrower", "banking", "bank", "current account", "savings account", "non-performing",
      "capital adequacy", "cet1", "liquidity coverage", "net interest margin", "brokerage", "ipo", "wealth management", "assets under management",
      "aum", "securities", "loan book", "credit losses", "write-off", "cost of risk",
    ],
    zh: [
      "贷款", "存款", "信贷", "储蓄", "授信", "揽储", "信用卡", "手机银行", "银行", "理财", "对公", "不良贷款", "拨备", "净息差", "资本充足",
      "券商", "证券", "投行", "承销", "经纪", "财富管理", "资管", "基金", "金融", "零售客户", "存贷",
    ],
  },
  insurance: {
    en: ["insurance", "insurer", "policyholder", "insurance claim", "claims paid", "claim settlement", "claims handling", "pay claims", "premiums", "written premium", "underwriting", "combined ratio", "loss ratio", "persistency", "lapse", "per policy"],
    zh: ["保险", "保单", "保费", "理赔", "赔付", "承保", "续保", "退保", "核保", "出险", "综合成本率", "险种", "结案周期", "继续率"],
  },
  public: {
    en: [
      "citizen", "council", "resident", "taxpayer", "public service", "public money", "planning application", "council tax", "housing benefit",
      "neighbourhood", "neighborhood", "city", "borough", "municipal", "local authority", "government", "constituent", "311", "freedom of information",
      "foi", "12345", "fly-tipping", "bin collection", "street", "waste collection", "permit", "public sector",
    ],
    zh: ["群众", "市民", "居民", "政务", "民生", "办事", "营商环境", "企业开办", "市场主体", "政府", "审批", "一网通办", "城市", "城乡", "社区", "街道", "公共服务", "财政", "惠民", "便民", "就业", "地区生产总值", "规上", "网上可办", "获得电力"],
  },
  policing: {
    en: ["crime", "police", "policing", "burglary", "victim", "offender", "reoffending", "anti-social behaviour", "antisocial behaviour", "999", "110"],
    zh: ["治安", "刑事", "刑事案件", "治安案件", "警情", "诈骗", "犯罪", "公安", "派出所"],
  },
  energy: {
    en: ["grid", "power supply", "power station", "power outage", "electricity", "power cut", "lights on", "power generation", "substation", "gas supply", "gas network", "kwh", "95598", "megawatt", "saidi", "saifi", "caidi", "customer minutes lost", "new connection", "connection time"],
    zh: ["电网", "供电", "停电", "售电", "用电", "线损", "变电", "输电", "配电", "电力", "装机", "发电", "电压", "跳闸", "业扩", "燃气", "供气", "消纳"],
  },
  water: {
    en: ["drinking water", "water supply", "leakage", "leak", "sewage", "sewer", "wastewater", "storm overflow", "water quality", "reservoir", "mains", "burst", "river"],
    zh: ["供水", "管网", "污水", "自来水", "水质", "漏损", "水压", "产销差", "排水", "水厂", "出厂水"],
  },
  telecom: {
    en: ["mobile network", "network coverage", "4g", "5g", "base station", "broadband", "dropped call", "postpaid", "prepaid", "arpu", "roaming", "10086", "fibre", "fiber", "spectrum", "sim", "call drop", "mobile customer", "network availability", "network quality", "reliable network"],
    zh: ["基站", "宽带", "掉话", "携号转网", "离网", "移动用户", "通信", "网络覆盖", "信号", "掉线"],
  },
  software: {
    en: [
      "deployment", "deploy", "source code", "code review", "code coverage", "codebase", "sprint", "server", "api", "latency", "p1", "microservice", "bug", "devops", "platform",
      "ship features", "it system", "systems up", "service desk", "help desk", "helpdesk", "it support", "cyber", "phishing", "vulnerability",
      "vulnerabilities", "security patch", "uptime", "app crash", "software release", "software", "data breach", "customer data",
    ],
    zh: ["系统", "软件", "服务器", "机房", "漏洞", "代码", "版本", "上线", "运维", "研发效能", "数据泄露", "数据安全", "IT服务", "宕机", "工单"],
  },
  agriculture: {
    en: ["farm", "farmer", "crop", "grain", "harvest", "livestock", "fertiliser", "fertilizer", "pesticide", "irrigation", "arable", "agriculture", "agricultural"],
    zh: ["粮食", "农业", "农民", "化肥", "农药", "播种", "耕地", "种植", "养殖", "农村", "农产品", "亩产"],
  },
  pharma: {
    en: ["medicine", "drug", "clinical trial", "phase iii", "phase ii", "gmp", "ind", "batch record", "molecule", "pharmaceutical", "biologic", "regulatory approval", "first-in-human"],
    zh: ["新药", "药品", "创新药", "临床试验", "在研", "原料药", "仿制药", "一致性评价", "注册批件", "药物"],
  },
  goods: {
    en: ["picking", "pick rate", "warehouse", "pallet", "otif", "in full", "shipments", "dispatch", "stock-out", "stockout", "inventory", "sku", "bill of materials", "goods received", "goods in"],
    zh: ["拣货", "拣选", "仓库", "仓储", "托盘", "发货", "出库", "入库", "库存", "备货", "缺货", "齐套"],
  },
  nonprofit: {
    en: ["beneficiary", "beneficiaries", "donor", "donation", "fundraising", "volunteer", "charity", "charitable", "people helped"],
    zh: ["受助", "受益人", "捐赠", "筹款", "月捐", "志愿者", "志愿服务", "慈善", "募捐"],
  },
};

/**
 * Sectors whose KPIs and objectives can meet, both ways: a hospital's strategy can hold a pharmacy's
 * or a care home's measures, a hotel's a restaurant's, a retailer's a carrier's (parcels, last mile), a
 * council's a school's, a care service's, the police's, the water and power utilities'. "Goods" (picking,
 * warehouses, OTIF, stock) is the work of any business that moves physical things, and of none that does
 * not (a bank, an insurer, a school). Each sector is kin to itself.
 */
export const SECTOR_KIN: ReadonlyArray<readonly [Sector, Sector]> = [
  ["health", "care"], ["health", "pharma"], ["pharma", "manufacturing"], ["hospitality", "retail"], ["energy", "transport"],
  ["goods", "retail"], ["goods", "manufacturing"], ["goods", "transport"], ["goods", "pharma"], ["goods", "hospitality"], ["goods", "agriculture"],
  ["goods", "construction"], ["goods", "health"], ["goods", "energy"], ["goods", "water"],
  ["travel", "transport"], ["retail", "transport"], ["manufacturing", "transport"], ["construction", "property"], ["property", "public"],
  ["public", "policing"], ["public", "water"], ["public", "energy"], ["public", "care"], ["public", "education"], ["public", "health"],
  ["public", "nonprofit"], ["public", "agriculture"], ["public", "transport"], ["energy", "water"], ["telecom", "software"],
  ["finance", "insurance"], ["care", "nonprofit"], ["construction", "public"],
];
