/**
 * Topics of particular industries and public bodies that the operations and commercial topic files
 * (topics.operations.ts, topics.commercial.ts) cover thinly or not at all: semiconductors, automotive,
 * heavy process industry, oil and gas, mining, ports and shipping, railways, airports and aviation
 * maintenance, data centres, cyber defence, fire and rescue, waste, water, power generation, forestry,
 * fisheries, seeds and crops, food manufacturing, defence, new energy, telecom networks, post, prisons,
 * customs, weather services, courts, tax administration, museums and social housing. Each topic is one
 * narrow measurable subject and the many words KPIs name it by and objectives aim at it with, in
 * English and Chinese; a KPI and an objective that both name a topic are linked even when they share no
 * word (see lexicon/topics.ts for the matching).
 *
 * Precision over recall: terms name the measured subject, never the industry itself (a word every
 * objective of a port or a prison uses would link every KPI to every objective); a term belongs to one
 * topic only across all topic files; generic words never stand alone; Chinese terms avoid strings that
 * occur inside unrelated words.
 *
 * Sources: written by us from public KPI lists and regulators' and agencies' published indicators (e.g.
 * UNCTAD port performance, WANO performance indicators, IOGP process-safety tiers, the Uptime Institute
 * and The Green Grid on PUE, UK Home Office fire statistics, HM Prison and Probation Service, WCO time
 * release studies, IMF/OECD tax administration series, China's court and tax administration indicators,
 * museum collection-care standards); no text copied.
 */
import type { TopicGroup } from "./lexiconTypes";

export const INDUSTRY_TOPICS: readonly TopicGroup[] = [
  // ── Semiconductors ────────────────────────────────────────────────────────────────────────────────
  {
    id: "wafer-yield",
    label: { en: "wafer and die yield", zh: "晶圆良率" },
    en: [
      "wafer yield", "die yield", "defect density", "d0", "probe yield", "wafer sort yield", "sort yield", "final test yield",
      "killer defect", "wafer scrap", "yield ramp", "yield learning", "good die", "fab yield", "line yield", "yield excursion",
      "baseline yield", "wafer defect", "particle count", "chip yield",
    ],
    zh: [
      "晶圆良率", "芯片良率", "晶圆缺陷密度", "良率爬坡", "中测良率", "封测良率", "封装良率", "晶圆报废", "晶圆缺陷", "制程良率",
      "晶圆成品率", "芯片成品率", "颗粒缺陷", "良率提升", "良率损失",
    ],
  },
  {
    id: "process-node-ramp",
    label: { en: "process node development and ramp", zh: "制程节点与量产爬坡" },
    en: [
      "process node", "technology node", "nm node", "node ramp", "node migration", "advanced node", "tape out", "tapeout",
      "risk production", "ramp to volume", "volume ramp", "nanometre", "nanometer", "euv", "process technology roadmap",
      "mass production ramp", "leading edge node",
    ],
    zh: ["制程节点", "工艺节点", "先进制程", "纳米制程", "纳米工艺", "流片", "量产爬坡", "风险量产", "工艺平台", "制程研发", "工艺研发", "制程工艺", "产能爬坡", "工艺迭代"],
  },
  {
    id: "design-wins",
    label: { en: "design wins", zh: "设计导入与定点" },
    en: [
      "design win", "design-in", "socket win", "sockets won", "design win pipeline", "design win revenue", "customer nomination",
      "sourcing nomination", "platform award", "nominated supplier", "reference design", "win the socket",
    ],
    zh: ["设计导入", "项目定点", "获得定点", "定点项目", "定点数量", "客户导入", "方案导入", "导入客户", "车型定点", "平台定点", "芯片导入", "供应商定点"],
  },
  {
    id: "critical-materials-supply",
    label: { en: "security of critical materials supply", zh: "关键材料保供" },
    en: [
      "critical material", "critical raw material", "rare earth", "dual sourcing", "second source", "single source", "sole source",
      "single sourced", "security of supply", "supply security", "strategic stockpile", "material shortage", "supply continuity plan",
      "alternative supplier qualified",
    ],
    zh: ["关键材料", "关键原材料", "原材料保供", "稀土", "国产替代", "卡脖子", "材料保障", "战略储备", "双供应商", "备选供应商", "第二供应商", "保供稳价", "物资保供"],
  },
  {
    id: "wafer-output",
    label: { en: "wafer starts and fab output", zh: "晶圆投片与产出" },
    en: ["wafer start", "wafer starts per month", "wspm", "wafers out", "wafer output", "wafer shipments", "fab capacity", "fab utilisation", "fab utilization", "fab loading", "wafer capacity"],
    zh: ["投片", "投片量", "月投片", "晶圆产能", "晶圆出货", "晶圆产出", "晶圆产量", "片产能", "晶圆厂产能", "产线稼动"],
  },
  // ── Automotive ────────────────────────────────────────────────────────────────────────────────────
  {
    id: "warranty-claims",
    label: { en: "warranty claims and field quality", zh: "三包索赔与市场质量" },
    en: [
      "warranty claim", "warranty cost", "warranty rate", "warranty spend", "warranty return", "claims per thousand vehicles",
      "incidents per thousand vehicles", "ipth", "repairs per thousand", "field failure", "field quality", "things gone wrong", "tgw",
      "initial quality", "iqs", "problems per hundred vehicles", "pp100", "vehicle dependability", "warranty",
    ],
    zh: ["三包", "保修索赔", "质保索赔", "三包索赔", "千台故障", "千车故障", "市场故障率", "售后故障", "保修费用", "质保费用", "百车问题数", "新车质量", "市场质量", "索赔费用", "质保期故障"],
  },
  {
    id: "product-recalls",
    label: { en: "product and vehicle recalls", zh: "产品召回" },
    en: [
      "product recall", "vehicle recall", "food recall", "recall campaign", "safety recall", "recall completion", "recall remedy",
      "recalled vehicles", "recalled products", "field action", "stop sale", "number of recalls", "recall rate", "product withdrawal",
    ],
    zh: ["产品召回", "车辆召回", "召回事件", "召回次数", "主动召回", "缺陷召回", "召回完成率", "食品召回", "下架召回", "召回数量", "召回率", "召回整改"],
  },
  {
    id: "vehicle-deliveries",
    label: { en: "vehicle sales and deliveries", zh: "整车销量与交付" },
    en: [
      "vehicle deliveries", "vehicles delivered", "vehicle sales", "car sales", "unit deliveries", "new vehicle registrations",
      "vehicles sold", "wholesale volume", "retail registrations", "ev sales", "electric vehicle sales", "vehicle shipments",
    ],
    zh: ["整车销量", "汽车销量", "整车交付", "车辆交付", "新车交付", "新能源车销量", "新能源汽车销量", "上险量", "批发销量", "终端零售量", "交车量", "乘用车销量", "整车出口"],
  },
  {
    id: "ev-battery",
    label: { en: "battery cell performance and cost", zh: "动力电池性能与成本" },
    en: [
      "battery energy density", "energy density", "cell yield", "battery cycle life", "cycle life", "cost per kwh", "battery cost",
      "battery pack cost", "cell cost", "battery degradation", "state of health", "charging speed", "battery range", "driving range",
    ],
    zh: ["电池能量密度", "能量密度", "电芯良率", "循环寿命", "电池成本", "电芯成本", "电池包成本", "续航里程", "电池衰减", "电池健康度", "动力电池", "电芯一致性"],
  },
  // ── Heavy process industry ────────────────────────────────────────────────────────────────────────
  {
    id: "furnace-kiln-operation",
    label: { en: "furnace and kiln operation", zh: "炉窑运行" },
    en: [
      "blast furnace", "furnace uptime", "kiln uptime", "kiln run factor", "kiln availability", "furnace availability",
      "furnace campaign", "campaign life", "refractory life", "hot metal", "tap to tap", "heats per day", "furnace stoppage",
      "kiln stoppage", "kiln", "furnace", "smelter", "potline",
    ],
    zh: ["高炉", "窑炉", "回转窑", "炉况", "炉龄", "窑运转率", "高炉利用系数", "休风率", "铁水产量", "炉次", "冶炼周期", "炉衬寿命", "电解槽寿命", "窑炉运转", "熔炉", "炉窑"],
  },
  {
    id: "steel-mill-output",
    label: { en: "steel and metals output and yield", zh: "钢铁产量与成材率" },
    en: [
      "crude steel", "steel output", "steel production", "liquid steel", "hot rolled", "cold rolled", "rolling mill", "mill yield",
      "metallic yield", "caster", "continuous casting", "billet", "slab yield", "aluminium output", "copper cathode", "tonnes of metal",
    ],
    zh: ["粗钢", "钢产量", "钢材产量", "轧钢", "成材率", "金属收得率", "钢坯", "热轧", "冷轧", "连铸", "铁钢比", "电解铝产量", "铜产量", "有色金属产量", "钢铁产量"],
  },
  {
    id: "cement-clinker",
    label: { en: "cement and clinker", zh: "水泥与熟料" },
    en: [
      "clinker", "clinker factor", "clinker ratio", "cement output", "cement production", "cement sales volume", "alternative fuel",
      "thermal substitution rate", "clinker substitution", "supplementary cementitious", "co-processing", "kiln output",
    ],
    zh: ["熟料", "水泥产量", "熟料产量", "熟料系数", "替代燃料", "协同处置", "水泥熟料", "混合材", "水泥销量", "骨料", "商品混凝土", "熟料烧成"],
  },
  {
    id: "process-safety",
    label: { en: "process safety and loss of containment", zh: "工艺安全与泄漏" },
    en: [
      "process safety", "process safety event", "tier 1 pse", "tier 2 pse", "pse", "loss of primary containment", "lopc",
      "loss of containment", "hydrocarbon release", "hydrocarbon leak", "major accident hazard", "barrier integrity",
      "safety critical element", "safety critical equipment", "hazop", "psm", "asset integrity", "chemical release",
      "toxic release", "major hazard",
    ],
    zh: [
      "工艺安全", "过程安全", "危化品", "危险化学品", "重大危险源", "油气泄漏", "工艺安全事件", "本质安全", "危险与可操作性",
      "安全仪表", "动火作业", "特殊作业", "化学品泄漏", "设备完整性", "重大危险", "危化",
    ],
  },
  {
    id: "pulp-paper-output",
    label: { en: "pulp and paper machine output", zh: "制浆造纸产出" },
    en: ["paper machine", "pulp production", "paper production", "board machine", "tissue machine", "sheet break", "machine breaks", "basis weight", "pulp mill", "tonnes of paper", "paper output"],
    zh: ["纸机", "制浆", "纸浆", "造纸", "断纸", "抄造", "纸机车速", "成纸", "纸产量", "浆产量"],
  },
  // ── Oil and gas ───────────────────────────────────────────────────────────────────────────────────
  {
    id: "hydrocarbon-production",
    label: { en: "oil and gas production", zh: "油气产量" },
    en: [
      "boe per day", "barrels of oil equivalent", "boepd", "bopd", "boe", "barrels per day", "oil production", "gas production",
      "hydrocarbon production", "oil output", "gas output", "oil and gas output", "mmscfd", "plateau production", "wells online",
      "well uptime", "production decline", "natural decline rate", "oil recovery factor", "recovery factor",
    ],
    zh: ["油气产量", "原油产量", "天然气产量", "油气当量", "油当量", "日产油", "日产气", "采收率", "产油量", "产气量", "单井产量", "上产", "油田产量", "气田产量", "自然递减", "递减率", "开井率"],
  },
  {
    id: "reserves-exploration",
    label: { en: "reserves and exploration", zh: "储量与勘探" },
    en: [
      "proved reserves", "proven reserves", "2p reserves", "1p reserves", "reserve life", "reserves to production", "exploration success",
      "exploration well", "commercial discovery", "discovered resources", "contingent resources", "resource base", "finding and development cost",
      "f&d cost", "rrr", "resource to reserve conversion", "exploration drilling", "exploration",
    ],
    zh: ["探明储量", "储量替代率", "新增探明", "勘探", "勘探成功率", "探井成功率", "储采比", "增储", "油气发现", "地质储量", "可采储量", "资源量", "找矿", "增储上产", "储量接替"],
  },
  {
    id: "unit-production-cost",
    label: { en: "lifting and unit cash cost", zh: "桶油与吨矿成本" },
    en: [
      "lifting cost", "cost per barrel", "opex per barrel", "opex per boe", "production cost per barrel", "cash cost per barrel",
      "breakeven oil price", "breakeven price", "c1 cash cost", "all in sustaining cost", "aisc", "cash cost per tonne",
      "cost per tonne mined", "cost per ounce", "unit cash cost", "site cash cost",
    ],
    zh: ["桶油成本", "桶油完全成本", "吨油成本", "桶油操作成本", "油气操作成本", "盈亏平衡油价", "吨矿成本", "吨煤成本", "吨矿现金成本", "单位现金成本", "全维持成本", "盎司成本"],
  },
  {
    id: "flaring-methane",
    label: { en: "flaring, venting and methane", zh: "火炬放空与甲烷" },
    en: [
      "flaring", "routine flaring", "gas flared", "flared gas", "methane", "methane intensity", "methane emissions", "venting",
      "fugitive emissions", "leak detection and repair", "ldar", "zero routine flaring", "ogmp", "vented gas", "enteric methane",
    ],
    zh: ["火炬气", "火炬燃烧", "火炬排放", "放空燃烧", "天然气放空", "甲烷", "甲烷排放", "甲烷强度", "放空气", "伴生气回收", "泄漏检测与修复", "逸散排放", "常规燃除", "甲烷回收"],
  },
  {
    id: "drilling-performance",
    label: { en: "drilling performance", zh: "钻井效率" },
    en: [
      "drilling days", "days per 10000 ft", "spud to rig release", "rate of penetration", "rop", "rig days", "drilling performance",
      "drilling time", "rig move", "non productive time", "npt", "wells drilled", "well delivery", "metres drilled", "meters drilled", "drilling cost",
    ],
    zh: ["钻井", "钻井周期", "机械钻速", "完井", "钻机", "钻井进尺", "进尺", "非生产时间", "钻完井", "压裂", "钻井成本", "建井周期", "钻井效率"],
  },
  {
    id: "refinery-performance",
    label: { en: "refinery throughput and margin", zh: "炼油加工与毛利" },
    en: [
      "refinery utilisation", "refinery utilization", "refinery throughput", "crude throughput", "crude run",
      "refining margin", "gross refining margin", "complex margin", "light product yield", "refinery availability", "cracker",
      "ethylene output", "refining throughput",
    ],
    zh: ["原油加工量", "炼厂", "轻油收率", "炼油毛利", "高附加值产品收率", "综合商品率", "乙烯产量", "炼油加工", "加工负荷", "炼油能力"],
  },
  {
    id: "pipeline-integrity",
    label: { en: "pipeline integrity", zh: "管道完整性" },
    en: [
      "pipeline integrity", "pipeline leak", "pipeline incident", "pipeline failure", "inline inspection", "in line inspection",
      "pigging", "third party damage", "pipeline rupture", "corrosion rate", "cathodic protection", "pipeline inspection",
    ],
    zh: ["管道完整性", "管道泄漏", "第三方破坏", "管道巡检", "油气管道", "内检测", "管道占压", "管道腐蚀", "阴极保护", "长输管道", "管线泄漏", "管道事故"],
  },
  // ── Mining ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "tailings-management",
    label: { en: "tailings and mine waste facilities", zh: "尾矿库与排土场" },
    en: [
      "tailings", "tailings dam", "tailings storage facility", "tailings facility", "gistm", "dam safety", "tailings deposition",
      "waste dump", "waste rock dump", "dam stability", "tailings water recovery", "dry stack",
    ],
    zh: ["尾矿", "尾矿库", "尾砂", "排土场", "坝体安全", "尾矿坝", "尾矿综合利用", "干堆", "头顶库", "尾矿回水"],
  },
  {
    id: "mine-safety",
    label: { en: "underground and mine safety hazards", zh: "矿井安全" },
    en: [
      "fall of ground", "roof fall", "ground control", "gas outburst", "mine safety", "coal mine safety", "underground safety",
      "mine ventilation", "methane exceedance", "mine fire", "mine flooding", "rockburst", "seismic event",
    ],
    zh: ["瓦斯", "冒顶", "透水", "煤矿安全", "瓦斯超限", "矿井安全", "顶板事故", "矿山安全", "冲击地压", "片帮", "井下安全", "通风系统", "矿井通风"],
  },
  // ── Ports and shipping ────────────────────────────────────────────────────────────────────────────
  {
    id: "port-vessel-turnaround",
    label: { en: "berth productivity and vessel turnaround", zh: "码头作业效率与船舶在港时间" },
    en: [
      "berth productivity", "crane productivity", "crane moves", "crane rate", "gross crane rate", "net crane rate", "moves per crane hour",
      "quay crane", "ship to shore crane", "sts crane", "vessel turnaround", "ship turnaround", "turn ships around", "time in port",
      "port stay", "berth time", "berth hours", "waiting at anchorage", "anchorage waiting", "vessel waiting time", "berth on arrival",
      "ship productivity", "vessel productivity", "terminal productivity", "port turnaround",
    ],
    zh: [
      "桥吊", "岸桥", "桥吊效率", "岸桥效率", "船时效率", "船时量", "在港时间", "在港停时", "船舶在港", "靠泊", "泊位效率",
      "泊位利用率", "锚地等待", "待泊时间", "单机效率", "码头作业效率", "装卸效率", "船舶周转", "码头作业", "装卸作业", "船舶作业效率",
    ],
  },
  {
    id: "container-throughput",
    label: { en: "container and cargo throughput", zh: "集装箱与货物吞吐量" },
    en: [
      "teu", "feu", "container throughput", "container volume", "port throughput", "cargo throughput", "cargo handled",
      "tonnes handled", "boxes handled", "container lifts", "transhipment", "transshipment", "port volume", "terminal volume",
      "container handling volume", "twenty foot equivalent",
    ],
    zh: ["集装箱吞吐量", "货物吞吐量", "港口吞吐量", "标准箱", "标箱", "万标箱", "集装箱量", "箱量", "中转箱", "集装箱运量", "海铁联运", "港口货物", "货物装卸量", "集装箱业务量"],
  },
  {
    id: "vessel-slot-utilisation",
    label: { en: "vessel slot and cargo space utilisation", zh: "舱位利用率" },
    en: ["slot utilisation", "slot utilization", "vessel utilisation", "vessel utilization", "vessel fill", "liner utilisation", "cargo space utilisation", "head haul utilisation", "ship fill factor", "tanker utilisation"],
    zh: ["舱位利用率", "舱位", "船舶利用率", "航次利用", "运力投放", "满舱", "载货率", "舱容利用"],
  },
  {
    id: "shipbuilding-delivery",
    label: { en: "shipbuilding output and delivery", zh: "造船完工与交船" },
    en: [
      "ship delivery", "ships delivered", "vessels delivered", "deadweight tonnage", "dwt", "compensated gross tonnage",
      "cgt", "newbuilding", "steel cutting", "keel laying", "sea trial", "hull block", "dock cycle", "outfitting",
    ],
    zh: ["造船完工", "交船", "船舶交付", "修正总吨", "载重吨", "船台", "船坞", "坞期", "舾装", "试航", "船舶建造", "新接订单量", "手持订单量", "完工量"],
  },
  // ── Railways and metro ────────────────────────────────────────────────────────────────────────────
  {
    id: "train-service-operated",
    label: { en: "scheduled service operated (train and bus kilometres)", zh: "开行列次兑现" },
    en: [
      "train kilometres", "train km", "train miles", "services run", "trains run",
      "timetabled trains", "lost kilometres", "kilometres operated", "km operated", "scheduled trips",
      "mileage operated", "train service delivered", "trains operated", "bus kilometres", "scheduled mileage",
    ],
    zh: ["列次兑现", "开行列次", "开行计划", "列车开行", "开行对数", "列车运行", "运营车公里", "车公里", "列车公里", "行车间隔", "发车间隔", "运行图", "行车组织", "开行班次", "线路运营里程"],
  },
  {
    id: "rolling-stock-reliability",
    label: { en: "rolling stock and fleet reliability", zh: "车辆可靠性" },
    en: [
      "mean distance between failures", "mdbf", "miles per technical casualty", "mptc", "rolling stock reliability", "rolling stock",
      "train failure", "service affecting failure", "fleet reliability", "kilometres between failures", "miles between failures",
      "vehicle reliability", "technical casualty", "mean kilometres between failures",
    ],
    zh: ["车辆故障率", "列车故障", "万车公里故障", "正线故障", "车辆可靠性", "列车可靠性", "车辆故障", "机车故障", "动车组故障", "平均故障间隔里程", "故障间隔里程", "车辆救援"],
  },
  {
    id: "rail-freight",
    label: { en: "rail and bulk freight volume", zh: "铁路货运量" },
    en: ["rail freight", "freight tonnes", "net tonne kilometres", "freight train", "wagon turnaround", "wagon", "wagons loaded", "freight volume", "bulk freight", "intermodal volume"],
    zh: ["货运量", "货物发送量", "铁路货运", "货车周转", "装车数", "日均装车", "货运周转量", "货运收入", "大宗货物运输", "公转铁", "货运列车"],
  },
  {
    id: "toll-road-traffic",
    label: { en: "toll road traffic and toll income", zh: "通行费与车流量" },
    en: ["toll revenue", "toll income", "toll road", "toll collection", "traffic volume", "vehicle passages", "average daily traffic", "aadt", "tolled traffic", "toll plaza", "electronic toll"],
    zh: ["通行费", "通行费收入", "车流量", "断面流量", "日均车流", "收费站", "路产", "通行量", "高速公路车流", "收费公路"],
  },
  // ── Airports and aviation maintenance ─────────────────────────────────────────────────────────────
  {
    id: "airfield-operations-safety",
    label: { en: "airfield and airside safety", zh: "飞行区与机坪安全" },
    en: [
      "foreign object debris", "fod", "wildlife strike", "airside safety", "apron safety", "airfield safety", "runway excursion",
      "airside incident", "ground damage", "runway safety", "runway condition", "apron incident", "vehicle airside",
    ],
    zh: ["外来物", "鸟害", "飞行区安全", "机坪安全", "跑道安全", "道面", "净空", "驱鸟", "机坪事故", "不停航施工", "飞行区管理", "跑道入侵", "地面保障安全"],
  },
  {
    id: "passenger-screening-flow",
    label: { en: "passenger screening and clearance flow", zh: "旅客安检与通关" },
    en: [
      "passenger screening", "security lane", "through security", "central search", "screening throughput",
      "security lanes open", "lane throughput", "egate", "e-gate", "automated border control", "fast track security",
    ],
    zh: ["安检", "旅客通关", "通关效率", "安检效率", "安检口", "自助通关", "人身安检", "安检过检", "过检速度", "过检率", "通关便利", "安检查验"],
  },
  {
    id: "aircraft-maintenance-mro",
    label: { en: "aircraft maintenance and repair turnaround", zh: "飞机维修与送修周期" },
    en: [
      "aircraft on ground", "aog", "mro", "heavy check", "c check", "a check", "maintenance check", "hangar", "component repair",
      "repair turnaround time", "engine shop visit", "time on wing", "on wing time", "dispatch reliability", "technical dispatch reliability",
      "deferred defect", "mel deferral", "line maintenance", "base maintenance", "check turnaround",
    ],
    zh: ["航材", "定检", "定检周期", "机库", "送修周期", "签派可靠度", "签派可靠率", "在翼时间", "发动机在翼", "保留故障", "维修周转", "飞机停场", "停场", "机务维修", "机务", "航线维修", "部附件修理", "发动机送修"],
  },
  // ── Data centres ──────────────────────────────────────────────────────────────────────────────────
  {
    id: "data-centre-pue",
    label: { en: "data centre power and water usage effectiveness", zh: "数据中心能效" },
    en: [
      "pue", "power usage effectiveness", "wue", "water usage effectiveness", "partial pue", "free cooling", "cooling efficiency",
      "cooling energy", "data centre energy", "data center energy", "it load ratio", "cue", "carbon usage effectiveness",
      "energy efficient data centre", "energy efficient data center",
    ],
    zh: ["电能利用效率", "数据中心能效", "制冷能耗", "自然冷却", "水利用效率", "冷却效率", "机房能耗", "制冷效率", "液冷", "电能使用效率", "机房节能", "数据中心节能"],
  },
  {
    id: "facility-uptime",
    label: { en: "facility uptime and nines of availability", zh: "基础设施可用性" },
    en: [
      "uptime", "99.95", "99.99", "99.999", "nines", "tier iii", "tier iv", "critical power", "ups availability",
      "power and cooling availability", "facility availability", "hall availability", "site availability", "concurrent maintainability",
      "unplanned facility outage",
    ],
    zh: ["可用性", "高可用", "计划外中断", "数据中心可用", "机房可用", "不间断供电", "供电可用", "基础设施可用", "四个九", "五个九", "机房故障", "机房运行", "不间断电源", "运行可用率"],
  },
  {
    id: "data-centre-capacity-fill",
    label: { en: "rack, cabinet and capacity fill", zh: "机柜上架与容量售出" },
    en: [
      "rack utilisation", "rack utilization", "rack fill", "cabinet fill", "cabinet occupancy", "rack occupancy", "white space",
      "critical it load sold", "mw sold", "megawatts contracted", "contracted capacity", "leased mw", "utilised mw",
      "fill capacity", "racks sold", "cabinets sold", "pre-leased",
    ],
    zh: ["机柜", "机柜上架率", "机柜利用率", "机架", "签约容量", "已售容量", "上电率", "机柜出租", "机柜签约", "机房上架", "托管机柜", "出租机柜"],
  },
  {
    id: "capacity-build-out",
    label: { en: "new capacity build and delivery", zh: "新增容量建设" },
    en: [
      "new capacity", "build new capacity", "capacity delivered", "capacity delivery", "mw delivered", "megawatts delivered",
      "capacity build", "build out", "ready for service", "capacity expansion", "capacity additions", "new halls", "commissioned capacity",
      "capacity online",
    ],
    zh: ["新增容量", "扩容", "新建机房", "数据中心建设", "新增产能", "扩产", "产能建设", "新建产能", "新增装机", "扩建工程", "产能扩张", "容量建设"],
  },
  // ── Cyber defence ─────────────────────────────────────────────────────────────────────────────────
  {
    id: "threat-detection-response",
    label: { en: "threat detection and containment", zh: "威胁检测与处置" },
    en: [
      "mean time to contain", "time to detect", "detection time", "mttc", "detect and contain", "threat detection", "security threat",
      "cyber threat", "threats detected", "detect threats", "contain threats", "security operations centre", "security operations center",
      "soc", "alert triage", "attacker dwell", "incident containment", "siem", "edr", "xdr", "threat hunting",
      "intrusion detection", "security alert",
    ],
    zh: ["威胁检测", "安全运营中心", "威胁处置", "平均检测时间", "安全告警", "告警处置", "攻击检测", "入侵检测", "态势感知", "威胁情报", "攻防演练", "护网", "威胁发现", "安全监测", "入侵防御"],
  },
  {
    id: "security-awareness",
    label: { en: "security awareness of the workforce", zh: "网络安全意识" },
    en: [
      "security awareness", "security aware", "phishing simulation", "phishing click", "phishing test", "security training",
      "awareness training", "human firewall", "report phishing", "phishing report rate", "cyber awareness", "security culture",
      "security-aware workforce",
    ],
    zh: ["网络安全意识", "信息安全意识", "数据安全意识", "钓鱼演练", "钓鱼测试", "模拟钓鱼", "信息安全培训", "网络安全培训", "安全意识培训", "网络安全宣传", "网络安全教育"],
  },
  // ── Fire and rescue ───────────────────────────────────────────────────────────────────────────────
  {
    id: "fire-attendance",
    label: { en: "fire and rescue attendance", zh: "灭火救援到场" },
    en: [
      "attendance time", "first appliance", "appliance in attendance", "fire appliance", "appliance availability", "on call availability",
      "retained availability", "turnout time", "mobilisation time", "reach emergencies", "life risk incident", "fire and rescue response",
      "second appliance", "crewed appliances", "pump availability",
    ],
    zh: ["到场时间", "灭火救援", "救援响应", "消防车", "消防站", "接警出动", "出动时间", "首车到场", "辖区到场", "出车时间", "到场率", "五分钟到场", "消防救援站", "救援力量"],
  },
  {
    id: "home-fire-prevention",
    label: { en: "home fire prevention", zh: "居民住宅防火" },
    en: [
      "home fire safety check", "safe and well visit", "home safety visit", "smoke alarm", "smoke detector", "fires in homes",
      "prevent fires", "house fire", "domestic fire", "fire safety visit", "home fire risk", "primary dwelling fire", "fire prevention visit",
    ],
    zh: ["住宅火灾", "居民火灾", "家庭火灾", "消防入户", "入户宣传", "烟感", "独立式烟感", "烟雾报警器", "电动自行车火灾", "消防宣传", "防火检查", "居民住宅防火", "亡人火灾"],
  },
  {
    id: "firefighter-readiness",
    label: { en: "firefighter fitness, competence and safety", zh: "指战员安全与执勤战备" },
    en: [
      "firefighter fitness", "firefighter safety", "firefighter injury", "firefighters safe", "breathing apparatus", "operational competence", "incident command", "firefighter training", "fire crew safety",
    ],
    zh: ["指战员", "消防员", "消防救援人员", "体能达标", "体能测试", "战训", "执勤战备", "训练伤亡", "救援人员安全", "实战化训练", "灭火战斗", "战勤保障"],
  },
  // ── Waste, water and flood ────────────────────────────────────────────────────────────────────────
  {
    id: "waste-collection",
    label: { en: "waste collection", zh: "垃圾收运" },
    en: [
      "missed bin", "missed collection", "bin collection", "bins collected", "refuse collection", "waste collection", "kerbside collection",
      "curbside collection", "collection round", "bin emptied", "collections on time", "bulky waste collection",
      "trade waste collection", "assisted collection",
    ],
    zh: ["垃圾收运", "收运", "清运", "垃圾清运", "漏收", "垃圾收集", "日产日清", "清运及时", "收集转运", "转运站", "垃圾转运", "收运率", "清运率", "大件垃圾"],
  },
  {
    id: "waste-treatment",
    label: { en: "waste treatment and energy from waste", zh: "垃圾无害化处理与焚烧" },
    en: [
      "energy from waste", "waste to energy", "incineration", "incinerator", "anaerobic digestion", "mechanical biological treatment",
      "waste treatment capacity", "waste treatment plant", "leachate", "landfill gas", "bottom ash", "fly ash",
    ],
    zh: ["焚烧", "垃圾焚烧", "焚烧发电", "焚烧处理", "无害化处理", "无害化处理率", "渗滤液", "飞灰", "炉渣", "厌氧消化", "处理能力", "餐厨垃圾处理", "填埋气"],
  },
  {
    id: "alternative-water-sources",
    label: { en: "desalination and recycled water", zh: "海水淡化与再生水" },
    en: [
      "desalination", "desalinated water", "desalination plant", "reverse osmosis", "membrane fouling", "recycled water", "reclaimed water", "produced water", "brine discharge", "water production cost",
    ],
    zh: ["海水淡化", "淡化水", "反渗透", "膜通量", "再生水", "中水", "再生水利用", "污水资源化", "浓盐水", "膜污染", "淡化厂"],
  },
  {
    id: "flood-defence",
    label: { en: "flood defence and flood risk", zh: "防汛防洪" },
    en: [
      "flood defence", "flood defense", "flood risk", "flood protection", "properties protected from flooding", "flood warning",
      "flood alert", "river flooding", "coastal flooding", "flood resilience", "flood scheme", "homes better protected", "flood embankment",
    ],
    zh: ["防汛", "防洪", "排涝", "汛期", "洪水", "防洪标准", "堤防", "洪涝", "度汛", "水旱灾害", "防汛抗旱", "山洪", "河道堤防"],
  },
  // ── Power generation and heat ─────────────────────────────────────────────────────────────────────
  {
    id: "generating-unit-availability",
    label: { en: "generating unit availability", zh: "发电机组可用率" },
    en: [
      "equivalent availability factor", "eaf", "forced outage rate", "efor", "unit availability", "plant availability factor",
      "generating availability", "unit capability factor", "capability factor", "forced loss rate", "refuelling outage", "refueling outage",
      "planned outage", "unplanned capability loss", "turbine availability", "wind turbine availability",
    ],
    zh: ["等效可用系数", "非计划停运", "强迫停运", "机组可用", "能力因子", "机组能力因子", "换料大修", "大修工期", "机组等效", "非停次数", "机组可靠性", "风机可利用率", "机组停运"],
  },
  {
    id: "power-generation-output",
    label: { en: "electricity generated", zh: "发电量" },
    en: ["electricity generated", "power generation", "generation output", "net generation", "energy generated", "generation volume", "units generated", "annual generation"],
    zh: ["发电量", "上网电量", "发电量完成", "年发电量", "发电任务", "机组发电", "发电计划", "发电效益", "累计发电"],
  },
  {
    id: "heat-rate",
    label: { en: "thermal plant heat rate and auxiliary power", zh: "供电煤耗与厂用电" },
    en: ["heat rate", "net heat rate", "station heat rate", "auxiliary power", "auxiliary consumption", "station service power", "thermal efficiency of the plant", "boiler efficiency"],
    zh: ["供电煤耗", "发电煤耗", "厂用电率", "厂用电", "锅炉效率", "热耗", "汽轮机热耗", "发电热效率"],
  },
  {
    id: "nuclear-safety",
    label: { en: "nuclear and radiation safety", zh: "核与辐射安全" },
    en: [
      "nuclear safety", "unplanned scram", "scram", "reactor trip", "unplanned automatic reactor trip", "collective radiation dose",
      "collective dose", "radiation dose", "radiation exposure", "ines event", "ines level", "safety system performance", "radiological",
      "radioactive waste", "reportable event",
    ],
    zh: ["核安全", "非计划停堆", "停堆", "集体剂量", "辐射剂量", "辐射安全", "核事件", "运行事件", "放射性", "放射性废物", "辐射防护", "核与辐射", "职业照射", "安全系统性能"],
  },
  {
    id: "district-heating",
    label: { en: "district heating and indoor temperature", zh: "供热与室温达标" },
    en: ["district heating", "heat network", "heating season", "indoor temperature", "heat supply", "heat customers", "heat interruption", "heating complaints", "heating outage", "communal heating"],
    zh: ["供暖", "供热", "室温达标", "供热保障", "热用户", "采暖", "供热面积", "集中供热", "供暖季", "室温合格", "供热管网", "停暖"],
  },
  // ── New energy ────────────────────────────────────────────────────────────────────────────────────
  {
    id: "ev-charging",
    label: { en: "EV charging network", zh: "充电基础设施" },
    en: [
      "charging point", "charge point", "chargepoint", "charging station", "charger uptime", "charger availability",
      "charging sessions", "kwh delivered", "rapid charger", "fast charger", "charging network", "public charging", "charger utilisation",
      "charger utilization", "electric vehicle charging", "ev charging", "charging hubs", "battery swap",
    ],
    zh: ["充电桩", "充电站", "充电设施", "换电站", "充电量", "充电网络", "快充", "超充", "充电桩利用率", "换电", "充电服务", "充电基础设施", "公共充电", "充电枪"],
  },
  {
    id: "hydrogen",
    label: { en: "hydrogen production and refuelling", zh: "氢能制储加" },
    en: [
      "green hydrogen", "electrolyser", "electrolyzer", "electrolysis", "hydrogen production", "hydrogen refuelling station",
      "hydrogen refueling station", "fuel cell", "fuel cell vehicle", "hydrogen storage", "blue hydrogen", "low carbon hydrogen",
    ],
    zh: ["氢气", "制氢", "绿氢", "加氢站", "电解水", "燃料电池", "氢燃料", "储氢", "输氢", "加氢", "氢能产业"],
  },
  // ── Forestry, fisheries and crops ─────────────────────────────────────────────────────────────────
  {
    id: "forest-resources",
    label: { en: "forest stock and timber", zh: "森林资源与木材" },
    en: [
      "timber", "timber harvest", "growing stock", "standing volume", "forest certification", "fsc certified", "sustainable forest management",
      "afforestation", "reforestation", "hectares planted", "forest area", "forest cover", "roundwood", "forest carbon", "forest health",
    ],
    zh: ["林木蓄积", "森林蓄积", "蓄积量", "林业产值", "木材", "采伐", "营造林", "国土绿化", "林下经济", "林草", "林地保护", "森林抚育", "人工林", "森林资源", "造林面积"],
  },
  {
    id: "wildfire",
    label: { en: "wildfire and forest fire", zh: "森林草原火灾" },
    en: ["wildfire", "forest fire", "bushfire", "grass fire", "hectares burned", "burned area", "burnt area", "fire danger", "fire season", "wildland fire", "fuel load", "fire break"],
    zh: ["森林防火", "森林火灾", "草原火灾", "防灭火", "火险", "过火面积", "森林草原防火", "山火", "野外用火", "火灾受害率", "林火"],
  },
  {
    id: "fisheries-aquaculture",
    label: { en: "fisheries and aquaculture", zh: "渔业与水产养殖" },
    en: [
      "fish farm", "sea lice", "fish mortality", "fish survival", "fish welfare", "fish stock",
      "fishing quota", "sustainable fishing", "bycatch", "msc certified", "fish catch", "catch per unit effort", "cpue", "seafood production",
      "salmon", "fish harvest",
    ],
    zh: ["水产品产量", "捕捞", "海洋牧场", "鱼苗", "饵料系数", "渔获", "禁渔", "休渔", "网箱", "养殖尾水", "渔船", "水产苗种", "深远海养殖"],
  },
  {
    id: "seed-varieties",
    label: { en: "seeds and crop varieties", zh: "种业与品种" },
    en: [
      "seed variety", "seed sales", "seed quality", "seed purity", "germination", "germplasm", "plant breeding", "crop variety",
      "new variety", "variety trial", "hybrid seed", "seed production", "variety registration", "breeding programme", "breeding program",
      "genetic gain", ],
    zh: ["种子", "品种选育", "作物新品种", "育种", "种质资源", "发芽率", "制种", "良种", "品种审定", "种子质量", "品种权", "审定品种", "种源", "良种覆盖"],
  },
  {
    id: "crop-protection-inputs",
    label: { en: "pesticide and fertiliser use", zh: "农药化肥减量与病虫害" },
    en: [
      "pesticide use", "fertiliser use", "fertilizer use", "nitrogen use efficiency", "integrated pest management", "pest damage",
      "crop disease", "plant disease", "pest outbreak", "pesticide residue", "crop protection", "input use efficiency", "fertiliser application",
    ],
    zh: ["农药使用量", "化肥使用量", "农药减量", "病虫害", "统防统治", "测土配方", "绿色防控", "农药残留", "化肥利用率", "农药利用率", "病虫害防治", "有机肥替代"],
  },
  // ── Food manufacturing ────────────────────────────────────────────────────────────────────────────
  {
    id: "production-losses-giveaway",
    label: { en: "line losses and pack-weight giveaway", zh: "生产损耗与超装" },
    en: [
      "giveaway", "overfill", "over fill", "pack weight", "fill weight", "line waste", "production loss", "process loss", "material loss",
      "ingredient loss", "raw material yield", "material yield", "material usage variance", "checkweigher", "average quantity",
      "underweight packs", "waste on the line", "weight control",
    ],
    zh: ["生产损耗", "产线损耗", "原料损耗", "物料损耗", "净含量", "超装", "克重", "灌装量", "原料利用率", "欠重", "定量包装", "投料损耗", "制造损耗"],
  },
  {
    id: "food-safety",
    label: { en: "food safety, foreign bodies and allergens", zh: "食品安全" },
    en: [
      "food safety", "foreign body", "foreign matter", "allergen", "allergen control", "undeclared allergen",
      "pathogen", "listeria", "salmonella", "haccp", "brcgs", "brc audit", "sqf", "food poisoning", "food safety incident",
      "micro testing", "microbiological", "food contamination",
    ],
    zh: ["食品安全", "异物", "异物投诉", "过敏原", "食源性", "食物中毒", "致病菌", "微生物超标", "食品抽检", "食品安全事故", "危害分析", "食品污染", "交叉污染"],
  },
  {
    id: "cold-chain",
    label: { en: "cold chain integrity", zh: "冷链温控" },
    en: ["cold chain", "temperature excursion", "temperature controlled", "temperature breach", "reefer", "temperature abuse", "chilled chain", "frozen chain", "temperature compliance"],
    zh: ["冷链", "温控", "冷链断链", "温度偏离", "全程温控", "冷藏运输", "冷库", "温度记录", "冷链物流"],
  },
  // ── Pharmaceuticals manufacturing and development ─────────────────────────────────────────────────
  {
    id: "gmp-batch-quality",
    label: { en: "GMP batch quality and deviations", zh: "药品生产质量与偏差" },
    en: [
      "batch release", "batch failure", "batch rejection", "out of specification", "oos result", "gmp", "cgmp", "capa", "capa closure",
      "deviation closure", "quality deviation", "gmp deviation", "batch record", "lot release", "right first time batch", "483 observation",
      "warning letter",
    ],
    zh: ["批次放行", "放行合格", "偏差关闭", "质量偏差", "偏差处理", "纠正预防措施", "超标结果", "药品生产质量", "批记录", "批次合格", "成品放行", "药品检查缺陷"],
  },
  {
    id: "clinical-trials",
    label: { en: "clinical trial delivery", zh: "临床试验推进" },
    en: [
      "clinical trial", "trial enrolment", "trial enrollment", "patient enrolment", "patient enrollment", "first patient in", "fpi",
      "last patient out", "database lock", "study start up", "site activation", "trial recruitment", "clinical study", "phase iii", "phase 3",
    ],
    zh: ["临床试验", "入组", "受试者入组", "临床研究", "首例入组", "数据库锁定", "中心启动", "临床进度", "三期临床", "二期临床", "受试者招募"],
  },
  {
    id: "drug-approvals",
    label: { en: "regulatory filings and approvals of medicines", zh: "药品注册与获批" },
    en: [
      "regulatory submission", "marketing authorisation", "marketing authorization", "drug approval",
      "new drug application", "fda approval", "ema approval", "ind filing", "nda filing", "bla", "label expansion", "approved indication",
    ],
    zh: ["药品注册", "上市许可", "获批上市", "临床批件", "上市申请", "注册申报", "新药获批", "适应症获批", "注册批件", "仿制药一致性评价", "一致性评价"],
  },
  // ── Machinery, shipyards, defence and space ───────────────────────────────────────────────────────
  {
    id: "construction-machinery",
    label: { en: "construction machinery use and sales", zh: "工程机械" },
    en: ["wheel loader", "machine hours", "fleet hours", "equipment hours", "machine utilisation hours", "telematics hours", "crawler crane", "earthmoving equipment"],
    zh: ["开工小时", "设备开工率", "装载机", "泵车", "设备租赁率", "机械租赁", "起重机械", "挖掘机销量"],
  },
  {
    id: "defence-acquisition",
    label: { en: "defence equipment acquisition", zh: "武器装备采办" },
    en: [
      "defence procurement", "defense procurement", "defence acquisition", "defense acquisition", "in service date", "initial operating capability",
      "ioc", "full operating capability", "foc", "equipment plan", "military equipment", "major defence programmes", "weapon system",
      "acquisition programme",
    ],
    zh: ["装备采购", "武器装备", "装备建设", "列装", "军品", "型号研制", "交付部队", "装备采办", "军品交付", "装备研制", "军工产品", "国防采购"],
  },
  {
    id: "military-readiness",
    label: { en: "military readiness", zh: "战备完好与战斗力" },
    en: ["mission capable", "mission capable rate", "force readiness", "combat readiness", "military readiness", "fleet readiness", "deployable forces", "readiness levels", "aircraft availability for missions"],
    zh: ["战备完好", "战斗力", "战备水平", "军事训练", "练兵备战", "备战打仗", "装备完好率", "战备值班", "能打胜仗"],
  },
  {
    id: "space-launch",
    label: { en: "space launch and satellites", zh: "航天发射与在轨" },
    en: ["launch success", "launch cadence", "launches per year", "satellites in orbit", "orbit", "payload to orbit", "constellation deployment", "launch vehicle"],
    zh: ["发射成功", "发射次数", "在轨", "入轨", "发射任务", "运载火箭", "星座部署", "航天发射"],
  },
  // ── Telecom networks and post ─────────────────────────────────────────────────────────────────────
  {
    id: "mobile-network-coverage",
    label: { en: "mobile and fixed network coverage", zh: "网络覆盖" },
    en: [
      "network coverage", "population coverage", "5g coverage", "4g coverage", "mobile coverage", "signal coverage", "not spots",
      "geographic coverage", "homes passed", "premises passed", "fibre rollout", "fiber rollout", "full fibre", "gigabit coverage", "ftth",
      "base stations", "sites rolled out",
    ],
    zh: ["网络覆盖", "信号覆盖", "基站", "光纤入户", "千兆光网", "宽带覆盖", "千兆", "覆盖盲区", "弱覆盖", "深度覆盖", "光网覆盖", "通信覆盖"],
  },
  {
    id: "network-quality-telecom",
    label: { en: "mobile network quality", zh: "通信网络质量" },
    en: ["dropped call", "call drop", "mean opinion score", "best network", "call setup success", "download speed", "network speed", "network latency", "mobile latency", "data throughput", "network quality", "packet loss", "voice quality", "mobile data speed", "network experience"],
    zh: ["掉话率", "掉话", "网络时延", "下载速率", "网速", "信号质量", "网络质量", "丢包率", "通话质量", "接入成功率", "上网速率"],
  },
  {
    id: "tower-sharing",
    label: { en: "tower tenancy and site sharing", zh: "铁塔共享" },
    en: ["tenancy ratio", "tower tenancy", "tenants per tower", "tower sites", "tower portfolio", "colocation on towers", "site sharing", "build to suit"],
    zh: ["站址", "铁塔共享率", "共享站址", "塔均租户", "站均租户", "共建共享", "站址共享", "铁塔租赁"],
  },
  {
    id: "postal-service",
    label: { en: "mail and universal postal service", zh: "邮政普遍服务" },
    en: ["first class mail", "mail volume", "letter volume", "letters delivered", "universal service obligation", "post office", "mail delivery", "mail items", "royal mail", "postal network", "letter delivery"],
    zh: ["信件", "普遍服务", "邮政普遍服务", "寄递", "信函", "投递频次", "邮政网点", "邮件全程", "投递深度", "邮件处理"],
  },
  // ── Prisons, customs, weather, courts and tax administration ──────────────────────────────────────
  {
    id: "custody-safety-order",
    label: { en: "safety and order in custody", zh: "监管安全" },
    en: [
      "escape from custody", "prison escape", "abscond", "prison violence", "assaults in custody", "assaults on prison officers",
      "self harm in custody", "deaths in custody", "drug finds", "mandatory drug testing", "prison security", "secure custody",
      "incidents at height", "cell searches",
    ],
    zh: ["脱逃", "监管安全", "狱内案件", "狱内", "违禁品", "监管秩序", "狱内安全", "脱管", "越狱", "在押人员", "监所安全", "狱政管理", "监区安全"],
  },
  {
    id: "prisoner-rehabilitation",
    label: { en: "prisoner education, work and resettlement", zh: "教育改造" },
    en: [
      "purposeful activity", "prisoner education", "prison work", "prison industries", "employment on release",
      "accommodation on release", "time out of cell", "prisoners in work", "prisoners in education", "release on temporary licence",
    ],
    zh: ["教育改造", "改造质量", "劳动改造", "罪犯教育", "出监", "刑释人员", "回归社会", "习艺劳动", "罪犯改造", "监狱教育", "出监教育"],
  },
  {
    id: "customs-clearance",
    label: { en: "customs clearance of goods", zh: "货物通关" },
    en: [
      "customs clearance", "clearance time", "border clearance", "release time", "time release study", "import clearance",
      "export clearance", "goods declaration", "customs declaration", "single window", "authorised economic operator",
      "authorized economic operator", "aeo", "physical inspection rate", "cargo inspection", "customs inspection",
    ],
    zh: ["货物通关", "整体通关时间", "进口通关", "出口通关", "报关", "查验率", "海关查验", "单一窗口", "通关时间压缩", "提前申报", "两步申报", "认证企业", "放行时间", "跨境贸易便利"],
  },
  {
    id: "smuggling-seizures",
    label: { en: "smuggling and seizures", zh: "缉私查获" },
    en: ["seizure", "smuggling", "contraband", "illicit goods", "counterfeit goods seized", "drug seizure", "goods seized", "interdiction", "illicit trade"],
    zh: ["走私", "缉私", "查获", "缉毒", "打私", "查缉", "罚没", "侵权货物", "毒品查获", "走私案件"],
  },
  {
    id: "weather-forecast-accuracy",
    label: { en: "weather forecast and warning accuracy", zh: "气象预报预警准确率" },
    en: [
      "weather forecast", "forecast skill", "rainfall forecast", "precipitation forecast", "temperature forecast", "severe weather warning",
      "warning lead time", "nowcasting", "weather warning", "typhoon track", "track error", "hurricane track", "weather prediction",
      "numerical weather prediction",
    ],
    zh: ["天气预报", "预报准确率", "气象预警", "预警提前量", "台风路径", "降水预报", "晴雨预报", "气温预报", "灾害性天气", "暴雨预警", "气象灾害预警", "预警准确率", "数值预报", "短临预报"],
  },
  {
    id: "case-clearance",
    label: { en: "court case clearance and backlog", zh: "审判执行效率" },
    en: [
      "case clearance", "clearance rate of cases", "cases disposed", "disposition rate", "case backlog", "backlog of cases",
      "pending cases", "time to disposition", "case duration", "court backlog", "trial delay", "adjournment", "cases resolved per judge",
      "disposal time", "court delay", "outstanding cases",
    ],
    zh: ["结收案比", "审结", "案件结案率", "审限", "积案", "未结案件", "长期未结", "审判执行", "审判效率", "审理周期", "法定审限", "执行完毕率", "案件审理", "存量案件"],
  },
  {
    id: "judicial-credibility",
    label: { en: "appeals, reversals and trust in justice", zh: "服判息诉与司法公信" },
    en: [
      "appeal rate", "overturned on appeal", "reversal rate", "judgement upheld", "judgment upheld", "public confidence in justice",
      "judicial credibility", "trust in the courts", "confidence in the courts", "decisions upheld", "remand rate", "retrial",
    ],
    zh: ["服判息诉", "上诉率", "改判", "发回重审", "改判发回", "司法公信", "再审", "公正司法", "裁判认可", "二审改判", "涉诉信访"],
  },
  {
    id: "tax-enforcement-arrears",
    label: { en: "tax collection, arrears and enforcement", zh: "税收征管与欠税清缴" },
    en: [
      "tax arrears", "tax debt", "arrears collected", "tax debt collected", "enforcement yield", "compliance yield",
      "tax investigation", "tax evasion", "tax avoidance", "voluntary compliance", "hidden economy", "shadow economy", "tax audit yield",
      "taxpayer compliance", "filing compliance", "payment compliance",
    ],
    zh: ["征管", "欠税", "欠税清缴", "税款入库", "税务稽查", "偷逃税", "逃税", "补税", "查补税款", "应收尽收", "税收流失", "按期申报"],
  },
  {
    id: "taxpayer-service",
    label: { en: "ease of filing and paying tax", zh: "纳税服务与便利办税" },
    en: [
      "e-filing", "online filing", "returns filed online", "digital tax", "taxpayer service", "ease of paying", "easy to pay",
      "taxpayer satisfaction", "pre-filled return", "prefilled return", "time to comply", "taxpayer experience", "making tax digital",
    ],
    zh: ["纳税服务", "办税", "电子税务局", "非接触式办税", "办税时间", "纳税人满意度", "便民办税", "网上办税", "办税便利", "智慧税务", "纳税缴费"],
  },
  // ── Property development ──────────────────────────────────────────────────────────────────────────
  {
    id: "property-development-sales",
    label: { en: "property development sales and land bank", zh: "地产开发销售与土储" },
    en: [
      "contracted sales", "land bank", "land acquisition", "land parcels", "gross floor area sold",
      "gfa sold", "units sold off plan", "sales sell through", "construction starts", "saleable area",
    ],
    zh: ["合约销售", "合同销售", "土储", "土地储备", "拿地", "新开工面积", "竣工面积", "销售面积", "可售货值", "土地获取"],
  },
];
