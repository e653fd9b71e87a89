// Builds the Simplified Chinese custom-functions metadata at build time, from the functions.json that
// CustomFunctionsMetadataPlugin generated plus one translation table (src/functions/i18n/zh-CN.ts), so
// the Chinese metadata can never drift from the English one. Same ids, names and parameter names in
// both files: only descriptions are translated, so formulas survive a colleague with another language.
// The build fails when a function or parameter lacks a translation, or the table names one that no
// longer exists. It also sets `allowErrorForDataTypeAny` in both files, so Excel passes error cells of
// `any` / `any[][]` parameters to the functions (which answer per cell) instead of failing the whole call.
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const ts = require("typescript");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "FunctionsLocalePlugin";

/**
 * Loads the translation table: a TypeScript module without imports, transpiled and evaluated in isolation.
 * @param {string} file path of the table
 * @returns {Record<string, { description: string; parameters: Record<string, string> }>}
 */
function loadTable(file) {
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } });
  const module = { exports: {} };
  vm.runInNewContext(outputText, { module, exports: module.exports }, { filename: file });
  const table = module.exports.ZH_CN;
  if (typeof table !== "object" || table === null) throw new Error(`${file} must export a ZH_CN table`);
  return table;
}

/**
 * Translates metadata with a table. Pure: used by the plugin and by the tests.
 * @param {{ functions: Array<{ id: string; name: string; description?: string; parameters?: Array<{ name: string; description?: string }> }> }} metadata functions.json
 * @param {Record<string, { description?: string; parameters?: Record<string, string> }>} table the translations by function id
 * @returns {{ metadata: object; localized: object; errors: string[] }} both files' content and what is missing
 */
function localizeMetadata(metadata, table) {
  const errors = [];
  const functions = Array.isArray(metadata.functions) ? metadata.functions : [];
  const seen = new Set();
  const localizedFunctions = functions.map((fn) => {
    seen.add(fn.id);
    const entry = table[fn.id];
    if (entry === undefined || typeof entry.description !== "string" || entry.description.trim() === "") {
      errors.push(`${fn.id}: no zh-CN description`);
    }
    const parameters = (fn.parameters || []).map((p) => {
      const text = entry && entry.parameters ? entry.parameters[p.name] : undefined;
      if (typeof text !== "string" || text.trim() === "") errors.push(`${fn.id}(${p.name}): no zh-CN description for this parameter`);
      return { ...p, description: text || p.description };
    });
    const known = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys((entry && entry.parameters) || {})) {
      if (!known.has(name)) errors.push(`${fn.id}(${name}): translated, but ${fn.id} has no such parameter`);
    }
    return { ...fn, description: (entry && entry.description) || fn.description, parameters };
  });
  for (const id of Object.keys(table)) if (!seen.has(id)) errors.push(`${id}: translated, but there is no such function`);
  return {
    metadata: { ...metadata, allowErrorForDataTypeAny: true },
    localized: { ...metadata, allowErrorForDataTypeAny: true, functions: localizedFunctions },
    errors,
  };
}

class FunctionsLocalePlugin {
  /**
   * @param {{ table: string; source?: string; output?: string }} options the table's path, the English
   *   metadata asset (default functions.json) and the Chinese asset to emit (default functions.zh-CN.json)
   */
  constructor(options) {
    this.table = path.resolve(options.table);
    this.source = options.source || "functions.json";
    this.output = options.output || "functions.zh-CN.json";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(this.table);
        const asset = compilation.getAsset(this.source);
        if (asset === undefined) {
          // CustomFunctionsMetadataPlugin reports its own errors; only a silent absence is ours to report.
          if (compilation.errors.length === 0) compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.source} was not emitted`));
          return;
        }
        let result;
        try {
          result = localizeMetadata(JSON.parse(asset.source.source().toString()), loadTable(this.table));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${error instanceof Error ? error.message : String(error)}`));
          return;
        }
        for (const message of result.errors) compilation.errors.push(new WebpackError(`${PLUGIN}: ${message} (add it to ${path.relative(process.cwd(), this.table)})`));
        compilation.updateAsset(this.source, new sources.RawSource(JSON.stringify(result.metadata, null, 2)));
        compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(result.localized, null, 2)));
      });
    });
  }
}

module.exports = { FunctionsLocalePlugin, localizeMetadata, loadTable };
