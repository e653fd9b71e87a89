/**
 * Topics of service-industry subjects: narrow measurable subjects of consumer, leisure, finance, media
 * and professional sectors (full-price sell-through, cinema admissions, 续卡, season tickets, lockup,
 * PAR30, wellness plans, 托位, 接驾 …) and the many words KPIs and strategy objectives use for each, in
 * English and Chinese. It adds to topics.operations.ts and topics.commercial.ts (and topics.industry.ts)
 * subjects those files cover thinly or not at all; lexicon/topics.ts looks every term up in a KPI's
 * text and in each objective's text, and a KPI and an objective that name the same topic are linked
 * (strength 3) even when they share no word ("Markdown rate" and "Sell more at full price", "季票续订率"
 * and "提高主场上座率").
 *
 * Rules kept here, as in the other files: English terms are lower case and matched as whole words after
 * light stemming (match/stem.ts), so generic words never stand alone and ambiguous words ("seat",
 * "coach", "recall", "placement") appear only inside phrases; Chinese terms are 2+ characters and
 * matched as substrings, so none is a fragment of a common unrelated word ("种植牙", not "种植"; "牙齿矫正",
 * not "矫正"); each term belongs to one topic only, across all topic files. Precision matters more than
 * recall: a wrong term links unrelated KPIs and objectives.
 *
 * Sources: written by us from public KPI lists and glossaries of the sectors named (fashion and
 * e-commerce retail, cinema, live events and attractions, fitness and sports clubs, streaming and games,
 * publishing, law, accounting and recruitment firms, wealth management and microfinance, veterinary,
 * dental and childcare practices, ride-hailing, travel, airlines and airports, restaurants, property and
 * facility services, charities and community organisations); no text copied.
 */
import type { TopicGroup } from "./lexiconTypes";

export const SERVICES_TOPICS: readonly TopicGroup[] = [
  // ── Fashion and specialist retail ────────────────────────────────────────────────────────────────
  {
    id: "full-price-sell-through",
    label: { en: "full-price sales and markdowns", zh: "正价销售与清货" },
    en: ["full price", "full price sales", "full price sell through", "sold at full price", "full price mix", "markdown rate", "markdown depth", "markdown spend", "markdown cost", "clearance stock", "clearance sales", "end of season sale", "season sell through", "sell through at full price", "promotional depth", "discounted sales share", "sell more at full price", "first price sell through", "reduce markdowns"],
    zh: ["正价销售", "正价售罄", "正价率", "正价商品", "正价占比", "折扣销售占比", "降价促销", "清仓", "季末清货", "过季库存", "过季货品", "过季商品", "尾货", "新品售罄", "当季售罄", "折扣深度", "打折销售", "减少打折"],
  },
  {
    id: "size-and-range-availability",
    label: { en: "size and range availability", zh: "尺码与款式齐全" },
    en: ["size availability", "size curve", "broken sizes", "broken size runs", "size run", "full size range", "sizes in stock", "core size availability", "range availability", "option availability", "right size in stock", "size ratio", "size integrity"],
    zh: ["断码", "断码率", "尺码齐全", "齐码率", "尺码", "尺码配比", "缺码", "全码", "款式齐全", "核心尺码", "尺码可得", "齐色齐码"],
  },
  {
    id: "private-label",
    label: { en: "own-brand and private-label sales", zh: "自有品牌" },
    en: ["own brand", "own brand sales", "own label", "private label", "private label share", "private brand", "store brand", "house brand", "exclusive brands", "own brand penetration", "own brand participation"],
    zh: ["自有品牌", "自营品牌", "自有品牌占比", "自有品牌销售", "贴牌", "自主品牌", "独家品牌", "自有商品", "私有品牌"],
  },
  {
    id: "store-openings-franchise",
    label: { en: "store openings and franchising", zh: "开店与加盟" },
    en: ["store openings", "new store openings", "restaurant openings", "new restaurants opened", "new sites opened", "site openings", "store roll out", "store rollout", "franchisee", "franchise partners", "franchise fees", "franchise royalties", "franchised stores", "system sales", "net new units", "unit growth", "store count", "estate expansion"],
    zh: ["新开门店", "开店数", "开店", "新店", "门店拓展", "门店数量", "门店扩张", "加盟店", "加盟商", "加盟费", "特许加盟", "拓店", "直营店", "门店网络", "新店开业"],
  },
  {
    id: "marketplace-sellers",
    label: { en: "marketplace sellers and merchants", zh: "平台商家" },
    en: ["active sellers", "marketplace sellers", "third party sellers", "seller retention", "seller churn", "seller onboarding", "merchants onboarded", "active merchants", "merchant retention", "merchant churn", "merchant acquisition", "merchant base", "seller base", "take rate", "commission take rate"],
    zh: ["商家", "入驻商家", "活跃商家", "商家留存", "商家流失", "卖家", "商户数", "活跃商户", "入驻商户", "商户拓展", "动销商家", "抽佣率", "平台佣金率", "商家入驻"],
  },
  // ── Cinemas, live events and attractions ─────────────────────────────────────────────────────────
  {
    id: "cinema-admissions",
    label: { en: "cinema admissions and seat fill", zh: "观影人次与场次上座" },
    en: ["cinema admissions", "admissions per screen", "admissions per site", "screen occupancy", "seat occupancy at screenings", "cinema seats", "fill more seats", "fill seats", "seats filled", "attendance per screening", "screen average", "site admissions", "cinemagoers", "moviegoers", "film audiences"],
    zh: ["场均人次", "单银幕", "银幕产出", "排片", "排片率", "场次上座", "影院上座率", "观影人数", "影院观众", "影院人次", "单厅产出", "单厅人次", "放映场次", "黄金场"],
  },
  {
    id: "concessions-spend",
    label: { en: "concessions and food-and-beverage spend", zh: "卖品与餐饮消费" },
    en: ["concession spend", "concessions per head", "spend per head at concessions", "food and beverage spend", "f&b spend", "f&b per head", "food and beverage per head", "snack sales", "popcorn", "concession penetration", "bar spend per head", "catering spend per visitor", "secondary spend"],
    zh: ["卖品", "卖品收入", "卖品人均", "卖品渗透率", "卖品销售", "爆米花", "小吃饮料", "餐饮卖品", "人均卖品", "二次消费", "园内消费", "餐饮零售收入"],
  },
  {
    id: "event-ticketing",
    label: { en: "ticket sales and sell-outs", zh: "票务与售罄" },
    en: ["sold out", "sold out shows", "sold out performances", "tickets sold per show", "ticket yield", "average ticket price", "ticket revenue", "ticketing income", "advance ticket sales", "paid attendance", "house capacity", "performances staged", "shows staged", "ticket allocation sold"],
    zh: ["售票率", "售罄场次", "门票售罄", "演出场次", "场均票房", "门票销售", "售票收入", "票务收入", "演出上座", "平均票价", "票价收入", "演出观众", "演出收入", "满场"],
  },
  {
    id: "attraction-rides",
    label: { en: "rides, queues and passes at attractions", zh: "游乐项目与年卡" },
    en: ["ride availability", "ride uptime", "ride downtime", "attraction uptime", "queue times for rides", "ride queue", "ride wait times", "rides per guest", "season pass", "annual pass", "annual passholders", "passholders", "fast pass", "rides operating", "theme park"],
    zh: ["游乐项目", "游乐设备", "设备开放率", "项目开放率", "年卡", "年票", "园区排队", "项目排队", "快速通行", "人均游玩项目", "游乐园", "主题公园"],
  },
  {
    id: "visitor-experience",
    label: { en: "visitor experience at venues and attractions", zh: "游客与观众体验" },
    en: ["visitor satisfaction", "visitor experience", "visitor feedback", "visitor rating", "memorable experience", "memorable visit", "enjoyable visit", "great day out", "audience satisfaction", "audience experience", "fan experience", "matchday experience", "night at the cinema", "moviegoing experience", "would visit again"],
    zh: ["游客满意", "观众满意", "游览体验", "参观体验", "观展体验", "观影体验", "游客体验", "观众体验", "观赛体验", "游玩体验", "参观满意", "入园体验"],
  },
  {
    id: "collection-care",
    label: { en: "museum collection care", zh: "藏品保护" },
    en: ["collection care", "care for the collection", "conservation backlog", "objects conserved", "objects treated", "collection condition", "collections in good condition", "items catalogued", "collection documented", "collections digitised", "collections digitized", "objects on display", "collection storage", "conservation work"],
    zh: ["藏品", "藏品保护", "文物修复", "待修复", "馆藏", "藏品数字化", "文物保护", "藏品登记", "文物数字化", "藏品研究", "修复文物", "预防性保护", "文物藏品"],
  },
  {
    id: "cultural-merchandise",
    label: { en: "shop, licensing and self-generated income at venues", zh: "文创与自营收入" },
    en: ["self generated income", "earned income", "museum shop", "gift shop", "retail and catering income", "merchandise sales", "merchandise income", "retail income per visitor", "brand licensing", "venue hire", "venue hire income", "commercial trading income", "shirt sales", "kit sales"],
    zh: ["文创", "文创产品", "文创收入", "文创商店", "衍生品", "授权收入", "品牌授权", "周边商品", "场地租赁收入", "自营收入", "经营性收入", "球衣销售", "纪念品"],
  },
  {
    id: "events-and-banqueting",
    label: { en: "meetings, events and banqueting", zh: "会议宴会" },
    en: ["banqueting", "conference and banqueting", "meetings and events", "event bookings", "function room", "function room utilisation", "wedding bookings", "weddings hosted", "conference bookings", "delegate days", "day delegate rate", "events hosted", "corporate events"],
    zh: ["宴会", "宴会厅", "会议接待", "婚宴", "会展", "会议室出租", "会议收入", "宴会收入", "会展收入", "承办会议"],
  },
  // ── Fitness and sports clubs ──────────────────────────────────────────────────────────────────────
  {
    id: "member-retention-visits",
    label: { en: "member retention and visits at clubs", zh: "会员续卡与到店" },
    en: ["member retention", "retain members", "member attrition", "member churn", "membership cancellations", "membership renewals", "members coming back", "keep members", "club visits", "gym visits", "visits per member", "member visits", "member usage", "workouts per member", "check ins per member", "fitness class attendance", "class bookings", "member engagement", "lapsed members"],
    zh: ["续卡", "续卡率", "会员留存", "会员流失", "会员续费", "到店率", "到店频次", "到店活跃", "训练次数", "健身频次", "周训练", "会员活跃", "人均到店", "团课出勤", "会员到店", "退卡"],
  },
  {
    id: "personal-training",
    label: { en: "personal training and coached sessions", zh: "私教课" },
    en: ["personal training", "pt sessions", "personal training sessions", "personal training revenue", "pt revenue", "pt packages", "coached sessions", "small group training", "pt penetration", "sessions per trainer", "sessions consumed"],
    zh: ["私教", "私教课", "消课", "消课率", "课时消耗", "私教收入", "私教渗透率", "课包", "教练课时", "团课", "私教课时", "耗课"],
  },
  {
    id: "coaching-workforce",
    label: { en: "coaches and instructors", zh: "教练队伍" },
    en: ["great coaches", "fitness coaches", "fitness instructors", "coaching team", "coach retention", "coach turnover", "coach quality", "qualified coaches", "trainer retention", "instructor retention", "qualified instructors", "coach certification", "coaching staff"],
    zh: ["教练团队", "教练员", "持证教练", "教练流失", "教练培训", "教练队伍", "金牌教练", "教练", "专业教练", "健身教练", "教练留存", "教练资质"],
  },
  {
    id: "matchday-attendance",
    label: { en: "season tickets and match-day attendance", zh: "季票与主场上座" },
    en: ["season ticket", "season ticket holders", "season ticket renewal", "season ticket sales", "match day attendance", "matchday attendance", "home attendance", "average home attendance", "stadium capacity", "fill the stadium", "full stadium", "sell out the stadium", "stadium utilisation", "home crowd", "gate receipts", "matchday revenue", "match day revenue", "crowd numbers", "attendance at matches"],
    zh: ["季票", "季票续订", "季票持有", "主场上座", "主场观众", "现场观众", "场均观众", "比赛日", "球票", "球迷到场", "上座人数", "观赛人数", "主场票房", "比赛日收入"],
  },
  {
    id: "sporting-results",
    label: { en: "league position and sporting results", zh: "联赛成绩" },
    en: ["league position", "league finish", "finishing position", "final league position", "points per game", "trophies", "win trophies", "compete for trophies", "titles won", "championship titles", "relegation", "avoid relegation", "promotion to the premier league", "matches won", "win percentage", "cup run", "european qualification", "top four finish", "on pitch performance", "sporting performance"],
    zh: ["联赛排名", "联赛成绩", "积分排名", "夺冠", "保级", "赛季成绩", "比赛成绩", "争冠", "奖杯", "联赛名次", "竞技成绩", "胜场", "亚冠", "冲超"],
  },
  {
    id: "squad-wage-control",
    label: { en: "wage-to-turnover and squad cost", zh: "薪资收入比" },
    en: ["wages to turnover", "wages to revenue", "wage ratio", "squad cost", "squad cost ratio", "player wages", "player salaries", "financial fair play", "ffp", "profit and sustainability rules", "salary cap", "transfer spend", "net transfer spend", "player amortisation", "player trading"],
    zh: ["薪资收入比", "工资帽", "薪资帽", "球员薪资", "球员薪酬", "球员工资", "薪资总额", "财政公平", "转会支出", "转会费", "引援投入", "限薪", "转会收入", "奢侈税"],
  },
  {
    id: "academy-development",
    label: { en: "academy and youth development", zh: "青训" },
    en: ["academy graduates", "academy players", "youth academy", "homegrown players", "home grown players", "first team debuts", "academy to first team", "youth development", "youth players", "player pathway", "players developed", "academy category one", "youth teams"],
    zh: ["青训", "梯队", "青训球员", "一线队", "自主培养球员", "本土球员", "青少年球员", "青训体系", "青训营", "青训人才", "青少年足球"],
  },
  // ── Streaming, games, publishing and music ───────────────────────────────────────────────────────
  {
    id: "viewing-time",
    label: { en: "viewing and playing time", zh: "观看与游戏时长" },
    en: ["minutes streamed", "streaming minutes", "minutes watched", "hours watched", "time spent viewing", "viewing time", "viewing minutes", "watch longer", "keep viewers watching", "viewers watching", "episodes watched", "series completion", "playtime", "play time", "hours played", "session length", "average session duration", "minutes per account", "viewing per account"],
    zh: ["播放分钟", "人均播放", "观看分钟", "人均观看", "单日播放", "人均时长", "使用时长", "在线时长", "游戏时长", "人均使用时长", "剧集完播", "追剧"],
  },
  {
    id: "player-community",
    label: { en: "player retention and community", zh: "玩家留存与社区" },
    en: ["player community", "player retention", "player engagement", "player churn", "player sentiment", "community sentiment", "day 1 retention", "day 7 retention", "day 30 retention", "d1 retention", "d7 retention", "d30 retention", "concurrent players", "peak concurrent users", "pcu", "gamers", "loyal players", "active players", "community of players", "discord members", "fan community"],
    zh: ["玩家留存", "次日留存", "七日留存", "三十日留存", "同时在线", "在线人数", "玩家社区", "社区活跃", "玩家口碑", "玩家满意", "玩家流失", "最高在线", "游戏社区"],
  },
  {
    id: "content-payback",
    label: { en: "content investment payback", zh: "内容投入产出" },
    en: ["content investment", "content spend", "content budget", "content amortisation", "content amortization", "content roi", "return on content", "content pay back", "content payback", "cost per view", "cost per viewing hour", "cost per hour viewed", "title performance", "originals performance", "content cost per subscriber", "programming spend", "make content pay"],
    zh: ["内容投入", "内容成本", "内容投资", "内容投入产出", "版权成本", "版权采购", "自制内容", "单集成本", "内容摊销", "内容回报", "版权投入", "内容产出比", "剧集投入", "内容采购"],
  },
  {
    id: "minor-protection-online",
    label: { en: "protection of minors online", zh: "未成年人网络保护" },
    en: ["protection of minors", "minors protection", "child safety online", "age verification", "age assurance", "parental controls", "age ratings", "underage players", "underage users", "children's online safety", "playtime limits for minors", "youth mode"],
    zh: ["防沉迷", "实名认证", "青少年模式", "未成年人游戏", "实名注册", "家长监护", "防沉迷系统", "未成年人充值", "网络保护"],
  },
  {
    id: "editorial-accuracy",
    label: { en: "editorial accuracy and corrections", zh: "编校差错与更正" },
    en: ["corrections issued", "factual errors", "factual accuracy", "accuracy of reporting", "fact checking", "editorial standards", "editorial accuracy", "editorial complaints", "published errors", "ipso rulings", "press complaints", "trusted journalism", "trust in news"],
    zh: ["更正声明", "勘误", "编校差错", "编校质量", "出版差错率", "报道差错", "内容差错", "事实核查", "差错更正", "新闻失实", "失实报道", "导向差错", "审读", "刊误"],
  },
  {
    id: "book-publishing",
    label: { en: "book titles and copies sold", zh: "图书出版与发行" },
    en: ["titles published", "new titles", "backlist", "frontlist", "book sales", "copies sold", "print run", "bestsellers", "bestseller list", "rights sales", "translation rights", "book returns", "sell through of titles", "ebook sales", "audiobook sales", "unit sales of books"],
    zh: ["新书", "图书销售", "码洋", "印数", "重印", "再版", "畅销书", "出版品种", "版权输出", "动销品种", "书号", "图书发行", "电子书", "有声书", "图书退货", "发行码洋"],
  },
  {
    id: "music-royalties",
    label: { en: "music streams and royalties", zh: "音乐播放与版税" },
    en: ["monthly listeners", "music streams", "on demand streams", "stream counts", "royalty collections", "publishing royalties", "performance royalties", "mechanical royalties", "sync licences", "sync licensing", "catalogue revenue", "catalog revenue", "chart positions", "number one singles", "album sales", "artist roster"],
    zh: ["版税", "版税收入", "音乐版权", "流媒体播放", "单曲", "专辑销量", "歌曲播放", "月听众", "音乐榜单", "曲库", "词曲版权", "艺人签约", "数字专辑"],
  },
  // ── Law, accounting, consulting and recruitment firms ────────────────────────────────────────────
  {
    id: "fee-collection",
    label: { en: "billing and collecting fees earned", zh: "律师费与账款回收" },
    en: ["realisation", "realization", "bill and collect", "billing and collection", "collect what we bill", "collect what we earn", "fee collection", "fees collected", "cash collected from fees", "wip days", "work in progress days", "unbilled wip", "wip lockup", "debtor lockup", "fee write offs", "write offs of time", "fee recovery", "get paid for our work"],
    zh: ["实收率", "律师费", "律师费回款", "费用回收", "收费回款", "开票回款", "账款回收", "回款周期", "收费实现", "律师费收入", "服务费回款", "计费回款"],
  },
  {
    id: "partner-profitability",
    label: { en: "partner leverage and profit per partner", zh: "合伙人人均利润" },
    en: ["profit per equity partner", "profit per partner", "associates per partner", "associates per equity partner", "partner leverage", "leverage per partner", "fee earners per partner", "revenue per lawyer", "profitable partnership", "partnership profitability", "partner profitability", "partner income"],
    zh: ["合伙人人均利润", "合伙人人均", "合伙人利润", "每合伙人", "权益合伙人", "律师人均创收", "合伙人杠杆", "律师合伙人比", "合伙人分配", "人均律师费", "律所利润", "律所创收"],
  },
  {
    id: "fee-earner-retention",
    label: { en: "retaining lawyers and fee earners", zh: "律师与专业人才留存" },
    en: ["lawyer retention", "keep our best lawyers", "associate attrition", "associate retention", "associate turnover", "partner departures", "partner retention", "lateral hires", "lateral partners", "fee earner retention", "fee earner attrition", "trainee retention", "trainee retention rate", "consultant attrition", "auditor turnover"],
    zh: ["律师流失", "律师留存", "核心律师", "律师人才", "律师队伍", "执业律师", "合伙人流失", "律师离职", "顾问流失", "注册会计师流失", "专业人才留存", "骨干律师", "青年律师"],
  },
  {
    id: "professional-liability",
    label: { en: "professional liability and practice risk", zh: "执业风险" },
    en: ["professional indemnity", "pi claims", "negligence claims", "malpractice", "malpractice claims", "conflict checks", "conflict of interest checks", "conflicts cleared", "professional conduct", "practice risk", "sra breaches", "client money breaches", "engagement risk", "file reviews", "engagement quality review"],
    zh: ["执业风险", "执业过错", "职业责任", "利益冲突审查", "利冲", "执业投诉", "执业纪律", "执业责任保险", "职业责任险", "执业质量", "底稿复核", "项目质量复核", "执业规范"],
  },
  {
    id: "agency-placements",
    label: { en: "recruitment placements and fees", zh: "猎头成单与收入" },
    en: ["permanent placements", "perm placements", "placement fees", "perm fees", "permanent fees", "contractors on assignment", "temp margin", "contractor margin", "fee per placement", "average placement fee", "interviews arranged", "cv to interview", "interview to offer", "candidates placed", "shortlists submitted", "roles filled for clients", "fill client roles", "search assignments", "retained searches"],
    zh: ["猎头", "猎头收入", "成功推荐", "推荐成功", "候选人入职", "猎头服务", "岗位交付", "推荐入职", "面试转化", "职位委托", "猎头费", "委托职位", "简历推荐", "交付职位"],
  },
  {
    id: "consultant-productivity",
    label: { en: "fees per consultant", zh: "顾问人均产出" },
    en: ["fee per consultant", "net fee income per consultant", "nfi per head", "billings per consultant", "consultant productivity", "placements per consultant", "desk productivity", "biller productivity", "revenue per consultant", "gross profit per consultant", "consultant yield"],
    zh: ["顾问人均", "顾问产出", "顾问业绩", "人均推荐", "人均成单", "顾问人均业绩", "顾问单产", "顾问效能", "人均猎头收入", "顾问人效"],
  },
  {
    id: "candidate-care",
    label: { en: "candidate satisfaction and care", zh: "候选人体验" },
    en: ["candidate satisfaction", "candidate nps", "candidate feedback", "candidate care", "candidate survey", "candidate rating", "candidates treated", "every candidate", "candidate complaints", "jobseeker satisfaction", "applicant experience", "applicant feedback"],
    zh: ["候选人满意", "候选人体验", "候选人反馈", "候选人评价", "求职者体验", "候选人口碑", "求职者满意", "候选人投诉", "应聘者体验", "候选人服务"],
  },
  {
    id: "client-relationship-retention",
    label: { en: "client retention at professional firms and agencies", zh: "客户续签与长期合作" },
    en: ["client retention", "client attrition", "retain clients", "client churn", "client losses", "lost clients", "account retention", "client tenure", "relationship tenure", "client renewals", "clients retained", "account losses", "repeat clients", "returning clients", "long standing clients"],
    zh: ["客户续签", "老客户续签", "合作续签", "长期合作客户", "客户合作年限", "客户丢失", "客户保留", "合作客户留存", "服务续约"],
  },
  {
    id: "agency-billings-pitches",
    label: { en: "agency billings and pitches", zh: "代理营业额与比稿" },
    en: ["billings", "agency billings", "media billings", "media spend managed", "pitch win rate", "pitches won", "pitch conversion", "new business pitches", "account wins", "creative awards", "cannes lions", "effie awards", "agency of record", "retainer income", "agency fees"],
    zh: ["媒介代理", "广告代理", "代理费", "比稿", "比稿胜率", "创意奖项", "戛纳", "艾菲奖", "代理营业额", "年框客户", "广告代理收入", "代理商营收", "媒介采购额"],
  },
  // ── Wealth management and microfinance ───────────────────────────────────────────────────────────
  {
    id: "high-net-worth-clients",
    label: { en: "high-net-worth clients", zh: "高净值客户" },
    en: ["high net worth", "hnw", "hnwi", "uhnw", "ultra high net worth", "private clients", "private banking clients", "affluent clients", "affluent segment", "wealthy clients", "wealthy families", "family office", "private wealth", "relationship manager coverage", "wealth clients"],
    zh: ["高净值", "高净值客户", "私人银行客户", "私行客户", "千万级客户", "资产千万", "超高净值", "家族办公室", "家族信托", "财富客户", "私行", "私人银行", "富裕客户", "贵宾客户", "高端客户"],
  },
  {
    id: "advice-suitability",
    label: { en: "suitability of advice", zh: "投资者适当性" },
    en: ["suitability", "suitable advice", "suitability assessments", "suitability reviews", "appropriateness", "appropriateness tests", "risk profiling", "client risk profile", "attitude to risk", "advice file reviews", "mis selling", "misselling", "mis sold", "best interest of clients", "consumer duty", "product governance", "fair value assessments", "know your client"],
    zh: ["适当性", "投资者适当性", "风险测评", "风险承受能力", "双录", "销售适当", "误导销售", "产品适配", "适当性匹配", "风险等级匹配", "适当性管理", "销售行为", "风险揭示", "投资者教育"],
  },
  {
    id: "portfolio-at-risk",
    label: { en: "portfolio at risk in small lending", zh: "风险贷款组合" },
    en: ["portfolio at risk", "par30", "par 30", "par90", "par 90", "portfolio quality", "healthy portfolio", "keep the portfolio healthy", "repayment rate", "on time repayment", "timely repayment", "repayments on time", "write off ratio", "loans in arrears", "microloan defaults", "group loan repayment"],
    zh: ["风险贷款组合", "风险资产组合", "还款率", "按期还款", "按时还款", "贷款组合质量", "组合风险", "信贷资产风险", "逾期客户", "风险贷款", "资产组合质量"],
  },
  {
    id: "financial-inclusion-outreach",
    label: { en: "financial inclusion and outreach", zh: "普惠金融覆盖" },
    en: ["financial inclusion", "inclusive finance", "women borrowers", "women entrepreneurs", "female borrowers", "female clients", "rural borrowers", "rural clients", "unbanked", "underbanked", "active borrowers", "number of borrowers", "microloans", "microfinance clients", "microentrepreneurs", "first time borrowers", "smallholder loans", "depth of outreach", "financial access"],
    zh: ["普惠", "农村女性", "女性借款", "借款客户", "借款人数", "女性创业", "农户贷款", "小额贷款", "金融覆盖", "金融服务覆盖", "首贷户", "涉农贷款", "有效借款", "金融可得", "农户覆盖", "贫困户贷款", "小额信贷"],
  },
  {
    id: "client-protection-lending",
    label: { en: "client protection and over-indebtedness", zh: "过度负债与消费者保护" },
    en: ["over indebtedness", "overindebtedness", "over indebted", "multiple borrowing", "debt burden of clients", "client protection", "responsible lending", "affordability checks", "affordability assessment", "fair treatment of clients", "treating customers fairly", "aggressive collection", "abusive collection", "consumer protection in finance", "repayment capacity"],
    zh: ["过度负债", "过度借贷", "多头借贷", "共债", "负债收入比", "消费者权益保护", "金融消费者", "消保", "暴力催收", "借款人保护", "客户保护", "还款能力", "过度授信", "负责任借贷", "金融消费权益"],
  },
  {
    id: "operational-self-sufficiency",
    label: { en: "operational self-sufficiency of lenders", zh: "操作自足率" },
    en: ["operational self sufficiency", "financial self sufficiency", "financially self sufficient", "operating expense ratio", "operating cost ratio", "cost per borrower", "cost per loan", "cost per client served", "portfolio yield", "yield on portfolio", "loans per loan officer", "borrowers per loan officer"],
    zh: ["操作自足率", "财务自足率", "自负盈亏", "经营可持续", "运营费用率", "单户成本", "每笔贷款成本", "信贷员人均", "人均管户", "组合收益率", "管户数", "经营自给"],
  },
  // ── Veterinary, dental and childcare practices ───────────────────────────────────────────────────
  {
    id: "recall-preventive-care",
    label: { en: "recalls, check-ups and preventive plans", zh: "复诊与预防保健" },
    en: ["patient recall", "recall appointments", "regular recall", "on recall", "recalls overdue", "recall attendance", "check ups", "annual check up", "hygiene appointments", "preventive care", "preventative care", "wellness plans", "pet health plan", "practice membership plan", "dental membership", "dental plan", "vaccination compliance", "booster reminders", "parasite control", "flea and worm", "pets coming back", "preventive visits"],
    zh: ["复诊", "复诊率", "定期复查", "预防保健", "疫苗驱虫", "驱虫", "洁牙", "口腔检查", "体检套餐", "宠物健康", "复查率", "回访复诊", "加强免疫", "预防护理"],
  },
  {
    id: "clinician-utilisation",
    label: { en: "clinician time and chair utilisation", zh: "医生人效与椅位利用" },
    en: ["vet utilisation", "vet utilization", "vet time", "consults per vet", "revenue per vet", "appointment utilisation", "appointment utilization", "diary utilisation", "clinical hours", "chair utilisation", "chair utilization", "chair time", "chair occupancy", "dentist utilisation", "revenue per dentist", "clinician utilisation", "clinician productivity"],
    zh: ["医生人效", "人均接诊", "接诊量", "医生利用率", "诊位利用", "牙椅利用率", "椅位", "预约满约率", "号源利用", "医生产值", "人均诊疗", "兽医人效", "接诊时长", "单医生产出"],
  },
  {
    id: "vet-pharmacy-diet",
    label: { en: "pharmacy and diet sales at practices", zh: "药品与处方粮" },
    en: ["pharmacy sales", "pharmacy revenue", "prescription diets", "pet food sales", "diet sales", "medication sales", "dispensing revenue", "parasiticide sales", "retail products at the practice", "pharmacy and diet", "repeat prescriptions", "online pharmacy"],
    zh: ["处方粮", "药品收入", "药品销售", "宠物食品", "零售药品", "宠物药", "处方食品", "保健品销售", "药品零售", "主粮销售", "药房收入"],
  },
  {
    id: "dental-treatments",
    label: { en: "implant, orthodontic and cosmetic treatment", zh: "种植与正畸" },
    en: ["dental implants", "implant cases", "implant treatments", "orthodontics", "orthodontic starts", "orthodontic cases", "aligners", "clear aligners", "invisalign", "cosmetic dentistry", "teeth whitening", "treatment plan acceptance", "case acceptance", "high value treatments", "private treatment plans", "crowns and bridges"],
    zh: ["种植牙", "种植体", "牙种植", "种植病例", "正畸", "隐形矫正", "牙齿矫正", "牙齿美白", "治疗方案接受率", "口腔修复", "隐适美", "正畸病例", "种植手术", "牙冠", "美学修复"],
  },
  {
    id: "childcare-places",
    label: { en: "childcare places filled", zh: "托位使用" },
    en: ["childcare places", "places filled", "filled places", "keep places full", "nursery occupancy", "childcare occupancy", "place utilisation", "occupancy of places", "enrolled children", "children enrolled", "funded hours", "funded places", "nursery places", "places offered", "sessions booked in nursery", "waiting list for places"],
    zh: ["托位", "托位使用率", "入托", "入托率", "在托幼儿", "收托", "托育机构", "托位数", "满托率", "入园率", "在园幼儿", "托育服务", "婴幼儿照护"],
  },
  {
    id: "educator-workforce",
    label: { en: "early-years educators", zh: "保育队伍" },
    en: ["educator retention", "educator turnover", "qualified educators", "early years practitioners", "early years educators", "early childhood educators", "practitioner turnover", "practitioner leavers", "nursery staff turnover", "childcare workers", "qualified practitioners", "keyworkers in nursery", "staff to child ratio", "adult to child ratio"],
    zh: ["保育员", "保育队伍", "育婴员", "幼师", "保育人员", "托育从业", "持证保育", "师幼比", "保教人员", "保育师", "托育人员", "幼儿教师", "保育"],
  },
  {
    id: "parent-partnership",
    label: { en: "partnership with parents", zh: "家园共育" },
    en: ["parent partnership", "partner with parents", "partnership with parents", "parent engagement", "parental engagement", "parent feedback", "parents evening", "home learning", "family engagement", "parent communication", "parents attending", "working with families", "parent workshops", "learning journals shared"],
    zh: ["家园共育", "家长参与", "家长会", "家园沟通", "亲子活动", "家长反馈", "家校共育", "家校合作", "家校沟通", "家长开放日", "家访", "家长课堂", "家庭教育指导"],
  },
  // ── Ride-hailing, travel, airlines and airports ──────────────────────────────────────────────────
  {
    id: "pickup-wait",
    label: { en: "pickup times for riders", zh: "接驾与等车" },
    en: ["eta", "pickup eta", "pickup time", "pick up time", "time to pickup", "pickup wait", "rider wait time", "rider wait", "driver arrival time", "car in minutes", "a car within minutes", "request to pickup", "dispatch time", "unfulfilled requests", "ride requests fulfilled", "request fulfilment", "match rate for rides", "get a ride"],
    zh: ["接驾", "接驾时长", "接驾距离", "呼叫应答", "叫车等待", "等车时间", "乘客等待", "打车等待", "订单应答率", "派单成功率", "叫车成功率", "打车难"],
  },
  {
    id: "driver-supply",
    label: { en: "driver supply, earnings and retention", zh: "司机留存与收入" },
    en: ["driver retention", "driver churn", "driver attrition", "active drivers", "driver earnings", "driver earnings per hour", "earnings per hour for drivers", "driver supply", "drivers online", "online drivers", "driver satisfaction", "drivers on the platform", "keep drivers earning", "courier retention", "rider retention", "active couriers", "driver incentives", "supply hours"],
    zh: ["司机留存", "司机流失", "司机收入", "在线司机", "活跃司机", "司机队伍", "骑手留存", "骑手收入", "运力供给", "司机满意", "司机端", "司机招募", "司机稳定", "骑手流失", "在线骑手", "司机激励"],
  },
  {
    id: "trip-safety",
    label: { en: "trip safety on ride platforms", zh: "行程安全" },
    en: ["trip safety", "safe trips", "safety incidents per million trips", "incidents per million trips", "safety reports per trip", "rider safety", "passenger safety on trips", "driver background checks", "emergency button", "sos button", "trip monitoring", "safety features used", "every trip safe"],
    zh: ["行程安全", "出行安全", "乘车安全", "百万单事故", "紧急求助", "行程录音", "司机背审", "安全事件率", "行程分享", "一键报警", "网约车安全", "平台安全事件"],
  },
  {
    id: "unit-economics-per-trip",
    label: { en: "profit per order and city economics", zh: "单均利润与城市盈利" },
    en: ["contribution per trip", "profit per trip", "profit per order", "contribution per order", "unit economics", "city profitability", "profitable cities", "incentive spend", "rider promotions", "cost per trip", "margin per trip", "contribution margin per order", "subsidies per order"],
    zh: ["单均利润", "单位经济", "城市盈利", "单均补贴", "单均成本", "单城盈利", "单均收入", "单票利润", "城市运营盈利", "单均毛利"],
  },
  {
    id: "tour-bookings",
    label: { en: "holiday and tour bookings", zh: "旅游线路收客" },
    en: ["package holidays", "holiday bookings", "tour bookings", "tours sold", "passengers booked on tours", "forward bookings", "advance bookings", "booked revenue", "departures guaranteed", "tour departures", "tour load factor", "holiday sales", "lates bookings", "itineraries sold", "travel agency sales", "bookings on hand"],
    zh: ["跟团游", "出境游", "旅游线路", "线路产品", "组团", "收客", "预订量", "出团率", "成团率", "团队游", "自由行", "旅行社", "出团人数", "定制游"],
  },
  {
    id: "tourism-stay-spend",
    label: { en: "tourist stays and spend", zh: "过夜与旅游消费" },
    en: ["overnight stays", "overnight visitors", "overnight trips", "average length of stay of visitors", "tourist spend", "visitor spend", "tourism receipts", "tourism revenue", "tourism income", "spend per tourist", "day visitors", "staying visitors", "tourism economy"],
    zh: ["过夜游客", "停留天数", "旅游收入", "旅游消费", "人均旅游消费", "旅游综合收入", "过夜", "游客人均消费", "旅游总收入", "旅游经济", "一日游", "过夜率"],
  },
  {
    id: "airline-yield-ancillary",
    label: { en: "passenger yield and ancillary revenue", zh: "客公里收益与辅助收入" },
    en: ["passenger yield", "yield per passenger", "rask", "prask", "revenue per available seat kilometre", "revenue per available seat kilometer", "revenue per available seat mile", "rasm", "casm", "cask", "ancillary revenue", "ancillaries", "ancillary income", "bag fees", "seat selection", "paid upgrades", "premium cabin", "fare mix", "unit revenue"],
    zh: ["客公里收益", "座公里收入", "座公里成本", "辅助收入", "附加收入", "辅营收入", "客票收入", "两舱", "行李费", "付费选座", "升舱", "客座收益", "票价水平", "公里收益"],
  },
  // ── Restaurants and food service ─────────────────────────────────────────────────────────────────
  {
    id: "food-cost",
    label: { en: "food and beverage cost", zh: "食材成本" },
    en: ["food cost", "food cost percentage", "cost of food", "beverage cost", "pour cost", "plate cost", "menu costing", "recipe costing", "theoretical food cost", "actual versus theoretical", "prime cost", "food gross profit", "dish margin", "ingredient cost", "menu engineering"],
    zh: ["食材成本", "食材成本率", "原料成本率", "餐饮成本", "菜品成本", "酒水成本", "净料率", "标准成本卡", "菜品毛利", "食材采购成本", "餐饮毛利"],
  },
  {
    id: "delivery-takeaway-orders",
    label: { en: "delivery and takeaway orders", zh: "外卖订单" },
    en: ["delivery orders", "takeaway orders", "takeout orders", "third party delivery", "aggregator orders", "delivery aggregators", "delivery share of sales", "takeaway sales", "delivery sales", "off premise sales", "off premises", "online ordering", "app orders"],
    zh: ["外卖", "外卖订单", "外卖占比", "外送", "外卖平台", "外卖收入", "到家业务", "外卖单量", "配送订单", "线上点餐", "扫码点餐"],
  },
  // ── Property, workspace, storage, parking and car rental ─────────────────────────────────────────
  {
    id: "letting-speed",
    label: { en: "time to let and allocate homes", zh: "配租与空置周期" },
    en: ["time to let", "days to let", "days vacant", "time to relet", "relet time", "void period", "void days", "letting speed", "let quickly", "let homes quickly", "allocation of homes", "homes allocated", "lettings made", "nominations", "time to allocate"],
    zh: ["空置周期", "空置天数", "配租", "配租效率", "出租周期", "招租周期", "房源配置", "分配入住", "入住周期", "配租率", "轮候", "房源周转"],
  },
  {
    id: "property-charges-collection",
    label: { en: "service charge and rent collection", zh: "物业费与租金收缴" },
    en: ["service charge collection", "service charges", "management fee collection", "estate charges", "ground rent", "service charge arrears", "rent collected", "rent collection rate", "income collection", "tenant arrears", "collection of rent", "current tenant arrears", "former tenant arrears"],
    zh: ["物业费", "物业费收缴", "物业费收缴率", "物业服务费", "管理费收缴", "租金收缴", "租金收缴率", "欠租", "物业收费", "停车费收缴", "公摊费", "欠缴物业费"],
  },
  {
    id: "flexible-workspace",
    label: { en: "coworking and flexible workspace", zh: "联合办公" },
    en: ["coworking", "co working", "flexible workspace", "flex space", "desk occupancy", "workstation occupancy", "desks sold", "hot desks", "dedicated desks", "private offices let", "meeting room utilisation", "meeting room bookings", "serviced offices", "workspace memberships"],
    zh: ["联合办公", "共享办公", "灵活办公", "工位出租", "工位出租率", "会议室使用率", "会议室预订", "服务式办公", "办公空间出租", "独立办公室", "移动工位"],
  },
  {
    id: "self-storage",
    label: { en: "self-storage occupancy", zh: "自助仓储出租" },
    en: ["self storage", "storage units", "storage unit occupancy", "occupied units", "storage space let", "closing occupancy", "storage rate per square foot", "storage customers", "move ins", "move outs", "storage stores"],
    zh: ["自助仓", "迷你仓", "仓位出租", "储物间", "自助仓储", "储物柜", "仓位", "存储空间出租", "迷你仓出租率"],
  },
  {
    id: "parking",
    label: { en: "parking occupancy and income", zh: "停车" },
    en: ["parking occupancy", "parking spaces", "car park occupancy", "car parks", "parking revenue", "parking utilisation", "penalty charge notices", "pcn", "parking enforcement", "parking availability", "parking bays", "parking permits", "on street parking"],
    zh: ["停车位", "车位", "停车场", "车位利用率", "车位周转", "停车难", "停车泊位", "停车费", "智慧停车", "车位使用率", "违停", "停车管理"],
  },
  {
    id: "car-rental",
    label: { en: "car rental days and utilisation", zh: "租车出租率" },
    en: ["car rental", "car hire", "rental days", "revenue per rental day", "rental transactions", "rentals per car", "one way rentals", "damage recovery", "vehicle damage charges", "rental fleet", "rental car utilisation", "days on rent", "on rent", "vehicle rental"],
    zh: ["租车", "出租天数", "车日", "单车日收入", "车辆出租率", "异地还车", "车损", "租期", "租车订单", "汽车租赁", "出租车辆"],
  },
  // ── Education businesses ─────────────────────────────────────────────────────────────────────────
  {
    id: "learner-engagement",
    label: { en: "learners and course progress", zh: "学员与完课" },
    en: ["active learners", "paid learners", "learners", "learner engagement", "learner retention", "lessons completed", "course enrolments", "course enrollments", "learning minutes", "learning streak", "weekly learners", "learner progress", "class attendance online", "live class attendance"],
    zh: ["完课率", "学员", "付费学员", "续报", "续报率", "学习时长", "学员留存", "学员流失", "在读学员", "活跃学员", "学习进度", "续费学员"],
  },
  {
    id: "executive-education",
    label: { en: "short courses and executive education", zh: "继续教育与培训收入" },
    en: ["executive education", "short courses", "continuing education", "cpd courses", "professional courses", "online courses income", "non degree courses", "open programmes", "custom programmes", "training income", "emba", "lifelong learning", "micro credentials"],
    zh: ["高端培训", "培训收入", "非学历教育", "社会培训", "高管教育", "终身学习", "成人教育", "职业培训收入", "短期课程"],
  },
  {
    id: "student-accommodation",
    label: { en: "student accommodation", zh: "学生公寓" },
    en: ["student accommodation", "student housing", "bed spaces", "beds let", "halls occupancy", "halls of residence", "residences occupancy", "rooms let to students", "nominations agreements", "accommodation occupancy", "purpose built student accommodation", "pbsa"],
    zh: ["学生公寓", "宿舍", "学生宿舍", "宿舍入住", "宿舍入住率", "住宿条件", "公寓入住", "宿舍床位", "住宿床位", "宿舍分配"],
  },
  // ── Charities, faith and community organisations ─────────────────────────────────────────────────
  {
    id: "charity-retail",
    label: { en: "charity shops and donated goods", zh: "爱心商店与物资捐赠" },
    en: ["charity shops", "charity retail", "donated goods", "stock donations", "shop income", "sales per shop", "goods donated", "clothing donations", "gift aided sales", "donated stock"],
    zh: ["爱心商店", "义卖", "慈善商店", "捐赠物资", "物资捐赠", "旧衣回收", "爱心超市", "慈善超市", "义卖收入", "捐赠衣物"],
  },
  {
    id: "congregation",
    label: { en: "congregation and worship attendance", zh: "信众与宗教活动" },
    en: ["congregation", "worship attendance", "attendance at services", "church attendance", "mosque attendance", "sunday attendance", "parish", "small groups", "baptisms", "confirmations", "pastoral visits", "worshippers", "faith community", "ministry"],
    zh: ["信众", "教友", "礼拜人数", "做礼拜", "宗教活动", "聚会人数", "香客", "信徒", "法会", "教堂", "宗教场所", "宗教团体", "弥撒"],
  },
  // ── Outsourced and facility services ─────────────────────────────────────────────────────────────
  {
    id: "contact-centre-workforce",
    label: { en: "contact-centre agents and schedule adherence", zh: "坐席排班与质检" },
    en: ["agent occupancy", "agent utilisation", "agent utilization", "schedule adherence", "adherence to schedule", "agent attrition", "agent turnover", "agent retention", "seats filled in contact centre", "call quality score", "quality monitoring score", "qa score", "calls monitored", "agents per supervisor", "contact centre shrinkage", "workforce management"],
    zh: ["排班遵从", "排班遵从率", "座席利用率", "坐席利用率", "话务员", "客服人员流失", "话务质检", "通话质检", "录音质检", "坐席流失", "话务量预测", "座席占用率", "人工坐席"],
  },
  {
    id: "translation",
    label: { en: "translation and localisation", zh: "翻译与本地化" },
    en: ["translation", "translation quality", "words translated", "translated words", "localisation", "localization", "linguists", "machine translation", "post editing", "lqa", "linguistic quality", "interpreting", "subtitling"],
    zh: ["翻译", "译员", "译文", "本地化", "机器翻译", "翻译质量", "审校", "笔译", "口译", "译后编辑", "字幕翻译", "同声传译"],
  },
  {
    id: "security-guarding",
    label: { en: "security guarding and patrols", zh: "保安与巡逻" },
    en: ["security guarding", "guarding hours", "patrols completed", "patrol compliance", "guard tour", "officers on post", "security officers", "licensed officers", "sia licence", "post coverage", "manned guarding", "security patrols", "missed patrols"],
    zh: ["保安", "巡逻", "巡更", "安保人员", "保安员", "安保服务", "巡更率", "巡逻覆盖", "门岗", "持证上岗率", "安防值守", "巡逻次数"],
  },
  {
    id: "funeral-services",
    label: { en: "funeral and cremation services", zh: "殡葬服务" },
    en: ["funerals", "funerals conducted", "funeral arrangements", "pre need plans", "prepaid funeral plans", "funeral plans", "cremations", "burials", "bereaved families", "bereavement services", "memorial services", "cemetery plots", "green burials"],
    zh: ["殡葬", "殡仪", "火化", "火化率", "骨灰", "公墓", "墓位", "生前契约", "治丧", "丧葬", "生态安葬", "节地生态安葬", "殡仪馆", "遗体"],
  },
  {
    id: "pest-control",
    label: { en: "pest control", zh: "虫害防治" },
    en: ["pest control", "pest activity", "pests", "infestations", "rodent activity", "rodents", "bait stations", "fumigation", "termites", "bed bugs", "pest sightings", "pest treatments", "vermin"],
    zh: ["虫害", "鼠害", "消杀", "灭鼠", "白蚁", "病媒生物", "四害", "除虫", "熏蒸", "虫鼠害", "灭蟑", "蚊蝇"],
  },
  {
    id: "laundry-linen",
    label: { en: "laundry and linen", zh: "洗涤与布草" },
    en: ["laundry", "linen", "linen loss", "pieces processed", "garments processed", "kg processed", "rewash rate", "rewash", "linen damage", "dry cleaning", "linen stock", "linen hire", "textile rental"],
    zh: ["洗涤", "布草", "洗衣", "干洗", "返洗率", "重洗率", "洗涤件数", "洗涤质量", "布草周转", "洗衣房"],
  },
  // ── Insurance, property agency, games, salons and contract catering ─────────────────────────────
  {
    id: "policy-persistency",
    label: { en: "policy persistency and surrenders", zh: "保单继续率与退保" },
    en: ["persistency", "policy persistency", "persistency ratio", "13th month persistency", "25th month persistency", "surrender rate", "policy surrenders", "surrenders", "early surrenders", "cooling off cancellations", "free look cancellations", "policies in force", "in force book"],
    zh: ["继续率", "保单继续率", "13个月继续率", "25个月继续率", "保单持续率", "退保率", "退保", "犹豫期退保", "有效保单", "保单存续", "撤单率", "在保保单"],
  },
  {
    id: "property-agency-sales",
    label: { en: "estate agency instructions and sales", zh: "房产经纪成交" },
    en: ["homes sold", "properties sold", "new instructions", "instructions won", "market appraisals", "valuations booked", "sales agreed", "fall through rate", "sales fall throughs", "asking price achieved", "days on market", "time to sell", "property listings", "listings won", "viewings booked", "estate agency", "lettings instructions"],
    zh: ["成交套数", "二手房成交", "新增房源", "带看", "带看量", "成交周期", "房产经纪", "房产中介", "房源委托", "独家委托", "经纪人", "中介佣金", "成交单量", "房源录入", "二手房"],
  },
  {
    id: "game-monetisation",
    label: { en: "in-game spending", zh: "游戏付费与流水" },
    en: ["in app purchases", "in game purchases", "in game spending", "payer conversion", "paying players", "payers", "battle pass", "iap revenue", "microtransactions", "bookings per player", "virtual currency sales", "revenue per paying player", "live ops revenue"],
    zh: ["内购", "充值流水", "付费玩家", "游戏流水", "充值收入", "道具收入", "首充", "游戏付费", "付费渗透", "玩家付费", "游戏内消费", "月流水"],
  },
  {
    id: "livestream-shopping",
    label: { en: "livestream shopping", zh: "直播电商" },
    en: ["livestream sales", "live stream sales", "live shopping", "live selling", "livestream shopping", "live commerce", "livestream viewers", "live sessions hosted", "streamer partnerships", "shoppable video", "live shopping events"],
    zh: ["直播间", "直播场次", "主播", "带货主播", "直播转化", "直播观看", "直播电商", "达人带货", "直播销售额", "直播成交", "店播"],
  },
  {
    id: "salon-rebooking",
    label: { en: "salon and spa rebooking and treatments", zh: "美容美发复约与疗程" },
    en: ["rebooking rate", "rebooked appointments", "rebooking", "next appointment booked", "treatments per therapist", "retail to service ratio", "salon", "spa treatments", "beauty treatments", "hair appointments", "therapist utilisation", "stylist productivity", "column fill", "client rebooking"],
    zh: ["美容", "美发", "护理次数", "疗程", "办卡", "复约", "再次预约", "美容院", "美甲", "发型师", "美容师", "理疗次数", "护理项目", "美容美发"],
  },
  {
    id: "contract-catering",
    label: { en: "canteens and contract catering", zh: "食堂与团餐" },
    en: ["meals served", "meal uptake", "school meal uptake", "school meals", "free school meals uptake", "canteen", "staff canteen", "staff restaurant", "contract catering", "catering contracts", "meal participation", "cost per meal", "meals per labour hour"],
    zh: ["食堂", "就餐人数", "供餐", "团餐", "配餐", "餐标", "就餐率", "职工餐厅", "员工餐厅", "学生餐", "营养餐", "每餐成本", "就餐满意"],
  },
  {
    id: "cleaning-services",
    label: { en: "contract cleaning standards", zh: "保洁服务" },
    en: ["cleaning standards", "cleanliness audit", "cleaning hours", "cleaning schedules completed", "janitorial", "contract cleaning", "cleaning operatives", "housekeeping audit", "national standards of cleanliness", "cleaning frequency"],
    zh: ["保洁质量", "清洁达标", "保洁员", "清洁检查", "清洁标准", "保洁服务", "清洁频次", "保洁覆盖", "卫生保洁", "保洁考核", "保洁作业"],
  },
];
