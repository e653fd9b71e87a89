/**
 * Speed, not behaviour: HyperFormula made fast enough for a Scorecard of 10,000 KPIs whose every row
 * looks its KPI up by name (`MATCH(B8,Kpis[KPI],0)`, `INDEX(Kpis[Actual],AE8)`), with the same results.
 *
 * 1. A faster INDEX for HyperFormula, with the same results. HyperFormula's own INDEX(range, row, col)
 * reads every cell of the range before picking one, so a sheet of N rows each doing
 * `INDEX(Table[Column], n)` into an N-row column costs N² reads (minutes at 10,000 rows). This one
 * reads only the cell it returns when the range is a sheet range; arrays computed on the fly
 * (`INDEX({1,2},2)`, `INDEX(A1:A3*2,2)`) and every error case go through HyperFormula's rules as before.
 */
import { CellError, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { FunctionMetadata, SimpleCellAddress } from "hyperformula";

interface RangeLike {
  start: SimpleCellAddress;
}

interface GraphLike {
  getCellValue(address: SimpleCellAddress): unknown;
}

type Runner = (args: unknown, state: unknown, metadata: FunctionMetadata, body: (range: SimpleRangeValue, row: number, col: number) => unknown) => unknown;

let registered = false;

/** Replaces HyperFormula's INDEX with the single-cell-reading one (once per process; HyperFormula's function registry is global). */
export function registerFastIndex(): void {
  if (registered) return;
  registered = true;
  const original = HyperFormula.getFunctionPlugin("INDEX");
  const metadata = original?.implementedFunctions.INDEX;
  if (!original || !metadata) return;

  class FastIndexPlugin extends FunctionPlugin {
    static override implementedFunctions = { INDEX: { ...metadata, method: "index" } };

    index(ast: { args: unknown }, state: unknown): unknown {
      const run = (this as unknown as { runFunction: Runner }).runFunction;
      const graph = (this as unknown as { dependencyGraph: GraphLike }).dependencyGraph;
      return run(ast.args, state, (this as unknown as { metadata(name: string): FunctionMetadata }).metadata("INDEX"), (rangeValue, row, col) => {
        if (col < 1 || row < 1) return new CellError(ErrorType.VALUE, "Value cannot be less than 1.");
        if (col > rangeValue.width() || row > rangeValue.height()) return new CellError(ErrorType.NUM, "Value too large.");
        const range = (rangeValue as unknown as { range?: RangeLike }).range;
        if (!rangeValue.isAdHoc() && range) {
          const value = graph.getCellValue({ sheet: range.start.sheet, row: range.start.row + row - 1, col: range.start.col + col - 1 });
          return value instanceof SimpleRangeValue ? new CellError(ErrorType.VALUE, "A value is expected.") : value;
        }
        return rangeValue.data[row - 1]?.[col - 1] ?? rangeValue.data[0]?.[0] ?? new CellError(ErrorType.VALUE, "A cell range is expected.");
      });
    }
  }
  HyperFormula.registerFunction("INDEX", FastIndexPlugin);
}

interface GraphLike2 {
  getRange(start: unknown, end: unknown): { idInGraph?: number } | undefined;
  graph: { hasNode(node: unknown): boolean; addEdge(from: number, to: number): void };
  processCellDependencies: (this: GraphLike2, deps: unknown[], end: { idInGraph?: number }) => void;
}

const linkedGraphs = new WeakSet<object>();

/**
 * 2. A formula that refers to a range already in the dependency graph is linked to that range's
 * vertex only. HyperFormula 3.5 (`DependencyGraph.processCellDependencies`) links every cell of the
 * range to the range's vertex again for each such formula — edges it already has, skipped one by one
 * — which is quadratic: 50,000 formulas over 10,000-row columns took minutes. The edges from the
 * range's cells were made when the range's vertex was; cells added to the range later are linked by
 * HyperFormula as before (test/host/hfPlugins.test.ts checks values after edits and growth against
 * plain arithmetic). Patched once per dependency-graph class; when the internals are not there (another
 * HyperFormula version), nothing is patched and the host is only slower.
 * @param hf an instance (its dependency graph's class is patched)
 * @returns whether the patch is in place
 */
export function linkRangesOnce(hf: HyperFormula): boolean {
  const graph = (hf as unknown as { dependencyGraph?: GraphLike2 }).dependencyGraph;
  const proto = graph ? (Object.getPrototypeOf(graph) as GraphLike2 | null) : null;
  if (!graph || !proto || typeof proto.processCellDependencies !== "function" || typeof proto.getRange !== "function") return false;
  if (linkedGraphs.has(proto)) return true;
  const original = proto.processCellDependencies;
  proto.processCellDependencies = function (this: GraphLike2, deps: unknown[], end: { idInGraph?: number }): void {
    const rest: unknown[] = [];
    for (const dep of deps) {
      const range = dep as { start?: unknown; end?: unknown; isFinite?: unknown } | null;
      const isRange = range !== null && typeof range === "object" && range.start !== undefined && range.end !== undefined && typeof range.isFinite === "function";
      const existing = isRange ? this.getRange(range.start, range.end) : undefined;
      if (existing?.idInGraph !== undefined && end.idInGraph !== undefined && this.graph.hasNode(existing)) this.graph.addEdge(existing.idInGraph, end.idInGraph);
      else rest.push(dep);
    }
    original.call(this, rest, end);
  };
  linkedGraphs.add(proto);
  return true;
}
