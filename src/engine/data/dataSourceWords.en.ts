/**
 * Words that name where a KPI's numbers come from (DOMAIN §3 note "no data source or frequency"): a
 * statement such as "NPS from the quarterly survey" or "revenue per the ERP ledger" names its source.
 * Matched by whole word, case-insensitive. To extend: add a term.
 */
export const DATA_SOURCE_WORDS_EN: readonly string[] = [
  "crm", "erp", "survey", "surveys", "ledger", "general ledger", "data warehouse", "dashboard", "report", "bi",
  "google analytics", "salesforce", "sap", "hris", "helpdesk", "ticketing system", "pos", "mes", "database",
  "data source", "source", "audit", "census", "payroll", "finance system",
];
