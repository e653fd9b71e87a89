/**
 * Excel.NamedItem and Excel.NamedItemCollection (workbook scope). A name refers to a range
 * ("=Sheet1!$A$1:$B$3") or a formula; HyperFormula evaluates it wherever a formula uses it.
 * Deleting a name makes the formulas that use it #NAME? (their text unchanged); adding it again
 * makes them compute again (support.microsoft.com "Define and use names in formulas", "How to
 * correct a #NAME? error"). A name's formula follows renamed and deleted sheets and moved cells
 * (workbookRefs.ts).
 */
import { parseAddress } from "./address";
import { hostError } from "./errors";
import { needsTranslation } from "./formulaTokens";
import { addressOf, call, findSheet } from "./lookup";
import { definedNameProblem } from "./nameRules";
import type { BatchContext, HostRuntime } from "./proxy";
import { ClientCollection, ClientObject } from "./proxy";
import { RangeProxy, resolveRangeArgument } from "./range";
import { translateFormula } from "./structuredRefs";
import type { NamedItemModel } from "./workbookModel";

function findName(runtime: HostRuntime, name: string): NamedItemModel | undefined {
  return runtime.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
}

function rangeOfName(runtime: HostRuntime, item: NamedItemModel) {
  const parsed = parseAddress(item.formula.replace(/^=/, ""));
  const sheet = parsed?.sheet === undefined ? undefined : findSheet(runtime.model, parsed.sheet);
  return parsed && sheet ? { sheet, rect: parsed.rect } : null;
}

/** Excel.NamedItem. */
export class NamedItemProxy extends ClientObject<NamedItemModel> {
  protected readonly className = "NamedItem";

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => NamedItemModel | null,
    nullable = false,
  ) {
    super(context, path);
    if (nullable) this.markNullable();
  }

  protected resolve(): NamedItemModel | null {
    return this.locate();
  }

  protected override isGone(item: NamedItemModel): boolean {
    return !this.context.runtime.model.names.includes(item);
  }

  protected loadable(): readonly string[] {
    return ["name", "type", "value", "formula", "comment", "visible"];
  }

  protected readProperty(name: string, item: NamedItemModel): unknown {
    if (name === "type") return rangeOfName(this.context.runtime, item) ? "Range" : /#REF!/i.test(item.formula) ? "Error" : "Formula";
    if (name === "value") return item.formula.replace(/^=/, "");
    return (item as unknown as Record<string, unknown>)[name];
  }

  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  get comment(): string {
    return this.get("comment");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.queueSet("visible", value, (item) => {
      item.visible = value === true;
    });
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRange()`, () => {
      const target = rangeOfName(this.context.runtime, this.required());
      if (!target) throw hostError("InvalidOperation", "The name does not refer to a range.");
      return target;
    });
  }

  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRangeOrNullObject()`, () => rangeOfName(this.context.runtime, this.required()), true);
  }

  delete(): void {
    this.queueMethod("delete", [], (item) => {
      const runtime = this.context.runtime;
      runtime.model.names = runtime.model.names.filter((n) => n !== item);
      runtime.engine.removeName(item.name);
    });
  }
}

/** Excel.NamedItemCollection (workbook names). */
export class NamedItemCollection extends ClientCollection<NamedItemProxy, NamedItemModel> {
  protected readonly className = "NamedItemCollection";

  protected resolve(): NamedItemModel[] {
    return [...this.context.runtime.model.names];
  }

  protected itemFor(item: NamedItemModel): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this.path}.getItem(${JSON.stringify(item.name)})`, () => item);
  }

  /** Adds a name for a Range or a formula string ("=Sheet1!$A$1" or "=0.5"). */
  add(name: string, reference: unknown, comment?: string): NamedItemProxy {
    let created: NamedItemModel | null = null;
    this.queueMethod("add", [name, reference, comment ?? ""], () => {
      const runtime = this.context.runtime;
      const problem = definedNameProblem(name);
      if (problem !== undefined) throw hostError("InvalidArgument", `Invalid name: ${problem}`);
      const lower = name.toLowerCase();
      if (findName(runtime, name) || runtime.model.tables.some((t) => t.name.toLowerCase() === lower)) {
        throw hostError("ItemAlreadyExists", `The name "${name}" already exists.`);
      }
      const formula =
        typeof reference === "string" && reference.startsWith("=")
          ? reference
          : `=${addressOf(resolveRangeArgument(this.context, reference, null), true)}`;
      const engineFormula = needsTranslation(formula) ? translateFormula(runtime, formula, null, true) : formula;
      if (!runtime.engine.setName(name, engineFormula)) throw hostError("InvalidArgument", `The reference ${formula} is not valid.`);
      const item: NamedItemModel = { name, formula, comment: comment ?? "", visible: true };
      runtime.model.names.push(item);
      created = item;
    });
    return new NamedItemProxy(this.context, `${this.path}.${call("add", [name])}`, () => created);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this.path}.${call("getItem", [name])}`, () => {
      const found = findName(this.context.runtime, name);
      if (!found) throw hostError("ItemNotFound", `There is no name "${name}".`);
      return found;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this.path}.${call("getItemOrNullObject", [name])}`, () => findName(this.context.runtime, name) ?? null, true).requireApi(
      "NamedItemCollection.getItemOrNullObject",
    );
  }
}
