import { wordTable } from "./wordTable";
/**
 * Month names and abbreviations (lower-case) → month 1–12, used by period headers and deadlines.
 */
export const MONTH_NAMES: ReadonlyMap<string, number> = wordTable({
  jan: 1, january: 1,
  feb: 2, february: 2,
  mar: 3, march: 3,
  apr: 4, april: 4,
  may: 5,
  jun: 6, june: 6,
  jul: 7, july: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
});

/** Chinese numerals used in periods (`一季度`, `十二月`). */
export const CHINESE_NUMERALS: ReadonlyMap<string, number> = wordTable({
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
});
