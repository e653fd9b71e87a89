/**
 * The Excel adapter's public surface: the workbook port, its factory, and the sample data the demo
 * and tests reuse. Other layers import src/excel through this file only.
 */
export { createExcelPort, languageOf, type ExcelPortEnv } from "./createExcelPort";
export {
  WorkbookError,
  type CellTarget,
  type ColumnOverrides,
  type DetectedTable,
  type Detection,
  type EvaluateOutcome,
  type EvaluateRequest,
  type CompanyRequest,
  type CompanyOutcome,
  type ProgressStep,
  type StoredState,
  type TableRef,
  type WorkbookErrorCode,
  type WorkbookPort,
} from "./port";
export { toWorkbookError, workbookError, WORKBOOK_ERROR_TEXT } from "./errors";
export { SAMPLE_KPIS, SAMPLE_OBJECTIVES, SAMPLE_HEADERS, type SampleKpi, type SampleObjective } from "./sample/sampleWorkbook";
export { sampleGrid, type SampleGrid } from "./sample/sampleGrid";
