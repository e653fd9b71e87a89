import { wordTable } from "./wordTable";
/**
 * Header synonyms of a strategy table (DOMAIN §4, read the tolerant way of DOMAIN §1: compared after
 * normalizeHeader, so case, spaces, punctuation, full-width forms and "(%)" suffixes do not matter).
 * To extend: add a header an analyst would obviously mean.
 */
export type ObjectiveColumn = "name" | "weight" | "perspective" | "description";

export const OBJECTIVE_HEADERS: Readonly<Record<ObjectiveColumn, readonly string[]>> = {
  name: [
    "Objective", "Objectives", "Objective name", "Strategic objective", "Strategic objectives", "Goal", "Goals",
    "Strategic goal", "Strategic goals", "Strategic priority", "Strategic priorities", "Strategy", "Strategic theme",
    "Priority name", "Aim", "目标", "战略目标", "目标名称", "战略目标名称", "战略重点", "战略方向", "战略主题",
    "战略", "重点目标", "经营目标", "年度目标",
  ],
  weight: [
    "Weight", "Weighting", "Priority", "Priority weight", "Importance", "Rank weight", "权重", "优先级",
    "重要性", "重要程度", "目标权重", "分值占比", "比重",
  ],
  perspective: ["Perspective", "BSC perspective", "Dimension", "Category", "BSC", "维度", "层面", "视角", "类别", "平衡计分卡维度"],
  description: ["Description", "Details", "Definition", "Notes", "Explanation", "说明", "描述", "定义", "备注", "目标说明", "具体内容"],
};

/** Priority words in a weight column → weight (high 3, medium 2, low 1). */
export const PRIORITY_WORDS: ReadonlyMap<string, number> = wordTable({
  high: 3, h: 3, critical: 3, top: 3, 高: 3, 关键: 3, 重点: 3,
  medium: 2, med: 2, m: 2, normal: 2, 中: 2, 重要: 2,
  low: 1, l: 1, 低: 1, 一般: 1,
});
