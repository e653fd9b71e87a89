/**
 * Chinese words that name where a KPI's numbers come from (DOMAIN §3 note "no data source or
 * frequency"): 数据来源, 财务报表, CRM系统 … Matched as substrings. To extend: add a term.
 */
export const DATA_SOURCE_WORDS_ZH: readonly string[] = [
  "数据来源", "数据源", "来源于", "来自", "报表", "财务系统", "系统数据", "调查", "问卷", "台账", "统计", "后台",
  "数据库", "看板", "审计", "考勤", "工资表", "ERP", "CRM",
];
