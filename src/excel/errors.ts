/**
 * Failures a user meets, as messages that say what to do (STYLE.md "Office.js habits"): each
 * `OfficeExtension.Error.code` Excel raises is mapped to a `WorkbookError` with English and Chinese text.
 * Codes: https://learn.microsoft.com/javascript/api/excel/excel.errorcodes
 * Handling: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
import type { Bilingual } from "../engine";
import { WorkbookError, type WorkbookErrorCode } from "./port";

/** What each failure means and what to do about it, in both languages. */
export const WORKBOOK_ERROR_TEXT: Readonly<Record<WorkbookErrorCode, Bilingual>> = {
  CELL_EDIT_MODE: {
    en: "Excel is editing a cell. Press Enter or Esc to leave cell editing, then try again.",
    zh: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 退出编辑，然后重试。",
  },
  SHEET_PROTECTED: {
    en: "The sheet or workbook is protected. Unprotect it (Review › Unprotect Sheet) or ask its owner, then try again.",
    zh: "工作表或工作簿受保护。请先撤销保护（审阅 › 撤销工作表保护）或联系其所有者，然后重试。",
  },
  TABLE_NOT_FOUND: {
    en: "The table or range was deleted or renamed. Choose the table again (Detect), then try again.",
    zh: "该表格或区域已被删除或重命名。请重新选择表格（检测），然后重试。",
  },
  NO_KPI_TABLE: {
    en: "No KPI table found. Select your KPI table (with a name column and a target or actual column) and use the selection, or insert the sample.",
    zh: "未找到 KPI 表。请选中您的 KPI 表（需包含指标名称列以及目标值或实际值列）并使用所选区域，或插入示例表。",
  },
  UNSUPPORTED_API: {
    en: "This version of Excel does not support a feature the add-in needs. Update Office, or use Excel on the web.",
    zh: "此版本的 Excel 不支持加载项所需的功能。请更新 Office，或使用网页版 Excel。",
  },
  REQUEST_TOO_LARGE: {
    en: "The table is too large to read or write in one go. Remove unused columns or split the table, then try again.",
    zh: "表格太大，无法一次读取或写入。请删除不用的列或拆分表格，然后重试。",
  },
  NOT_A_RANGE: {
    en: "The selection is not a block of cells. Select the cells of your KPI table, then try again.",
    zh: "所选内容不是单元格区域。请选中 KPI 表的单元格，然后重试。",
  },
  EMPTY_SELECTION: {
    en: "The selected cell is empty and not next to a table. Click a cell inside your KPI table (or select the whole table with its header row), then Use selection.",
    zh: "所选单元格为空，且不在任何表格旁。请单击 KPI 表内的任一单元格（或选中含标题行的整个表格），然后点击“使用所选区域”。",
  },
  REFRESH_BUSY: {
    en: "Someone else is refreshing this scorecard right now. Wait a minute, then refresh again.",
    zh: "其他人正在刷新此计分卡。请稍等一分钟，然后再次刷新。",
  },
  LAYOUT_CONFLICT: {
    en: "Something on one of the add-in's sheets is where the scorecard writes a table. Move it to another sheet, then refresh again. Nothing was changed.",
    zh: "加载项工作表上的某些内容位于计分卡写入表格的位置。请将其移到其他工作表，然后再次刷新。工作簿未做任何更改。",
  },
  CANNOT_CONVERT: {
    en: "The range overlaps another Excel table or merged cells, so it cannot become a table. Move or unmerge them, then convert again. Nothing was changed.",
    zh: "该区域与另一个 Excel 表格或合并单元格重叠，无法转换为表格。请移动或取消合并后再转换。工作簿未做任何更改。",
  },
  UNKNOWN: {
    en: "Excel could not complete the request. Try again; if it keeps failing, save the workbook and reopen it.",
    zh: "Excel 无法完成此请求。请重试；如果仍然失败，请保存工作簿后重新打开。",
  },
  INTERNAL: {
    en: "KPI Scorecard hit a problem of its own, not one of Excel or your workbook. Please report it with the details from the browser console; your KPI table was not changed.",
    zh: "KPI 计分卡自身出现问题（并非 Excel 或您的工作簿的问题）。请附上浏览器控制台中的详细信息报告此问题；您的 KPI 表未被修改。",
  },
};

/** `OfficeExtension.Error.code` (Excel.ErrorCodes) → our code. Unlisted codes are UNKNOWN. */
const OFFICE_CODES: ReadonlyMap<string, WorkbookErrorCode> = new Map(Object.entries({
  InvalidOperationInCellEditMode: "CELL_EDIT_MODE",
  AccessDenied: "SHEET_PROTECTED",
  ItemNotFound: "TABLE_NOT_FOUND",
  InvalidReference: "TABLE_NOT_FOUND",
  ApiNotFound: "UNSUPPORTED_API",
  NotImplemented: "UNSUPPORTED_API",
  UnsupportedFeature: "UNSUPPORTED_API",
  RequestPayloadSizeLimitExceeded: "REQUEST_TOO_LARGE",
  ResponsePayloadSizeLimitExceeded: "REQUEST_TOO_LARGE",
  RangeExceedsLimit: "REQUEST_TOO_LARGE",
  OperationCellsExceedLimit: "REQUEST_TOO_LARGE",
  InvalidSelection: "NOT_A_RANGE",
  GeneralException: "UNKNOWN",
} satisfies Record<string, WorkbookErrorCode>));

/**
 * A WorkbookError for one of our codes.
 * @param code the failure
 * @param cause the error behind it, kept for debugging
 * @returns the error, with its en/zh text
 * @example workbookError("NO_KPI_TABLE").text.en // "No KPI table found. …"
 */
export function workbookError(code: WorkbookErrorCode, cause?: unknown): WorkbookError {
  return new WorkbookError(code, WORKBOOK_ERROR_TEXT[code], cause === undefined ? undefined : { cause });
}

/** The `code` of an OfficeExtension.Error (or anything shaped like one). */
export function officeErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== "object") return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Turns whatever `Excel.run` threw into a WorkbookError the pane can show. A WorkbookError passes
 * through unchanged; an OfficeExtension.Error is mapped by its code (unlisted codes are UNKNOWN);
 * anything else is our own bug (INTERNAL), never sent to the user as Excel's failure.
 * @param error what was thrown
 * @returns a WorkbookError whose `cause` is the original error
 * @example toWorkbookError({ code: "InvalidOperationInCellEditMode" }).code // "CELL_EDIT_MODE"
 */
export function toWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = officeErrorCode(error);
  if (code === undefined) return workbookError("INTERNAL", error);
  return workbookError(OFFICE_CODES.get(code) ?? "UNKNOWN", error);
}
