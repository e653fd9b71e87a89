import type { Theme } from "./lexiconTypes";

/**
 * Who a measure or an objective is about, and what is said of them (DOMAIN §4 theme evidence). The same
 * head word serves different themes depending on its subject: "turnover" of nurses is workforce
 * stability, "churn" of members is loyalty, "satisfaction" of staff is engagement but of guests is
 * customer satisfaction; and the same verb says different things: "retain our policyholders" is loyalty,
 * "retain skilled clinical staff" is workforce stability, "attract top talent" is hiring, "attract new
 * shippers" is acquisition. So instead of listing every "nurse turnover rate" or "Retain our X" as a metric
 * or a keyword, a KPI's text is read for a SUBJECT followed (within a few words) by a HEAD ("care worker
 * turnover", "教师离职率", "members lost"), or a head "of" a subject ("turnover of drivers"); and an
 * objective's text for a VERB followed by a subject ("Retain our policyholders", "Win more mobile
 * customers", "吸引和保留优秀人才", "扩大零售客户规模"). Parents and families are a subject of their own: a
 * school's "Parents attending consultations" is engagement with families, not pupils' attendance. Matches
 * weigh as a metric's first theme (KPI) or an objective's phrase (1). Used by src/engine/lexicon/themes.ts.
 *
 * Written for this project from the subjects and verbs of public KPI libraries and strategy maps (HR,
 * customer, retail, hospitality, utilities, public services, schools, hospitals, charities). English words
 * are lower case and matched as whole words with plural / verb endings; Chinese as substrings.
 */

/** The subjects: who is counted or served. */
export const SUBJECTS = {
  customer: {
    en: [
      "customer", "client", "member", "membership", "policyholder", "subscriber", "user", "guest", "patron", "shopper", "buyer", "account",
      "passenger", "traveller", "traveler", "diner", "visitor", "consumer", "shipper", "household", "merchant", "borrower", "depositor",
      "donor", "supporter", "learner", "student", "policy", "reader", "viewer", "listener", "customer base", "user base", "member base", "membership base", "subscriber base", "client base",
    ],
    zh: ["客户", "会员", "用户", "顾客", "客群", "宾客", "旅客", "乘客", "租户", "商户", "买家", "粉丝", "学员", "生源", "储户", "存款人", "捐赠人", "住户", "消费者", "游客", "访客"],
  },
  workforce: {
    en: [
      "staff", "employee", "talent", "worker", "workforce", "colleague", "team", "nurse", "teacher", "doctor", "clinician", "driver", "crew",
      "engineer", "volunteer", "carer", "care worker", "officer", "agent", "manager", "graduate", "apprentice", "people", "personnel",
      "midwife", "consultant", "developer", "technician", "salesperson", "sales rep", "rep", "associate", "frontline", "recruit", "hire",
    ],
    zh: ["员工", "职工", "人才", "队伍", "团队", "教师", "护士", "医生", "医务人员", "医护人员", "司机", "驾驶员", "骑手", "技术人员", "干部", "志愿者", "人员", "师资", "护理人员", "销售人员", "一线人员", "新员工", "骨干", "工程师", "科研人员", "教职工"],
  },
  family: {
    en: ["parent", "family", "carer of pupils", "guardian"],
    zh: ["家长", "家庭", "监护人"],
  },
} as const;

export type Subject = keyof typeof SUBJECTS;

/** One reading: a subject, the theme it gives, the heads a KPI puts after the subject, the verbs an objective puts before it. */
export interface SubjectPhrase {
  readonly subject: Subject;
  readonly theme: Theme;
  readonly heads: { readonly en: readonly string[]; readonly zh: readonly string[] };
  readonly verbs: { readonly en: readonly string[]; readonly zh: readonly string[] };
}

export const SUBJECT_PHRASES: readonly SubjectPhrase[] = [
  {
    subject: "customer",
    theme: "loyalty",
    heads: {
      en: ["retention", "retained", "churn", "churned", "attrition", "renewal", "renewed", "lapse", "lapsed", "tenure", "lifetime", "loyalty", "lost", "repeat", "return visit", "reactivation", "stickiness", "persistency", "cancellation", "cancelled"],
      zh: ["流失", "留存", "续费", "续约", "复购", "续保", "续卡", "保有", "忠诚", "回购率", "活跃", "退保", "离网", "流出", "沉睡", "唤醒"],
    },
    verbs: {
      en: ["retain", "keep", "hold on to", "win back", "renew", "re-engage", "reactivate", "deepen relationships with", "stop losing", "lose fewer", "look after"],
      zh: ["留住", "保留", "维系", "挽留", "稳住", "巩固", "深耕", "锁定", "唤醒", "激活"],
    },
  },
  {
    subject: "customer",
    theme: "acquisition",
    heads: {
      en: ["acquisition", "acquired", "wins", "won", "gross adds", "net adds", "additions", "sign-ups", "signups", "joiners", "onboarded", "registrations", "registered", "opened", "recruited", "enrolled", "conversion", "leads", "new"],
      zh: ["新增", "拉新", "净增", "获取", "开户", "注册", "开发", "转化", "引流", "拓展"],
    },
    verbs: {
      en: ["attract", "win", "acquire", "gain", "sign up", "sign", "recruit", "add", "bring in", "grow", "expand", "build", "reach", "convert", "enrol", "enroll", "onboard", "double", "increase"],
      zh: ["吸引", "获取", "拓展", "开拓", "拉新", "新增", "扩大", "增加", "发展", "争取", "招揽", "引流", "做大"],
    },
  },
  {
    subject: "customer",
    theme: "satisfaction",
    heads: {
      en: ["satisfaction", "complaints", "complaint", "rating", "ratings", "reviews", "feedback", "effort", "experience", "sentiment", "happiness", "dissatisfaction", "praise", "compliments"],
      zh: ["满意", "投诉", "评价", "好评", "差评", "体验", "口碑", "感受", "获得感", "点评", "评分"],
    },
    verbs: {
      en: ["delight", "satisfy", "please", "wow", "treat", "care for", "listen to", "put first", "surprise"],
      zh: ["让", "使", "满足", "服务好", "取悦", "打动"],
    },
  },
  {
    subject: "family",
    theme: "satisfaction",
    heads: {
      en: ["attending", "attendance", "engagement", "engaged", "participation", "involvement", "satisfaction", "survey", "consultations", "evenings", "workshops"],
      zh: ["参与", "满意", "出席", "到会", "评价", "认可"],
    },
    verbs: {
      en: ["engage", "involve", "work with", "partner with", "listen to"],
      zh: ["联系", "沟通", "服务"],
    },
  },
  {
    subject: "workforce",
    theme: "talent",
    heads: {
      en: ["vacancy", "vacancies", "hires", "hiring", "recruitment", "recruited", "time to fill", "time to hire", "applicants", "applications", "shortage", "shortages", "offers", "starters", "hired"],
      zh: ["招聘", "空缺", "缺编", "引进", "到岗", "招录", "招募", "入职", "补充"],
    },
    verbs: {
      en: ["attract", "recruit", "hire", "find", "secure", "bring in", "win", "source", "recruit and retain", "attract and retain"],
      zh: ["吸引", "引进", "招聘", "招募", "招引", "集聚", "延揽", "引育", "引聚"],
    },
  },
  {
    subject: "workforce",
    theme: "people",
    heads: {
      en: ["turnover", "attrition", "leavers", "retention", "retained", "resignation", "resignations", "stability", "engagement", "morale", "satisfaction", "wellbeing", "well-being", "sickness", "absence", "absenteeism", "burnout", "grievances", "survey", "happiness", "performance", "quota"],
      zh: ["离职", "流失", "保留", "稳定", "满意", "敬业", "幸福", "缺勤", "病假", "归属", "留存"],
    },
    verbs: {
      en: ["retain", "keep", "engage", "look after", "care for", "motivate", "reward", "value", "stabilise", "stabilize", "empower", "recognise", "recognize", "inspire"],
      zh: ["稳定", "保留", "留住", "关爱", "激励", "凝聚", "关心", "善待", "稳住"],
    },
  },
  {
    subject: "workforce",
    theme: "learning",
    heads: {
      en: ["training", "trained", "cpd", "development", "qualified", "qualification", "qualifications", "certified", "certification", "skills", "skilled", "competence", "competency", "coaching", "coached", "upskilled", "learning"],
      zh: ["培训", "持证", "技能", "培养", "学时", "资格", "认证", "胜任", "素质", "能力提升"],
    },
    verbs: {
      en: ["develop", "train", "upskill", "reskill", "grow", "coach", "equip", "skill", "invest in", "nurture", "build the skills of", "support"],
      zh: ["培养", "培训", "锻炼", "提升"],
    },
  },
  {
    subject: "workforce",
    theme: "safety",
    heads: {
      en: ["injuries", "injury", "injured", "accidents", "assaults", "fatalities", "harm", "violence against", "speeding", "fatigue", "harsh braking", "violations", "hours violations"],
      zh: ["工伤", "伤害", "伤亡", "受伤", "负伤", "疲劳驾驶", "超速", "违章"],
    },
    verbs: {
      en: ["protect", "safeguard", "keep safe", "send home safely"],
      zh: ["保护", "保障"],
    },
  },
  {
    subject: "workforce",
    theme: "cost",
    heads: {
      en: ["cost", "costs", "pay", "salary", "salaries", "wage", "wages", "payroll", "overtime", "expense", "spend", "bill"],
      zh: ["成本", "薪酬", "工资", "费用", "加班费", "支出"],
    },
    verbs: {
      en: [],
      zh: [],
    },
  },
];
