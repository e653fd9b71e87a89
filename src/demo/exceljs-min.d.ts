/* exceljs's browser build (a UMD bundle with its Node polyfills): the same API as the package's types. */
declare module "exceljs/dist/exceljs.min.js" {
  const ExcelJS: typeof import("exceljs");
  export default ExcelJS;
}
