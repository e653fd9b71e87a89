/**
 * Opening a .csv / .xlsx file as a new demo workbook, and saving the workbook as .xlsx (exceljs is
 * loaded on first use).
 */
import { decodeUtf8 } from "./delimited";
import { loadExcelJs } from "./loadExcelJs";
import { createSession, type DemoSession } from "./session";
import { toXlsx, type ExportReport } from "./xlsxExport";
import { loadInto, readCsv, readXlsx, type LoadReport, type WorkbookData } from "./xlsxImport";

/** Reads a file's sheets: CSV by its extension or type, everything else as .xlsx. */
export async function readFile(name: string, bytes: ArrayBuffer): Promise<WorkbookData> {
  if (/\.(csv|txt|tsv)$/i.test(name)) return readCsv(name, decodeUtf8(bytes));
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(bytes);
  return readXlsx(workbook);
}

/**
 * A new session holding the file's sheets (it replaces the workbook shown, as opening a file in Excel
 * opens a new window; the sample is one reload away).
 */
export async function openFile(file: { readonly name: string; arrayBuffer(): Promise<ArrayBuffer> }, zh: boolean): Promise<{ session: DemoSession; data: WorkbookData; report: LoadReport }> {
  const data = await readFile(file.name, await file.arrayBuffer());
  if (data.sheets.length === 0) throw new Error(`${file.name} has no sheets.`);
  const session = createSession({ zh, sheets: data.sheets.map((s) => s.name), fileName: file.name });
  const report = await loadInto(data, session.host);
  return { session, data, report };
}

/** The workbook as .xlsx bytes, and what the file cannot carry. */
export async function saveXlsx(session: DemoSession): Promise<{ bytes: Uint8Array; report: ExportReport; fileName: string }> {
  const excel = await loadExcelJs();
  const { bytes, report } = await toXlsx(session.observed.snapshot(), excel);
  const base = (session.fileName ?? "KPI Scorecard").replace(/\.[^.]*$/, "");
  return { bytes, report, fileName: `${base}.xlsx` };
}

/** Hands bytes to the browser as a download. */
export function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
