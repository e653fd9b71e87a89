import type { Perspective } from "../../model";

/** The four Balanced Scorecard perspectives, in their usual order (DOMAIN §1). */
export const PERSPECTIVES: readonly Perspective[] = ["financial", "customer", "process", "learning"];

/** Names of the perspectives for messages. */
export const PERSPECTIVE_LABELS: Readonly<Record<Perspective, { en: string; zh: string }>> = {
  financial: { en: "Financial", zh: "财务" },
  customer: { en: "Customer", zh: "客户" },
  process: { en: "Internal process", zh: "内部流程" },
  learning: { en: "Learning & growth", zh: "学习与成长" },
};

export function isPerspective(value: unknown): value is Perspective {
  return typeof value === "string" && (PERSPECTIVES as readonly string[]).includes(value);
}
