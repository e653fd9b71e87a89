/**
 * Topics of operations and public services: utilities, transport, airlines and airports, logistics,
 * manufacturing, supply chain, construction, mining and agriculture, environment, health and safety,
 * public services, health care and IT operations. Each topic is one narrow measurable subject and the
 * many words KPIs and objectives use for it, in English and Chinese; a KPI and an objective that both
 * name a topic are linked even when they share no word (see lexicon/topics.ts for the matching).
 *
 * Precision over recall: a term belongs to one topic only, generic words ("quality", "service", 质量,
 * 服务) never stand alone, and Chinese terms avoid strings that occur inside unrelated words.
 *
 * Sources: written by us from public KPI lists, e.g. UK LGA/ESD metric types, regulators' published
 * performance indicators (Ofwat, Ofgem, ORR, CAA), SASAC 一利五率, WHO/NHS indicator definitions;
 * no text copied.
 */
import type { TopicGroup } from "./lexiconTypes";

export const OPERATIONS_TOPICS: readonly TopicGroup[] = [
  // ── Utilities ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: "supply-interruptions",
    label: { en: "supply interruptions", zh: "供电中断" },
    en: [
      "power cut", "power outage", "electricity outage", "grid outage", "blackout", "supply interruption", "power interruption", "unplanned interruption",
      "supply reliability", "reliable supply", "reliable power", "reliable electricity", "keep the lights on", "customer minutes lost",
      "customer interruptions", "saidi", "saifi", "caidi", "power reliability", "grid reliability", "network reliability",
      "loss of supply", "electricity supply", "power supply", "interruption duration",
    ],
    zh: [
      "停电", "断电", "供电可靠", "供电中断", "户均停电", "停电时间", "停电次数", "可靠供电", "稳定供电", "供电保障", "电网可靠",
      "用户平均停电", "供电稳定", "保供电", "电力供应", "故障停电", "计划停电",
    ],
  },
  {
    id: "water-leakage",
    label: { en: "water leakage", zh: "供水漏损" },
    en: [
      "leakage", "water leak", "water loss", "non-revenue water", "nrw", "burst main", "mains burst", "pipe burst",
      "unaccounted for water", "leak detection", "leaks repaired", "water lost",
    ],
    zh: ["漏损", "管网漏损", "漏损率", "产销差", "爆管", "漏水", "管网漏失", "供水损失", "跑冒滴漏", "无收益水", "检漏"],
  },
  {
    id: "drinking-water-quality",
    label: { en: "drinking water quality", zh: "饮用水水质" },
    en: [
      "drinking water", "tap water", "water quality compliance", "compliance risk index", "water quality index", "safe water",
      "clean drinking water", "potable water", "boil water notice", "water contamination", "wholesome water", "drinking water standard",
      "mean zonal compliance",
    ],
    zh: ["饮用水", "水质达标", "水质合格", "自来水", "出厂水", "管网水", "供水水质", "安全饮水", "水质检测", "生活饮用水", "饮水安全"],
  },
  {
    id: "water-supply-continuity",
    label: { en: "water supply continuity", zh: "供水保障" },
    en: [
      "water interruption", "interruption to water supply", "loss of water supply", "low water pressure",
      "water pressure", "water supply", "water availability", "hosepipe ban", "continuous water supply",
    ],
    zh: ["供水保障", "停水", "供水中断", "水压不足", "供水稳定", "连续供水", "供水可靠", "城市供水", "供水能力", "稳定供水"],
  },
  {
    id: "sewer-flooding",
    label: { en: "sewer flooding and pollution incidents", zh: "污水溢流与内涝" },
    en: [
      "sewer flooding", "internal flooding", "external flooding", "sewer overflow", "storm overflow", "combined sewer overflow",
      "sewage spill", "sewage discharge", "sewer blockage", "sewer collapse", "wastewater treatment",
      "sewage treatment", "waterlogging", "urban flooding",
    ],
    zh: ["污水溢流", "内涝", "管网溢流", "污水外溢", "污水处理率", "污水处理", "雨污分流", "排水管网", "城市内涝", "积水点", "溢流"],
  },
  {
    id: "gas-safety",
    label: { en: "gas safety", zh: "燃气安全" },
    en: [
      "gas leak", "gas escape", "gas emergency", "gas safety", "gas safe", "gas explosion", "gas incident", "gas safety check",
      "gas safety certificate", "gas supply", "gas interruption", "gas network",
    ],
    zh: ["燃气安全", "燃气泄漏", "燃气事故", "燃气爆炸", "燃气供应", "燃气管网", "天然气供应", "用气安全", "燃气隐患", "入户安检"],
  },
  // ── Transport ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: "schedule-reliability",
    label: { en: "punctuality and schedule reliability", zh: "准点运行" },
    en: [
      "punctuality", "punctual", "on time performance", "on-time departure", "on-time arrival",
      "delay minutes", "delayed train", "delayed flight", "delayed service", "late running", "public performance measure",
      "timetable", "dependable timetable", "run on time",
      "completion factor", "scheduled flights operated",
    ],
    zh: ["准点", "正点", "准点率", "正点率", "晚点", "航班延误", "列车延误", "航班正常", "列车正点", "按时发车", "发车准点", "时刻表", "班次兑现", "航班执行率", "运行图兑现"],
  },
  {
    id: "cancellations",
    label: { en: "cancellations", zh: "取消班次" },
    en: [
      "flight cancellation", "train cancellation", "cancelled flight", "cancelled train", "cancelled service", "cancelled journey", "cancelled trip", "service cancelled",
      "lost mileage", "scheduled service operated", "services operated", "trips operated", "part cancelled", "short form",
      "cancelled bus",
    ],
    zh: ["取消航班", "航班取消", "列车停运", "班次取消", "抽线", "停驶", "缺班", "脱班"],
  },
  {
    id: "crowding",
    label: { en: "crowding and load factor", zh: "拥挤与满载率" },
    en: [
      "crowding", "overcrowding", "standing passenger", "passengers in excess of capacity", "pixc", "load factor",
      "passenger load", "seat occupancy", "seat availability", "room to sit", "comfortable journey",
    ],
    zh: ["拥挤", "满载率", "客座率", "载客率", "拥挤度", "乘车舒适", "过度拥挤", "超员", "断面客流"],
  },
  {
    id: "road-congestion",
    label: { en: "road congestion", zh: "道路拥堵" },
    en: [
      "congestion", "congested", "traffic jam", "journey time reliability", "average traffic speed", "vehicle hours of delay",
      "traffic flow", "free flowing traffic", "gridlock", "bottleneck junction", "tailback", "travel time index",
      "peak hour delay", "keep traffic moving",
    ],
    zh: ["拥堵", "堵车", "交通拥堵", "通行效率", "平均车速", "高峰延误", "交通畅通", "拥堵指数", "通行能力", "路网运行"],
  },
  {
    id: "road-casualties",
    label: { en: "road safety casualties", zh: "道路交通伤亡" },
    en: [
      "road casualty", "killed or seriously injured", "ksi", "road death", "road fatality", "traffic fatality", "traffic accident",
      "road traffic collision", "road collision", "road accident", "vision zero", "safer road", "road safety",
      "pedestrian casualty", "cyclist casualty",
    ],
    zh: ["交通事故", "道路交通安全", "交通伤亡", "交通死亡", "事故死亡率", "万车死亡率", "道路安全", "交通安全", "肇事", "车祸", "事故多发"],
  },
  // ── Airlines & airports ───────────────────────────────────────────────────────────────────────────
  {
    id: "baggage-handling",
    label: { en: "baggage handling", zh: "行李运输" },
    en: [
      "baggage", "luggage", "mishandled bag", "mishandled baggage", "lost bag", "lost luggage", "delayed bag", "bag delivery",
      "bags per thousand passengers", "baggage reclaim", "bag drop", "first bag", "last bag",
    ],
    zh: ["行李", "托运行李", "行李差错", "行李丢失", "行李延误", "行李提取", "行李运输", "行李处理"],
  },
  {
    id: "turnaround",
    label: { en: "aircraft turnaround", zh: "航班过站" },
    en: [
      "aircraft turnaround", "turn time", "aircraft turn", "ground time", "minimum turn", "pushback", "gate to gate",
      "stand allocation", "ground handling", "block time",
    ],
    zh: ["过站", "过站时间", "地面保障", "机坪", "机位", "航班保障", "地服", "靠桥率"],
  },
  {
    id: "security-queues",
    label: { en: "airport security and check-in queues", zh: "安检与值机排队" },
    en: [
      "security queue", "security wait", "airport queue", "check in queue", "passport control",
      "border queue", "immigration queue", "security screening", "passenger processing", "queue length",
    ],
    zh: ["安检排队", "值机排队", "安检时间", "通关时间", "边检", "值机", "安检通道", "旅客排队"],
  },
  // ── Logistics ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: "on-time-delivery",
    label: { en: "on-time delivery", zh: "准时交付" },
    en: [
      "on time delivery", "otd", "otif", "on time in full", "late delivery",
      "delivery promise", "delivered on time", "deliver on time", "delivery window", "promised date", "delivery performance",
      "shipped on time", "on time shipment", "perfect order", "order promise",
      "committed delivery date",
    ],
    zh: ["准时交付", "按时交付", "准时交货", "按期交付", "交付及时", "及时交付", "准时送达", "按时送达", "交货准时", "延迟交付", "延期交付", "交付延误", "准交率", "订单准时"],
  },
  {
    id: "fill-rate",
    label: { en: "order fill rate", zh: "订单满足率" },
    en: [
      "fill rate", "line fill", "order fill", "case fill", "unit fill", "order completeness", "complete order", "orders shipped complete",
      "backorder", "back order", "short shipment", "short shipped", "fulfil in full",
    ],
    zh: ["满足率", "订单满足", "订单齐套", "齐套率", "欠交", "订单完整", "整单满足", "订单履约", "订单满足度"],
  },
  {
    id: "warehouse-accuracy",
    label: { en: "warehouse and picking accuracy", zh: "仓储作业准确" },
    en: [
      "picking accuracy", "mispick", "picking error", "inventory accuracy", "stock accuracy", "cycle count accuracy",
      "record accuracy", "shipping accuracy", "shipping error", "wrong item", "order accuracy", "putaway", "warehouse accuracy",
      "dispatch accuracy", "stock discrepancy",
    ],
    zh: ["拣货准确", "拣选准确", "拣货差错", "发货准确", "发货差错", "库存准确", "账实相符", "盘点差异", "账实差异", "错发", "漏发", "仓储差错", "库存盘点"],
  },
  {
    id: "freight-cost",
    label: { en: "freight and transport cost", zh: "物流运输成本" },
    en: [
      "freight cost", "freight spend", "freight rate", "transport cost", "shipping cost", "logistics cost",
      "cost per shipment", "cost per delivery", "cost per mile", "cost per kilometre", "carrier cost", "haulage cost",
      "logistics spend",
    ],
    zh: ["物流成本", "运输成本", "运费", "运输费用", "物流费用", "单票成本", "吨公里成本", "配送成本", "仓储成本", "物流费用率", "社会物流总费用"],
  },
  {
    id: "fleet-utilisation",
    label: { en: "fleet and asset utilisation", zh: "车队利用率" },
    en: [
      "fleet utilisation", "fleet utilization", "vehicle utilisation", "vehicle utilization", "truck utilisation", "empty miles",
      "empty running", "empty backhaul", "deadhead", "trailer utilisation", "loaded miles", "vehicle fill", "vehicle availability",
      "fleet availability", "aircraft utilisation", "aircraft utilization",
    ],
    zh: ["车辆利用率", "车队利用", "空驶率", "空驶", "实载率", "车辆满载", "里程利用率", "飞机利用率", "日利用率", "车辆完好率", "运力利用", "装载率"],
  },
  {
    id: "grid-connections",
    label: { en: "utility connections", zh: "办电接电" },
    en: [
      "new connection", "grid connection", "connection time", "time to connect", "getting electricity", "connection application",
      "connect new customers", "connection offer", "meter installation", "service connection", "connections delivered", "quote to connect",
    ],
    zh: ["办电", "接电", "报装", "获得电力", "用电报装", "业扩", "业扩报装", "接电时间", "办电时长", "装表接电", "用水报装", "接水"],
  },
  {
    id: "network-losses",
    label: { en: "transmission and distribution losses", zh: "线损" },
    en: [
      "line loss", "transmission loss", "distribution losses", "network losses", "technical losses", "grid losses",
      "energy losses", "power losses", "electricity theft", "loss reduction in the grid",
    ],
    zh: ["线损", "线损率", "输配电损耗", "网损", "综合线损", "台区线损", "损耗率", "窃电", "降损", "电网损耗"],
  },
  {
    id: "renewable-energy",
    label: { en: "renewable energy", zh: "新能源与清洁能源" },
    en: [
      "renewable", "renewable energy", "renewable electricity", "clean energy", "green electricity", "green power",
      "green energy", "solar", "photovoltaic", "wind power", "wind farm", "offshore wind", "curtailment", "low carbon generation",
      "energy transition", "clean power", "hydropower",
    ],
    zh: ["新能源", "可再生能源", "清洁能源", "绿电", "光伏", "风电", "消纳", "弃风", "弃光", "非化石能源", "绿色电力", "水电装机", "新能源装机", "清洁能源占比"],
  },
  {
    id: "water-environment",
    label: { en: "rivers, waterways and catchment pollution", zh: "水环境质量" },
    en: [
      "river water quality", "river health", "bathing water", "waterway", "nitrate", "nitrate leaching", "nitrogen leaching",
      "nutrient runoff", "nutrient loss", "phosphorus", "runoff", "water body", "good ecological status", "catchment",
      "diffuse pollution", "effluent", "clean rivers", "healthy rivers",
    ],
    zh: ["水环境", "地表水", "水体", "河湖", "劣五类", "断面水质", "黑臭水体", "面源污染", "水生态", "国考断面", "河长制", "氮磷流失", "水污染", "化肥减量"],
  },
  // ── Manufacturing ─────────────────────────────────────────────────────────────────────────────────
  {
    id: "equipment-effectiveness",
    label: { en: "OEE and equipment availability", zh: "设备综合效率" },
    en: [
      "oee", "overall equipment effectiveness", "equipment effectiveness", "machine uptime", "equipment uptime", "equipment availability",
      "machine availability", "line availability", "plant availability", "asset availability", "machine utilisation", "machine utilization",
      "equipment utilisation", "equipment utilization", "availability performance quality",
    ],
    zh: ["设备综合效率", "设备综合效能", "设备利用率", "设备完好率", "设备可动率", "开动率", "稼动率", "设备稼动", "机台利用", "设备效率", "设备有效作业率"],
  },
  {
    id: "unplanned-downtime",
    label: { en: "downtime and breakdowns", zh: "设备停机与故障" },
    en: [
      "downtime", "unplanned downtime", "unplanned stoppage", "machine breakdown", "equipment breakdown", "equipment failure",
      "machine failure", "line stoppage", "line stop", "production stoppage", "lost production time", "mean time between failures",
      "mtbf", "equipment reliability", "asset reliability", "asset failure", "keep lines running", "forced outage", "unplanned outage",
    ],
    zh: ["非计划停机", "设备停机", "停机时间", "停机时长", "停机次数", "故障停机", "停线", "设备故障", "平均故障间隔", "设备可靠性", "机组非停", "非停", "设备事故"],
  },
  {
    id: "maintenance",
    label: { en: "planned and preventive maintenance", zh: "设备维护保养" },
    en: [
      "planned maintenance", "preventive maintenance", "preventative maintenance", "predictive maintenance", "pm compliance",
      "maintenance compliance", "maintenance backlog", "maintenance schedule", "reactive maintenance", "corrective maintenance",
      "condition monitoring", "maintenance cost", "mean time to repair", "asset care", "work order backlog", "inspection completed",
      "asset maintenance", "maintenance plan",
    ],
    zh: ["预防性维护", "计划性维修", "预测性维护", "点检", "设备保养", "设备维护", "设备维修", "维修计划", "检修", "计划检修", "维保", "保养计划", "维修费用", "状态监测"],
  },
  {
    id: "scrap-defects",
    label: { en: "scrap and product defects", zh: "废品与不良" },
    en: [
      "scrap", "scrap rate", "defect rate", "defective", "defects per million", "dpmo", "parts per million defective", "ppm defective",
      "reject rate", "rejected parts", "rejected product", "nonconformance", "non conformance", "nonconforming", "ncr", "zero defects",
      "quality escape", "product defect", "manufacturing defect", "defective unit", "waste in production",
    ],
    zh: ["报废", "报废率", "废品", "废品率", "产品不良率", "制程不良", "不良品", "缺陷率", "次品", "不合格品", "质量缺陷", "零缺陷", "质量事故", "产品缺陷", "质量损失"],
  },
  {
    id: "first-pass-yield",
    label: { en: "first pass yield", zh: "一次合格率" },
    en: [
      "first pass yield", "fpy", "first time yield", "right first time", "rft", "yield loss", "production yield", "process yield",
      "rolled throughput yield", "first time through", "first time right", "good parts", "good units", "built right first time",
    ],
    zh: ["一次合格率", "直通率", "一次通过率", "良品率", "产品良率", "生产良率", "成品率", "一次交验合格", "产品合格率", "一次检验合格", "优等品率", "出厂合格率"],
  },
  {
    id: "changeover",
    label: { en: "changeover and set-up time", zh: "换型换线" },
    en: [
      "changeover", "changeover time", "setup time", "set up time", "smed", "die change", "line changeover", "product changeover",
      "quick changeover", "setup reduction", "tool change", "make ready",
    ],
    zh: ["换型", "换模", "换线", "换型时间", "切换时间", "快速换模", "换产", "换线时间", "调机时间", "换型损失"],
  },
  {
    id: "production-throughput",
    label: { en: "production throughput and output", zh: "生产产出" },
    en: [
      "production throughput", "plant throughput", "line throughput", "units per hour", "output per hour", "output per shift", "production output", "production volume", "units produced",
      "tonnes produced", "production plan attainment", "schedule attainment", "plan attainment", "line speed", "production rate",
      "output per line", "production target", "build plan",
    ],
    zh: ["日产量", "月产量", "年产量", "小时产量", "班产", "生产计划完成", "计划达成率", "产出量", "生产计划达成", "生产任务完成", "排产达成", "产量计划"],
  },
  {
    id: "cycle-time",
    label: { en: "cycle time and work in progress", zh: "生产周期" },
    en: [
      "production cycle time", "manufacturing cycle time", "process cycle time", "takt time", "manufacturing lead time", "production lead time", "dock to dock", "flow time", "value stream", "queue time in production", "lean flow", "order to ship",
    ],
    zh: ["生产周期", "节拍", "生产节拍", "制造周期", "生产提前期", "加工周期", "流转时间", "作业周期", "单件流"],
  },
  {
    id: "capacity-utilisation",
    label: { en: "capacity utilisation", zh: "产能利用" },
    en: [
      "capacity utilisation", "capacity utilization", "plant utilisation", "plant utilization", "spare capacity", "capacity usage",
      "idle capacity", "utilised capacity", "nameplate capacity", "production capacity", "capacity constraint", "capacity factor",
      "run at full capacity", "installed capacity",
    ],
    zh: ["产能利用率", "产能利用", "开工率", "产能", "闲置产能", "产能释放", "满负荷", "负荷率", "设计产能", "装机容量", "利用小时"],
  },
  // ── Supply chain & inventory ──────────────────────────────────────────────────────────────────────
  {
    id: "stock-outs",
    label: { en: "stock-outs and availability", zh: "缺货断货" },
    en: [
      "stockout", "stock out", "out of stock", "oos", "on shelf availability", "shelf availability", "product availability",
      "empty shelves", "in stock", "in stock rate", "gaps on shelf", "availability of stock", "stock availability", "lost sales from stockouts",
      "keep shelves full",
    ],
    zh: ["缺货", "断货", "缺货率", "有货率", "现货率", "货架满陈", "库存可得", "断供", "脱销", "货源充足"],
  },
  {
    id: "inventory-turns",
    label: { en: "inventory turns and stock levels", zh: "库存周转" },
    en: [
      "inventory turn", "inventory turnover", "stock turn", "stock turnover", "days of inventory", "days inventory outstanding", "dio",
      "inventory days", "days of supply", "weeks of cover", "stock cover", "excess inventory", "obsolete stock", "obsolete inventory",
      "slow moving stock", "inventory holding", "inventory level", "stock level", "stock holding", "lean inventory", "aged stock",
    ],
    zh: ["存货周转", "库存周转", "库存天数", "存货周转率", "呆滞库存", "呆滞物料", "库存积压", "库存金额", "库存水平", "高库存", "去库存", "库龄", "存货余额", "库存资金占用"],
  },
  {
    id: "supplier-performance",
    label: { en: "supplier performance", zh: "供应商绩效" },
    en: [
      "supplier on time", "supplier delivery", "supplier performance", "vendor performance", "supplier otif", "supplier quality",
      "supplier defect", "incoming quality", "supplier scorecard", "supplier reliability", "vendor rating", "supplier audit",
      "approved supplier", "supplier base", "resilient suppliers", "supplier risk",
    ],
    zh: ["供应商准时", "供应商交付", "供应商绩效", "供应商质量", "来料合格", "来料检验", "到货及时", "供应商评价", "供应商考核", "供方", "供应商管理", "来料不良", "合格供应商"],
  },
  {
    id: "procurement-savings",
    label: { en: "procurement savings", zh: "采购降本" },
    en: [
      "purchasing saving", "cost avoidance", "spend under management", "maverick spend",
      "sourcing saving", "competitive tender", "purchase price variance", "ppv", "centralised procurement", "procurement spend",
      "buy better", "addressable spend", "negotiated saving", "purchase cost",
    ],
    zh: ["采购降本", "集中采购", "集采", "招标采购", "采购成本", "公开招标", "采购价格", "阳光采购", "采购资金节约", "采购金额", "比价采购"],
  },
  {
    id: "supply-lead-time",
    label: { en: "order and supply lead time", zh: "交货周期" },
    en: [
      "order lead time", "replenishment lead time", "procurement lead time", "order to delivery", "order cycle time",
      "supply lead time", "delivery lead time", "purchase lead time", "time to replenish", "quoted lead time", "shorter lead time",
    ],
    zh: ["交货期", "交期", "采购周期", "订货周期", "供货周期", "到货周期", "订单周期", "备货周期", "补货周期", "订单交付周期"],
  },
  // ── Logistics (continued) ─────────────────────────────────────────────────────────────────────────
  {
    id: "damage-and-loss-in-transit",
    label: { en: "damaged and lost shipments", zh: "破损与丢件" },
    en: [
      "damaged parcel", "damage in transit", "lost parcel", "parcel loss", "damaged goods", "shipment damage", "breakage",
      "lost shipment", "missing parcel", "damage free", "damaged in transit", "lost item", "cargo damage", "goods damaged",
    ],
    zh: ["破损", "丢件", "破损率", "丢失率", "遗失", "快件丢失", "丢失件", "货物损坏", "错分"],
  },
  {
    id: "delivery-speed",
    label: { en: "delivery speed", zh: "配送时效" },
    en: [
      "delivery speed", "next day delivery", "same day delivery", "transit time", "time in transit", "delivered within", "click to door",
      "order to door", "faster delivery", "deliver faster", "speed of delivery", "express delivery", "delivery time",
    ],
    zh: ["配送时效", "送达时效", "物流时效", "快递时效", "时效达成", "寄递时效", "次日达", "当日达", "妥投", "妥投率", "全程时限", "寄递时限", "配送时长", "送货时间"],
  },
  {
    id: "service-point-coverage",
    label: { en: "outlet and service point coverage", zh: "网点覆盖" },
    en: [
      "service point", "pickup point", "pick up point", "parcel locker", "collection point", "branch network", "outlet coverage",
      "rural coverage", "access point", "post office network", "drop off point",
    ],
    zh: ["网点布局", "服务网点", "服务站", "快递进村", "村级服务站", "营业网点", "网点数量", "农村网点", "快递网点", "驿站", "自提点", "快递柜"],
  },
  {
    id: "passenger-ridership",
    label: { en: "ridership and travel mode share", zh: "客流与出行分担" },
    en: [
      "ridership", "patronage", "passenger journeys", "passenger numbers", "bus usage", "public transport use", "public transport usage",
      "modal share", "mode share", "modal shift", "active travel", "sustainable travel", "passenger volume", "passengers carried",
      "journeys made by bus", "cycling and walking",
    ],
    zh: ["客运量", "公交分担率", "公交出行", "绿色出行", "乘客量", "旅客发送量", "出行分担率", "日均客流", "旅客吞吐量", "公共交通出行", "旅客运输量"],
  },
  {
    id: "rail-operational-safety",
    label: { en: "rail and operational transport safety", zh: "行车安全" },
    en: [
      "signal passed at danger", "spad", "level crossing", "derailment", "track fault", "rail safety", "train accident",
      "railway safety", "operational safety incident", "platform train interface", "safe railway", "track defect",
    ],
    zh: ["行车安全", "铁路安全", "脱轨", "列车事故", "安全行车", "行车事故", "道口", "运营安全", "轨道交通运营安全"],
  },
  {
    id: "aviation-safety",
    label: { en: "flight safety", zh: "飞行安全" },
    en: [
      "flight safety", "aviation safety", "air safety", "safety occurrence", "runway incursion", "crew fatigue", "fatigue report",
      "fatigue risk", "crew rest", "rested crew", "rested and safe", "airworthiness", "bird strike", "flight data monitoring", "foqa",
      "safe flight",
    ],
    zh: ["飞行安全", "航空安全", "事故征候", "跑道侵入", "机组疲劳", "疲劳报告", "疲劳管理", "适航", "鸟击", "飞行品质监控", "安全飞行", "机组人员疲劳"],
  },
  // ── Construction & projects ───────────────────────────────────────────────────────────────────────
  {
    id: "project-schedule",
    label: { en: "project schedule and milestones", zh: "工期与进度" },
    en: [
      "schedule slippage", "slippage", "behind schedule", "ahead of schedule", "on schedule", "critical path", "schedule variance",
      "schedule performance index", "project delay", "delayed project", "programme delay", "key milestone",
      "milestones achieved", "milestone delivery", "completed on time", "project completion date", "build programme", "programme slippage",
      "projects on time", "delivered to programme",
    ],
    zh: ["工期", "按期完工", "工期延误", "关键节点", "节点完成", "里程碑", "进度计划", "工程进度", "项目进度", "按期竣工", "进度偏差", "工程按期", "进度滞后", "项目按期"],
  },
  {
    id: "project-cost-overrun",
    label: { en: "project cost overrun", zh: "工程造价控制" },
    en: [
      "over budget", "outturn cost", "final account",
      "cost to complete", "capex overrun", "project cost", "construction cost", "tender price", "contract variation", "change order",
      "construction budget",
    ],
    zh: ["超概算", "超预算", "投资控制", "概算", "决算", "造价控制", "工程造价", "成本超支", "投资超支", "工程结算", "变更签证", "结算审计", "估算"],
  },
  {
    id: "rework-and-snagging",
    label: { en: "rework and snagging", zh: "返工返修" },
    en: [
      "rework", "snag", "defects at handover", "defect liability", "latent defect", "punch list", "remedial work",
      "redo", "quality of workmanship", "build quality", "construction defect", "rework cost", "cost of poor quality", "copq",
    ],
    zh: ["返工", "返修", "缺陷整改", "一次验收合格", "验收合格率", "工程质量", "优良工程", "创优", "鲁班奖", "质量通病", "渗漏", "施工质量", "工程质量问题"],
  },
  {
    id: "project-handover",
    label: { en: "project completion and handover", zh: "竣工交付" },
    en: [
      "project handover", "handover to client", "handover date", "practical completion", "completion certificate", "homes handed over",
      "handed over", "project completion", "close out", "units completed", "homes completed", "plant commissioning",
    ],
    zh: ["竣工", "交付使用", "竣工验收", "交房", "投产", "按期投产", "并网投运", "投运", "建成投产", "交付验收", "完工交付", "如期交付"],
  },
  // ── Mining & agriculture ─────────────────────────────────────────────────────────────────────────
  {
    id: "mining-extraction",
    label: { en: "ore extraction and grade", zh: "采矿与品位" },
    en: [
      "ore", "ore grade", "head grade", "strip ratio", "tonnes mined", "material moved", "ore mined", "ore processed", "run of mine",
      "overburden", "waste rock", "metal recovery", "mill recovery", "reserve replacement", "mined", "mining rate", "ore reserve",
      "total material movement", "blasting", "haul truck",
    ],
    zh: ["矿石", "品位", "采矿", "剥采比", "出矿", "采剥", "选矿", "原煤产量", "原矿", "矿产", "储量", "回采率", "贫化率", "采出率", "精矿", "采掘", "剥离量", "煤炭产量"],
  },
  {
    id: "crop-yield",
    label: { en: "crop yield and grain output", zh: "粮食产量" },
    en: [
      "crop yield", "yield per hectare", "tonnes per hectare", "yield per acre", "bushels per acre", "harvest", "grain output",
      "crop production", "food production", "grain production", "crop loss", "harvested area", "planted area", "cereal yield",
      "food security",
    ],
    zh: ["粮食产量", "单产", "亩产", "粮食生产", "粮食安全", "播种面积", "稳产", "增产", "丰收", "作物产量", "粮食总产", "稳定粮食", "农作物", "夏粮", "秋粮"],
  },
  {
    id: "livestock-productivity",
    label: { en: "livestock and herd productivity", zh: "畜牧生产" },
    en: [
      "herd", "milk yield", "milk solids", "milk per cow", "litres per cow", "per cow", "liveweight gain", "daily weight gain",
      "lambing percentage", "calving", "calving interval", "feed conversion", "feed conversion ratio", "weaning weight",
      "piglets per sow", "flock",
    ],
    zh: ["奶牛", "产奶量", "生猪出栏", "出栏", "存栏", "母猪", "料肉比", "饲料转化", "日增重", "牛奶产量", "畜牧", "养殖效益", "繁殖率"],
  },
  {
    id: "animal-health",
    label: { en: "animal health and welfare", zh: "动物疫病与福利" },
    en: [
      "animal health", "animal welfare", "healthy animals", "herd health", "somatic cell count", "scc", "mastitis", "lameness",
      "animal disease", "livestock disease", "calf mortality", "antibiotic use in animals", "veterinary", "biosecurity", "bovine tb",
      "animals healthy",
    ],
    zh: ["动物疫病", "动物防疫", "兽药", "动物福利", "体细胞数", "乳房炎", "畜禽疫病", "非洲猪瘟", "禽流感", "防疫密度", "强制免疫", "畜禽健康", "生物安全"],
  },
  {
    id: "soil-and-farmland",
    label: { en: "soil health and farmland protection", zh: "耕地与土壤保护" },
    en: [
      "soil health", "soil organic matter", "soil organic carbon", "soil erosion", "soil carbon", "farmland", "arable land", "topsoil",
      "soil quality", "land degradation", "cultivated land", "soil compaction", "cover crop",
    ],
    zh: ["耕地", "土壤", "有机质", "耕地保护", "高标准农田", "黑土地", "耕地质量", "土壤污染", "水土流失", "土地退化", "永久基本农田", "耕地保有量", "盐碱地"],
  },
  {
    id: "farm-mechanisation",
    label: { en: "farm mechanisation", zh: "农业机械化" },
    en: [
      "farm mechanisation", "farm mechanization", "agricultural machinery", "mechanised farming", "precision agriculture",
      "precision farming", "tractor", "combine harvester", "farm automation", "agritech",
    ],
    zh: ["农业机械化", "机械化", "农机", "耕种收综合机械化", "机耕", "机收", "农机装备", "智慧农业", "无人农机", "农机作业"],
  },
  // ── Environment ───────────────────────────────────────────────────────────────────────────────────
  {
    id: "energy-efficiency",
    label: { en: "energy use and efficiency", zh: "能耗与节能" },
    en: [
      "energy intensity", "energy use intensity", "eui", "energy consumption", "energy use", "energy efficiency", "energy efficient",
      "energy saving", "kwh per", "energy per unit", "power consumption", "electricity consumption", "electricity use", "gas consumption",
      "specific energy consumption", "energy performance certificate", "epc rating", "energy bill", "energy waste",
    ],
    zh: ["能耗", "单位能耗", "综合能耗", "节能", "用电量", "能源消耗", "能效", "万元产值能耗", "电耗", "煤耗", "标煤", "能源利用效率", "节能降耗", "耗电"],
  },
  {
    id: "fuel-efficiency",
    label: { en: "fuel efficiency", zh: "油耗" },
    en: [
      "fuel burn", "fuel consumption", "fuel efficiency", "fuel efficient", "fuel per", "litres per 100", "miles per gallon", "mpg",
      "fuel economy", "fuel use", "fuel cost per", "sustainable aviation fuel", "fuel saving", "idling",
    ],
    zh: ["油耗", "单位油耗", "燃油效率", "燃油消耗", "吨公里油耗", "百公里油耗", "燃油", "节油", "航油", "可持续航空燃料", "耗油"],
  },
  {
    id: "carbon-emissions",
    label: { en: "carbon and greenhouse gas emissions", zh: "碳排放" },
    en: [
      "emission", "carbon emission", "co2", "carbon dioxide", "greenhouse gas", "ghg", "scope 1", "scope 2", "scope 3", "carbon footprint",
      "carbon intensity", "net zero", "decarbonise", "decarbonize", "decarbonisation", "decarbonization", "carbon neutral", "tco2e", "co2e",
      "low carbon", "carbon reduction", "climate change", "climate target", "science based target",
    ],
    zh: ["碳排放", "二氧化碳", "温室气体", "碳达峰", "碳中和", "双碳", "减排", "低碳", "碳足迹", "碳强度", "单位碳排放", "净零", "排放强度", "控碳", "降碳"],
  },
  {
    id: "waste-and-recycling",
    label: { en: "waste and recycling", zh: "废弃物与资源化" },
    en: [
      "waste to landfill", "landfill", "recycling", "recycle", "recycling rate", "waste diverted", "waste diversion",
      "household waste", "residual waste", "zero waste", "composting", "reuse", "circular economy", "waste generated", "waste reduction",
      "hazardous waste", "food waste", "packaging waste", "waste per", "diverted from landfill", "plastic waste",
    ],
    zh: ["垃圾分类", "回收利用", "资源化利用", "填埋", "固废", "固体废物", "危险废物", "危废", "生活垃圾", "废弃物", "循环经济", "无废", "综合利用率", "垃圾减量", "再生资源", "厨余垃圾"],
  },
  {
    id: "water-use",
    label: { en: "water use and efficiency", zh: "用水与节水" },
    en: [
      "water consumption", "water use", "water usage", "water withdrawal", "water efficiency", "water intensity", "water footprint",
      "water saving", "litres per head", "per capita consumption", "water recycled", "water stewardship", "water reuse", "water demand",
    ],
    zh: ["用水量", "耗水", "节水", "水耗", "单位用水", "水资源利用", "取水量", "万元产值用水", "水重复利用", "用水效率", "节约用水", "用水总量", "中水回用"],
  },
  {
    id: "air-quality",
    label: { en: "air quality", zh: "空气质量" },
    en: [
      "air quality", "air pollution", "clean air", "pm2.5", "pm10", "nitrogen dioxide", "no2", "nox", "sulphur dioxide", "so2",
      "particulate", "smog", "air quality index", "aqi", "pollutant emission", "clean air zone", "air pollutant",
    ],
    zh: ["空气质量", "大气污染", "优良天数", "细颗粒物", "雾霾", "重污染天", "二氧化硫", "氮氧化物", "蓝天", "大气环境", "颗粒物", "空气优良", "扬尘", "污染物排放"],
  },
  {
    id: "biodiversity-and-land",
    label: { en: "biodiversity, habitats and land restoration", zh: "生态保护与修复" },
    en: [
      "biodiversity", "habitat", "species", "biodiversity net gain", "tree planting", "woodland", "nature recovery",
      "wildlife", "land rehabilitation", "rehabilitated land", "rehabilitate", "disturbed land", "land restoration", "mine closure",
      "restore nature", "green space", "tree canopy", "protected area", "deforestation",
    ],
    zh: ["生物多样性", "生态修复", "植树造林", "森林覆盖率", "绿化覆盖率", "湿地", "栖息地", "物种", "生态保护", "土地复垦", "复垦", "绿地", "矿山修复", "生态红线", "造林", "植被恢复"],
  },
  {
    id: "pollution-incidents",
    label: { en: "environmental incidents and compliance", zh: "环境事件与环保达标" },
    en: [
      "environmental incident", "pollution incident", "environmental breach", "permit breach", "environmental permit", "environmental compliance",
      "discharge consent", "oil spill", "chemical spill", "environmental prosecution", "environmental complaint", "noise complaint",
    ],
    zh: ["环境事件", "环保事件", "突发环境", "环境违法", "环保处罚", "达标排放", "排污许可", "环保达标", "环保督察", "污染事故", "超标排放", "环境风险"],
  },
  // ── Health & safety at work ───────────────────────────────────────────────────────────────────────
  {
    id: "workplace-injuries",
    label: { en: "workplace injuries and fatalities", zh: "生产安全事故" },
    en: [
      "ltifr", "lost time injury", "lti", "trifr", "total recordable injury", "recordable injury", "trir", "workplace injury",
      "work related injury", "injury frequency", "injury free", "accident at work", "workplace accident", "riddor", "reportable injury",
      "zero harm", "harm to our people", "occupational injury", "fatality", "fatal accident", "fatal incident",
      "serious injury", "sif", "occupational illness",
    ],
    zh: ["工伤", "损失工时", "百万工时", "可记录事故", "职业伤害", "工伤事故", "伤害率", "零伤害", "亡人事故", "死亡事故", "重伤事故", "生产安全事故", "安全生产", "较大事故", "重特大事故", "职业病", "安全事故", "零死亡"],
  },
  {
    id: "safety-culture",
    label: { en: "near misses, hazards and safety training", zh: "隐患排查与安全培训" },
    en: [
      "near miss", "hazard report", "hazard observation", "safety observation", "unsafe act", "unsafe condition",
      "safety walk", "safety inspection", "safety audit", "safety training", "toolbox talk", "safety culture", "safety leadership",
      "permit to work", "risk assessment completed", "stop work", "safety behaviour", "leading indicator",
    ],
    zh: ["未遂事件", "险肇", "隐患排查", "隐患整改", "安全隐患", "事故隐患", "安全培训", "安全检查", "安全文化", "三违", "违章", "安全教育", "安全观察", "风险分级管控", "安全巡查"],
  },
  {
    id: "fire-safety",
    label: { en: "fire safety", zh: "消防安全" },
    en: [
      "fire safety", "fire risk assessment", "fire alarm", "fire incident", "dwelling fire", "accidental fire", "deliberate fire",
      "fire death", "fire door", "sprinkler", "fire prevention", "home fire safety", "fire drill", "fire extinguisher",
    ],
    zh: ["消防", "火灾", "消防设施", "消防安全", "火情", "火警", "消防隐患", "防火", "消防通道", "喷淋", "灭火器", "消防演练"],
  },
  // ── Public services ───────────────────────────────────────────────────────────────────────────────
  {
    id: "emergency-response",
    label: { en: "emergency response times", zh: "应急响应" },
    en: [
      "emergency response", "ambulance response", "category 1 response", "call to arrival", "fire response time", "police response time",
      "attend emergencies", "emergency call", "999 call", "911 call", "time to scene", "first responder", "emergency attendance",
      "response to emergencies", "arrive within", "ambulance handover", "emergency services", "rapid response",
    ],
    zh: ["应急响应", "急救", "到达现场", "出警", "出警时间", "接警", "急救反应", "救护车", "应急处置", "应急救援", "抢修到达", "故障抢修", "快速反应", "响应时间达标"],
  },
  {
    id: "crime",
    label: { en: "crime and community safety", zh: "社会治安" },
    en: [
      "crime", "recorded crime", "burglary", "violent crime", "anti social behaviour", "anti-social behavior", "asb", "offence",
      "knife crime", "victim", "victims of crime", "solved crime", "charge rate", "feel safe", "fear of crime", "community safety",
      "safer streets", "safer neighbourhood", "policing", "crime rate",
    ],
    zh: ["刑事案件", "治安", "犯罪率", "刑事犯罪", "盗窃", "破案率", "发案", "警情", "社会治安", "平安建设", "命案", "治安案件", "群众安全感", "安全感", "小区安全", "社区安全", "违法犯罪"],
  },
  {
    id: "reoffending",
    label: { en: "reoffending", zh: "重新犯罪" },
    en: [
      "reoffending", "re-offending", "recidivism", "proven reoffending", "desistance", "probation", "offender", "ex-offender",
      "offender rehabilitation", "repeat offending", "prison leaver", "resettlement",
    ],
    zh: ["重新犯罪", "再犯罪", "累犯", "社区矫正", "刑满释放", "安置帮教", "矫正对象", "重犯率", "再犯率", "服刑人员", "矫治"],
  },
  {
    id: "social-stability",
    label: { en: "petitions and dispute resolution", zh: "信访与矛盾化解" },
    en: [
      "petition", "dispute resolution", "mediation", "social cohesion", "community cohesion", "community tension",
      "neighbour dispute", "mass incident", "civil unrest", "social stability",
    ],
    zh: ["信访案件", "信访事项", "信访化解", "矛盾纠纷", "社会稳定", "和谐稳定", "群体性事件", "维稳", "矛盾化解", "纠纷化解", "人民调解", "调解成功", "信访积案", "越级上访", "上访", "纠纷调处"],
  },
  {
    id: "benefits-processing",
    label: { en: "benefits and welfare payments", zh: "社会救助与待遇发放" },
    en: [
      "benefit claim", "benefits processing", "housing benefit", "council tax support", "council tax reduction", "new claims processed",
      "change of circumstances", "universal credit", "benefit payment", "welfare payment", "pension payment",
      "social assistance", "welfare support", "benefit entitlement",
    ],
    zh: ["低保", "社会救助", "最低生活保障", "补贴发放", "待遇发放", "养老金发放", "社保待遇", "临时救助", "特困", "兜底保障", "社会保障", "民生保障"],
  },
  {
    id: "housing-repairs",
    label: { en: "housing repairs and home condition", zh: "房屋维修" },
    en: [
      "housing repair", "repairs completed", "responsive repair", "emergency repair", "repair on first visit", "damp and mould",
      "damp and mold", "decent homes", "decent home standard", "non decent", "repairs backlog", "repair appointment", "tenant repair",
      "home repair", "repairs within target", "condition of homes", "housing condition", "gas servicing",
    ],
    zh: ["房屋维修", "报修", "维修响应", "物业报修", "房屋修缮", "住房维修", "维修及时率", "老旧小区改造", "危房", "房屋安全", "公共维修", "维修工单"],
  },
  {
    id: "homelessness",
    label: { en: "homelessness and rough sleeping", zh: "流浪与临时安置" },
    en: [
      "homelessness", "homeless", "rough sleeping", "temporary accommodation", "homelessness prevention",
      "prevent homelessness", "bed and breakfast accommodation", "end rough sleeping", "households in temporary accommodation",
      "street homelessness", "housing first",
    ],
    zh: ["无家可归", "流浪", "流浪乞讨", "露宿", "临时安置", "生活无着", "救助站", "街头露宿", "临时住所", "安置率"],
  },
  {
    id: "affordable-housing",
    label: { en: "affordable housing supply", zh: "住房保障" },
    en: [
      "affordable home", "affordable housing", "social housing", "council home", "new homes built", "housing supply", "housing completions",
      "net additional dwellings", "homes delivered", "housing target", "housing delivery", "social rent", "shared ownership",
    ],
    zh: ["保障性住房", "保障房", "公租房", "棚户区改造", "棚改", "安居工程", "住房保障", "人才公寓", "租赁住房", "共有产权房", "安置房", "住房供应"],
  },
  {
    id: "planning-decisions",
    label: { en: "planning and permit decisions", zh: "规划审批" },
    en: [
      "planning application", "planning decision", "major applications", "minor applications", "determined within", "planning appeal",
      "planning permission", "building control", "local plan", "planning performance", "permit decision", "applications determined",
      "building permit",
    ],
    zh: ["规划审批", "施工许可", "工程建设项目审批", "用地审批", "规划许可", "审批时限", "审批时间", "项目审批", "审批事项", "规划核实", "并联审批"],
  },
  {
    id: "business-environment",
    label: { en: "business environment and red tape", zh: "营商环境" },
    en: [
      "doing business ranking", "business environment", "starting a business", "business registration", "red tape", "regulatory burden",
      "business friendly", "time to start a business", "company registration", "business licence", "licensing decision",
    ],
    zh: ["营商环境", "企业开办", "开办企业", "开办时间", "涉企", "市场主体", "准入", "证照", "放管服", "优化营商", "惠企", "企业办事"],
  },
  {
    id: "e-government",
    label: { en: "government services online and one-stop", zh: "政务服务" },
    en: [
      "e-government", "online government services", "digital public services", "channel shift", "digital by default",
      "online transactions with the council", "one stop shop", "citizen portal", "transactions completed online", "gov.uk",
    ],
    zh: ["政务服务", "一件事", "网上办", "办件", "好差评", "跨省通办", "全程网办", "办事效率"],
  },
  {
    id: "council-complaints",
    label: { en: "public complaints, hotlines and ombudsman", zh: "市民诉求与热线" },
    en: [
      "local government ombudsman", "housing ombudsman", "stage 1 complaint", "stage 2 complaint", "member enquiries",
      "mp enquiries", "councillor enquiries", "freedom of information", "foi request", "subject access request", "citizen enquiries",
    ],
    zh: ["市民热线", "政务热线", "接诉即办", "群众诉求", "诉求办理", "热线工单", "民意", "市民诉求", "未诉先办", "群众反映"],
  },
  {
    id: "library-leisure-culture",
    label: { en: "library, leisure and culture use", zh: "公共文化与健身" },
    en: [
      "library visits", "library loans", "library", "book issues", "leisure centre", "leisure visits", "sports participation",
      "physical activity", "active lives", "museum visits", "cultural participation", "swimming", "gym membership", "parks",
      "sport and leisure", "arts participation",
    ],
    zh: ["图书馆", "借阅", "文化馆", "全民健身", "体育场馆", "公共文化", "博物馆", "健身设施", "文化活动", "公共体育", "群众体育", "文化惠民", "体育人口"],
  },
  {
    id: "street-cleanliness",
    label: { en: "street cleanliness", zh: "市容环境卫生" },
    en: [
      "street cleanliness", "litter", "graffiti", "fly tipping", "street cleansing", "clean streets", "dog fouling",
      "clean neighbourhood", "littering", "abandoned vehicle",
    ],
    zh: ["环境卫生", "市容", "保洁", "清扫", "市容环境", "村容村貌", "城市管理", "环卫", "脏乱差", "乱扔", "乱堆乱放"],
  },
  {
    id: "road-condition",
    label: { en: "road and highway condition", zh: "道路养护" },
    en: [
      "pothole", "road condition", "carriageway", "resurfacing", "highway defect", "highway maintenance", "road maintenance",
      "footway condition", "principal roads", "road repair", "street lighting", "bridge condition",
    ],
    zh: ["道路完好率", "路面", "坑槽", "道路养护", "公路养护", "路况", "优良路率", "路灯", "桥梁", "道路维修", "公路技术状况"],
  },
  {
    id: "rural-living-environment",
    label: { en: "rural living environment and sanitation", zh: "农村人居环境" },
    en: [
      "sanitation", "toilet", "sanitary toilet", "open defecation", "rural sanitation", "village environment",
      "living environment", "access to sanitation", "safely managed sanitation", "basic sanitation",
    ],
    zh: ["人居环境", "卫生厕所", "改厕", "厕所革命", "农村生活污水", "农村垃圾", "美丽乡村", "和美乡村", "村庄整治", "户厕", "无害化卫生厕所", "农村环境"],
  },
  {
    id: "social-care",
    label: { en: "adult social care and elderly care", zh: "养老服务" },
    en: [
      "social care", "adult social care", "care home", "home care", "domiciliary care", "reablement", "care package", "care assessment",
      "older people", "elderly care", "residential care", "carers", "delayed transfer of care", "independent living", "aged care",
    ],
    zh: ["养老服务", "养老机构", "居家养老", "社区养老", "护理型床位", "养老床位", "失能老人", "老年人照护", "长期护理", "适老化", "老年助餐", "敬老"],
  },
  {
    id: "child-protection",
    label: { en: "children's social care and protection", zh: "儿童保护" },
    en: [
      "child protection", "looked after children", "children in care", "care leavers", "safeguarding children", "child protection plan",
      "children's social care", "foster care", "fostering", "child safeguarding", "early help",
    ],
    zh: ["未成年人保护", "儿童福利", "留守儿童", "困境儿童", "儿童保护", "孤儿", "收养", "寄养", "儿童关爱", "未成年人"],
  },
  // ── Health care ───────────────────────────────────────────────────────────────────────────────────
  {
    id: "waiting-times",
    label: { en: "waiting times for care", zh: "看病等候" },
    en: [
      "waiting list", "waiting time", "referral to treatment", "rtt", "18 week", "four hour", "4 hour standard", "a&e",
      "emergency department wait", "time to treatment", "cancer waiting time", "elective backlog", "long wait", "52 week wait",
      "diagnostic wait", "seen within", "treated within", "gp appointment", "trolley wait", "waiting for treatment",
    ],
    zh: ["候诊", "等候时间", "候诊时间", "预约等待", "住院等待", "手术等待", "排队等候", "挂号等候", "等待时长", "预约诊疗", "就诊等待", "看病难", "平均等候"],
  },
  {
    id: "hospital-readmissions",
    label: { en: "readmissions", zh: "再入院" },
    en: [
      "readmission", "readmitted", "emergency readmission", "30 day readmission", "re-admission", "return to hospital",
      "unplanned readmission", "avoidable admission", "avoidable readmission", "unplanned return to theatre",
    ],
    zh: ["再入院", "非计划再入院", "再住院", "重复入院", "非计划重返", "重返手术室", "31天再住院", "出院后再入院", "再入院率"],
  },
  {
    id: "healthcare-infections",
    label: { en: "healthcare associated infections", zh: "医院感染" },
    en: [
      "healthcare associated infection", "hospital acquired infection", "hcai", "mrsa", "c difficile", "clostridium difficile",
      "surgical site infection", "central line infection", "clabsi", "cauti", "infection control", "infection prevention", "hand hygiene",
      "sepsis", "e coli bacteraemia", "bloodstream infection",
    ],
    zh: ["院感", "医院感染", "院内感染", "医院感染率", "手术部位感染", "手卫生", "感染控制", "感控", "导管相关感染", "多重耐药", "医源性感染", "感染发生率"],
  },
  {
    id: "mortality",
    label: { en: "mortality and survival", zh: "死亡率与生存" },
    en: [
      "mortality", "hospital mortality", "hsmr", "shmi", "standardised mortality", "deaths in hospital", "avoidable death",
      "preventable death", "survival rate", "death rate", "30 day mortality", "in hospital mortality", "maternal mortality",
      "infant mortality", "life expectancy", "premature death", "premature mortality", "amenable mortality",
    ],
    zh: ["住院死亡率", "病死率", "孕产妇死亡", "婴儿死亡", "新生儿死亡", "患者死亡", "手术死亡", "医院死亡", "生存率", "存活率", "预期寿命", "人均预期寿命", "早死", "过早死亡"],
  },
  {
    id: "bed-and-theatre-use",
    label: { en: "bed occupancy and patient flow", zh: "床位与手术室使用" },
    en: [
      "bed occupancy", "bed days", "length of stay", "average length of stay", "alos", "delayed discharge", "bed blocking",
      "patient flow", "theatre utilisation", "theatre utilization", "theatre productivity", "beds and theatres", "bed capacity",
      "stranded patient", "discharge before noon", "bed turnover", "operating theatre", "theatre session",
    ],
    zh: ["床位使用率", "床位周转", "平均住院日", "住院天数", "床位利用", "病床使用率", "手术室利用", "床位数", "住院日", "病床周转", "手术台次", "日间手术", "床日"],
  },
  {
    id: "vaccination",
    label: { en: "vaccination coverage", zh: "疫苗接种" },
    en: [
      "vaccination", "vaccine", "immunisation", "immunization", "vaccinated", "mmr", "flu jab", "flu vaccine",
      "vaccine uptake", "preventable disease", "vaccine preventable", "childhood immunisation", "hpv vaccine", "booster dose", "dtap",
    ],
    zh: ["疫苗", "接种", "免疫规划", "接种率", "预防接种", "疫苗接种", "免疫接种", "可预防疾病", "计划免疫", "加强针", "预防性疾病"],
  },
  {
    id: "outbreaks",
    label: { en: "outbreaks and communicable disease", zh: "传染病与疫情防控" },
    en: [
      "outbreak", "epidemic", "communicable disease", "infectious disease", "disease surveillance", "contact tracing", "notifiable disease",
      "pandemic", "tuberculosis", "sexually transmitted infection", "hiv", "outbreak response",
    ],
    zh: ["传染病", "疫情", "突发公共卫生", "疫情防控", "流行病", "暴发", "聚集性疫情", "结核病", "艾滋病", "疾病监测", "传染病报告", "疫情处置"],
  },
  {
    id: "patient-safety",
    label: { en: "patient safety and harm", zh: "患者安全" },
    en: [
      "patient safety", "patient harm", "harm free", "harm free care", "never event", "patient safety incident", "patient fall",
      "inpatient fall", "falls with harm", "falls prevention", "pressure ulcer", "pressure sore", "pressure injury",
      "medication error", "prescribing error", "dispensing error", "drug error", "adverse drug event", "safe from harm", "avoidable harm",
      "clinical incident", "wrong site surgery",
    ],
    zh: ["患者安全", "跌倒", "坠床", "压疮", "压力性损伤", "用药错误", "给药错误", "医疗差错", "医疗事故", "用药安全", "医疗安全", "患者伤害", "非计划拔管", "医疗不良事件", "医疗纠纷", "处方差错"],
  },
  {
    id: "screening",
    label: { en: "screening and early diagnosis", zh: "筛查与早诊" },
    en: [
      "cancer screening", "screening coverage", "screening uptake", "breast screening", "cervical screening", "bowel screening",
      "early diagnosis", "diagnosed early", "health check", "early detection", "stage at diagnosis", "screening programme",
    ],
    zh: ["筛查", "早诊早治", "癌症筛查", "早期诊断", "早筛", "两癌筛查", "健康体检", "早发现", "筛查覆盖", "检出率"],
  },
  {
    id: "smoking-and-obesity",
    label: { en: "smoking and obesity", zh: "控烟与体重" },
    en: [
      "smoking", "smoking prevalence", "stop smoking", "quit smoking", "tobacco", "smoke free", "vaping", "obesity", "obese",
      "overweight", "healthy weight", "bmi", "child obesity", "excess weight",
    ],
    zh: ["吸烟", "控烟", "戒烟", "烟草", "吸烟率", "无烟", "肥胖", "超重", "体重管理", "肥胖率", "健康体重"],
  },
  {
    id: "maternity",
    label: { en: "maternity outcomes", zh: "妇幼健康" },
    en: [
      "maternity", "stillbirth", "neonatal death", "low birth weight", "antenatal", "postnatal", "breastfeeding", "caesarean",
      "birth outcomes", "safer births",
    ],
    zh: ["孕产妇", "新生儿", "妇幼", "产前检查", "母乳喂养", "剖宫产", "出生缺陷", "低出生体重", "孕产期", "住院分娩"],
  },
  {
    id: "mental-health-services",
    label: { en: "mental health services", zh: "精神卫生" },
    en: [
      "mental health", "talking therapies", "iapt", "psychological therapy", "crisis team", "suicide", "self harm", "mental illness",
      "early intervention in psychosis", "out of area placement", "dementia diagnosis",
    ],
    zh: ["精神卫生", "精神障碍", "严重精神障碍", "自杀", "心理咨询", "心理危机", "抑郁", "精神疾病", "心理援助"],
  },
  // ── IT operations ─────────────────────────────────────────────────────────────────────────────────
  {
    id: "system-availability",
    label: { en: "system availability", zh: "系统可用性" },
    en: [
      "system availability", "service availability", "system uptime", "platform availability", "platform reliability",
      "reliable platform", "system downtime", "service downtime", "it downtime", "system outage", "service outage", "it outage",
      "application outage", "platform outage", "website availability", "application availability", "error budget", "site reliability",
      "keep systems running", "systems up", "five nines", "platform stability", "system stability",
    ],
    zh: ["系统可用", "服务可用率", "平台可用", "宕机", "系统稳定", "系统停机", "系统中断", "在线率", "网站可用", "平台稳定", "系统可靠", "业务中断", "服务中断", "系统运行稳定"],
  },
  {
    id: "incident-resolution",
    label: { en: "IT incidents and time to restore", zh: "故障处置与恢复" },
    en: [
      "p1 incident", "priority 1 incident", "major incident", "sev1", "severity 1", "mttr", "mean time to restore", "mean time to recover",
      "mean time to resolve", "time to restore service", "mean time to detect", "mttd", "incident resolution", "it incident",
      "production incident", "restore service", "fast recovery", "incident count",
    ],
    zh: ["故障恢复", "平均修复时间", "故障处理时长", "重大故障", "故障响应", "生产事件", "系统故障", "故障工单", "故障定位", "故障处理", "故障率", "恢复时间", "重大事件"],
  },
  {
    id: "cyber-security",
    label: { en: "cyber security incidents and vulnerabilities", zh: "网络与信息安全" },
    en: [
      "security incident", "cyber attack", "cyber incident", "data breach", "phishing", "ransomware", "malware", "cyber security",
      "cybersecurity", "information security", "vulnerability", "patching", "patch compliance", "unpatched",
      "penetration test", "critical vulnerability", "mean time to patch", "data leak", "cyber resilience", "secure our systems",
      "iso 27001", "access review", "privileged access",
    ],
    zh: ["网络安全", "信息安全", "数据安全", "安全漏洞", "高危漏洞", "漏洞修复", "网络攻击", "数据泄露", "勒索病毒", "等级保护", "等保", "补丁", "钓鱼邮件", "安全事件", "病毒防护", "网络安全事件"],
  },
  {
    id: "backup-and-recovery",
    label: { en: "backup and disaster recovery", zh: "备份与灾备" },
    en: [
      "backup", "backup success", "restore test", "disaster recovery", "dr test", "recovery time objective", "rto",
      "recovery point objective", "business continuity", "failover", "resilience test", "data recovery", "backup completed",
    ],
    zh: ["备份", "灾备", "容灾", "数据备份", "恢复演练", "业务连续性", "灾难恢复", "灾备演练", "异地备份", "备份成功率", "切换演练"],
  },
  {
    id: "service-desk",
    label: { en: "IT service desk", zh: "IT服务台" },
    en: [
      "service desk", "help desk", "helpdesk", "it ticket", "it support", "service request",
      "password reset", "support ticket", "tickets resolved", "desktop support", "user support",
    ],
    zh: ["服务台", "运维工单", "帮助台", "桌面支持", "桌面运维", "运维服务", "信息化运维", "运维响应", "报障"],
  },
];
