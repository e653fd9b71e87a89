/**
 * Excel.ConditionalFormat and its collection on a range. Supported types and their settings:
 * IconSet (iconSet: style, criteria, reverseIconOrder, showIconOnly), ColorScale (colorScale:
 * criteria), CellValue (cellValue: format, rule), ContainsText (textComparison: format, rule),
 * Custom (custom: format, rule.formula), DataBar (dataBar), TopBottom, PresetCriteria.
 * Settings are stored as plain records and appear as such in the host snapshot.
 */
import type { RecordBagOptions } from "./bag";
import { recordBag, type BagObject } from "./bag";
import { assertUnprotected } from "./cellWrite";
import { hostError } from "./errors";
import type { RangeTarget } from "./lookup";
import { addressOf, call } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientCollection, ClientObject } from "./proxy";
import { RangeProxy } from "./range";
import type { ConditionalFormatModel } from "./workbookModel";
import { nextModelId } from "./workbookModel";

type ChildOptions = Omit<RecordBagOptions, "record" | "beforeWrite">;

const cfFormat: ChildOptions = {
  className: "ConditionalRangeFormat",
  props: ["numberFormat"],
  children: {
    fill: { className: "ConditionalRangeFill", props: ["color"] },
    font: { className: "ConditionalRangeFont", props: ["bold", "italic", "color", "strikethrough", "underline"] },
  },
};

/** Which property of ConditionalFormat holds each type's settings. */
const TYPES: Record<string, { key: string; props: string[]; children?: Record<string, ChildOptions> }> = {
  IconSet: { key: "iconSet", props: ["style", "criteria", "reverseIconOrder", "showIconOnly"] },
  ColorScale: { key: "colorScale", props: ["criteria", "threeColorScale"] },
  CellValue: { key: "cellValue", props: ["rule"], children: { format: cfFormat } },
  ContainsText: { key: "textComparison", props: ["rule"], children: { format: cfFormat } },
  Custom: {
    key: "custom",
    props: [],
    children: { format: cfFormat, rule: { className: "ConditionalFormatRule", props: ["formula", "formulaLocal"] } },
  },
  DataBar: { key: "dataBar", props: ["barDirection", "showDataBarOnly", "axisFormat", "axisColor", "lowerBoundRule", "upperBoundRule"] },
  TopBottom: { key: "topBottom", props: ["rule"], children: { format: cfFormat } },
  PresetCriteria: { key: "preset", props: ["rule"], children: { format: cfFormat } },
};

/** Excel.ConditionalFormat. */
export class ConditionalFormatProxy extends ClientObject<ConditionalFormatModel> {
  protected readonly className = "ConditionalFormat";
  private bags = new Map<string, BagObject>();

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => ConditionalFormatModel | null,
  ) {
    super(context, path);
    for (const [type, spec] of Object.entries(TYPES)) {
      Object.defineProperty(this, spec.key, { enumerable: true, get: () => this.settings(type) });
    }
  }

  protected resolve(): ConditionalFormatModel | null {
    return this.locate();
  }

  protected override isGone(cf: ConditionalFormatModel): boolean {
    return cf.deleted;
  }

  protected loadable(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }

  protected readProperty(name: string, cf: ConditionalFormatModel): unknown {
    if (name === "priority") return cf.sheet.conditionalFormats.indexOf(cf);
    return (cf as unknown as Record<string, unknown>)[name];
  }

  get id(): string {
    return this.get("id");
  }
  get type(): string {
    return this.get("type");
  }
  get priority(): number {
    return this.get("priority");
  }
  set priority(value: number) {
    this.queueSet("priority", value, (cf) => {
      assertUnprotected(cf.sheet);
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw hostError("InvalidArgument", "priority expects an integer ≥ 0.");
      const list = cf.sheet.conditionalFormats.filter((c) => c !== cf);
      list.splice(Math.min(value, list.length), 0, cf);
      cf.sheet.conditionalFormats = list;
    });
  }
  get stopIfTrue(): boolean {
    return this.get("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.queueSet("stopIfTrue", value, (cf) => {
      assertUnprotected(cf.sheet);
      cf.stopIfTrue = value === true;
    });
  }

  /** The settings object of one type (e.g. `iconSet`); using another type's settings fails. */
  private settings(type: string): BagObject {
    const spec = TYPES[type];
    if (!spec) throw hostError("InvalidArgument", `Unknown conditional format type ${type}.`);
    let bag = this.bags.get(type);
    if (!bag) {
      bag = recordBag(this.context, `${this.path}.${spec.key}`, {
        className: type === "ContainsText" ? "TextConditionalFormat" : `${type}ConditionalFormat`,
        props: spec.props,
        readOnly: type === "ColorScale" ? ["threeColorScale"] : [],
        ...(spec.children ? { children: spec.children } : {}),
        beforeWrite: () => assertUnprotected(this.required().sheet),
        record: () => {
          const cf = this.required();
          if (cf.type !== type) throw hostError("InvalidOperation", `This conditional format is ${cf.type}, not ${type}.`);
          return cf.props;
        },
        validate: (name, value) => (name === "criteria" && (value === null || typeof value !== "object") ? "criteria must be an object or array." : undefined),
      });
      this.bags.set(type, bag);
    }
    return bag;
  }

  protected override navigation(name: string): ClientObject | undefined {
    const entry = Object.entries(TYPES).find(([, spec]) => spec.key === name);
    return entry ? this.settings(entry[0]) : undefined;
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRange()`, () => {
      const cf = this.required();
      return { sheet: cf.sheet, rect: cf.rect };
    });
  }

  delete(): void {
    this.queueMethod("delete", [], (cf) => {
      assertUnprotected(cf.sheet);
      cf.deleted = true;
      cf.sheet.conditionalFormats = cf.sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}

/** Excel.ConditionalFormatCollection of a range (items: formats that overlap the range). */
export class ConditionalFormatCollection extends ClientCollection<ConditionalFormatProxy, ConditionalFormatModel> {
  protected readonly className = "ConditionalFormatCollection";

  constructor(
    context: BatchContext,
    path: string,
    private readonly range: () => RangeTarget,
  ) {
    super(context, path);
  }

  protected override loadable(): readonly string[] {
    return ["count"];
  }

  protected resolve(): ConditionalFormatModel[] {
    const { sheet, rect } = this.range();
    return sheet.conditionalFormats.filter((cf) => cf.rect.r0 <= rect.r1 && rect.r0 <= cf.rect.r1 && cf.rect.c0 <= rect.c1 && rect.c0 <= cf.rect.c1);
  }

  protected itemFor(cf: ConditionalFormatModel): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this.path}.getItem(${JSON.stringify(cf.id)})`, () => cf);
  }

  /** Adds a conditional format of a type; it gets the top priority (0), as in Excel. */
  add(type: string): ConditionalFormatProxy {
    let created: ConditionalFormatModel | null = null;
    this.queueMethod("add", [type], () => {
      const { sheet, rect } = this.range();
      assertUnprotected(sheet);
      if (!TYPES[type]) throw hostError("InvalidArgument", `"${type}" is not a supported conditional format type.`);
      const cf: ConditionalFormatModel = { id: nextModelId(this.context.runtime.model), type, sheet, rect, stopIfTrue: false, props: {}, deleted: false };
      sheet.conditionalFormats.unshift(cf);
      created = cf;
    });
    return new ConditionalFormatProxy(this.context, `${this.path}.${call("add", [type])}`, () => created);
  }

  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this.path}.${call("getItem", [id])}`, () => {
      const found = this.resolve().find((cf) => cf.id === id);
      if (!found) throw hostError("ItemNotFound", `No conditional format with id ${id}.`);
      return found;
    });
  }

  getItemAt(index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this.path}.${call("getItemAt", [index])}`, () => {
      const found = this.resolve()[index];
      if (!found) throw hostError("ItemNotFound", `No conditional format at index ${index}.`);
      return found;
    });
  }

  clearAll(): void {
    this.queueMethod("clearAll", [], () => {
      const { sheet } = this.range();
      assertUnprotected(sheet);
      const gone = new Set(this.resolve());
      gone.forEach((cf) => (cf.deleted = true));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !gone.has(cf));
    });
  }
}

/** The address a conditional format applies to, for snapshots. */
export function conditionalFormatAddress(cf: ConditionalFormatModel): string {
  return addressOf({ sheet: cf.sheet, rect: cf.rect });
}
