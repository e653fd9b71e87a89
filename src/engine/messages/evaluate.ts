import type { MessageTable } from "./define";

/** Messages of `evaluate` itself (settings it could not use). */
export const EVALUATE_MESSAGES = {
  SETTING_REJECTED: {
    severity: "warning",
    en: "Setting {field} was not usable (out of range or not a number); its default was used.",
    zh: "设置 {field} 无法使用（超出范围或不是数字），已改用默认值。",
  },
  INPUT_FROM_TEXT: {
    severity: "info",
    en: "{name}: the {field} was taken from the KPI's text (its column is blank).",
    zh: "{name}：{field} 取自指标文字说明（对应列为空）。",
  },
} as const satisfies MessageTable;
