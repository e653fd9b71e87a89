/**
 * Excel error values as they arrive in a cell (lower-case). A cell holding one of these is reported as an
 * error, never read as text (DOMAIN §1 "Cell values").
 */
export const EXCEL_ERRORS: readonly string[] = [
  "#n/a",
  "#div/0!",
  "#value!",
  "#ref!",
  "#name?",
  "#num!",
  "#null!",
  "#spill!",
  "#calc!",
  "#getting_data",
  "#field!",
  "#blocked!",
  "#connect!",
  "#busy!",
  "#unknown!",
  "#python!",
];

/** Placeholders analysts type for "no value"; read as blank, not as unreadable text. */
export const BLANK_PLACEHOLDERS: readonly string[] = ["-", "--", "—", "–", "/", "n/a", "na", "none", "nil", "null", "无", "暂无", "空", "不适用"];
