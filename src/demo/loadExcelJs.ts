import type { ExcelJsModule } from "./xlsxExport";

let loading: Promise<ExcelJsModule> | undefined;

/**
 * exceljs, loaded on first use (its own chunk: the demo's first paint does not carry it). The browser
 * build `exceljs/dist/exceljs.min.js` brings its Node polyfills; the package's main entry needs Node.
 * @returns the exceljs module
 */
export function loadExcelJs(): Promise<ExcelJsModule> {
  loading ??= import(/* webpackChunkName: "exceljs" */ "exceljs/dist/exceljs.min.js")
    .then((mod) => {
      const m = mod as unknown as { default?: ExcelJsModule } & ExcelJsModule;
      return m.default && typeof m.default.Workbook === "function" ? m.default : m;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
