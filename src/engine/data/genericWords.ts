/**
 * Nouns any plan or organisation uses (DOMAIN §4 "clearly related"): rare in the metric lexicon, so
 * its document frequency alone would call them specific, yet sharing one ("team", "plan", 项目) says
 * nothing about which objective a KPI serves. Written by us from the vocabulary of public strategy
 * documents and KPI guides; to extend, add a word (English singular, lower case; Chinese two or more
 * characters). Matched after tokenising, like the words of a KPI.
 */
export const GENERIC_WORDS_EN: readonly string[] = [
  "team", "plan", "work", "job", "project", "programme", "program", "initiative", "area", "unit", "group", "company",
  "organisation", "organization", "business", "firm", "level", "way", "thing", "part", "role", "office", "head",
  "meeting", "activity", "task", "action", "result", "outcome", "goal", "objective", "aim", "priority", "standard",
  "year", "month", "week", "day", "quarter", "period", "people", "world", "local", "national", "global",
  "new", "best", "good", "great", "high", "low", "full", "every", "all", "more", "less", "first", "right", "well",
];

export const GENERIC_WORDS_ZH: readonly string[] = [
  "项目", "团队", "计划", "工作", "单位", "部门", "公司", "企业", "组织", "集团", "机构", "活动", "任务", "成果",
  "结果", "标准", "全年", "年底", "年末", "月底", "上半年", "下半年", "本年", "当年", "全面", "整体", "重点", "各项",
];
