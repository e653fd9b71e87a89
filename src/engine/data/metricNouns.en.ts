/**
 * English metric nouns: concrete measured things that make a goal Specific (DOMAIN §3 "S").
 * Matched by whole word, case-insensitive; a plural `s`/`es` is allowed after each entry, and multi-word
 * entries match with any spacing or hyphen between the words. To extend: add a term (singular, lower case).
 */
export const METRIC_NOUNS_EN: readonly string[] = [
  // financial
  "revenue", "sales", "sales volume", "turnover", "profit", "gross profit", "net profit", "margin", "gross margin",
  "operating margin", "ebit", "ebitda", "earnings", "cost", "unit cost", "expense", "spend", "budget variance",
  "cash flow", "free cash flow", "roi", "return on investment", "roe", "roa", "roce", "irr", "payback",
  "dso", "days sales outstanding", "receivables", "accounts receivable", "collection rate", "bad debt",
  "inventory", "inventory turnover", "stock turnover", "working capital", "order value", "average order value",
  "aov", "basket size", "price", "arpu", "mrr", "arr", "bookings", "pipeline", "win rate", "deal size",
  "gmv", "cac", "customer acquisition cost", "ltv", "clv", "customer lifetime value", "lifetime value",
  // customer and market
  "market share", "share of wallet", "churn", "churn rate", "retention", "retention rate", "repeat purchase rate",
  "repurchase rate", "nps", "net promoter score", "csat", "customer satisfaction", "satisfaction score",
  "ces", "customer effort score", "complaint", "complaint rate", "conversion", "conversion rate",
  "click-through rate", "ctr", "open rate", "bounce rate", "engagement rate", "active users",
  "daily active users", "monthly active users", "dau", "mau", "subscribers", "customers", "new customers",
  "leads", "qualified leads", "mql", "sql", "traffic", "visits", "page views", "impressions", "downloads",
  "brand awareness", "awareness", "share of voice", "penetration", "reach", "followers", "reviews", "rating",
  // process and quality
  "response time", "first-response time", "resolution time", "handling time", "average handling time", "aht",
  "cycle time", "lead time", "turnaround time", "delivery time", "on-time delivery", "on-time rate",
  "otif", "fill rate", "throughput", "yield", "first pass yield", "defect", "defect rate", "defects per million",
  "error rate", "scrap rate", "rework rate", "return rate", "uptime", "downtime", "availability", "utilisation",
  "utilization", "capacity utilisation", "oee", "backlog", "tickets", "incidents", "mttr", "mtbf", "sla compliance",
  "accident", "accident rate", "injury rate", "ltifr", "audit findings", "orders", "units", "shipments",
  // people and learning
  "headcount", "attrition", "attrition rate", "employee turnover", "turnover rate", "engagement score",
  "employee satisfaction", "enps", "training hours", "training completion", "training coverage",
  "time to hire", "time to fill", "vacancy rate", "absenteeism", "absence rate", "promotion rate",
  "certifications", "productivity", "revenue per employee", "patents", "new products", "launches",
];
