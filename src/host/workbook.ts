/**
 * Excel.Workbook and Excel.Application: worksheets, tables, names, settings, document properties,
 * the selection, and calculation control.
 */
import { BagObject } from "./bag";
import { hostError } from "./errors";
import { KeyValueCollection } from "./keyValue";
import { NamedItemCollection } from "./namedItem";
import type { BatchContext } from "./proxy";
import { ClientObject } from "./proxy";
import { RangeProxy } from "./range";
import { TableCollection } from "./table";
import { WorksheetCollection } from "./worksheetCollection";

/** Excel.Application: calculation mode, suspendApiCalculationUntilNextSync, cultureInfo. */
export function createApplication(context: BatchContext, path: string): BagObject {
  const culture = (): string => (context.runtime.displayLanguage.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US");
  return new BagObject(context, path, {
    className: "Application",
    props: ["calculationMode"],
    readOnly: ["calculationMode"],
    resolve: () => true,
    read: () => "Automatic",
    write: () => undefined,
    children: {
      cultureInfo: (p) =>
        new BagObject(context, p, {
          className: "CultureInfo",
          props: ["name"],
          readOnly: ["name"],
          resolve: () => true,
          read: () => culture(),
          write: () => undefined,
        }),
    },
    methods: {
      suspendApiCalculationUntilNextSync: () => {
        context.runtime.stats.calculationSuspensions++;
      },
      calculate: () => context.runtime.engine.resume(),
    },
  });
}

/** Excel.DocumentProperties: `custom` properties (plus a few plain fields). */
export class DocumentPropertiesProxy extends ClientObject<true> {
  protected readonly className = "DocumentProperties";
  private customCollection: KeyValueCollection | undefined;

  protected resolve(): true {
    return true;
  }

  protected loadable(): readonly string[] {
    return ["title", "author", "subject"];
  }

  protected readProperty(): unknown {
    return "";
  }

  get custom(): KeyValueCollection {
    this.customCollection ??= new KeyValueCollection(this.context, `${this.path}.custom`, {
      className: "CustomProperty",
      store: () => this.context.runtime.model.customProperties,
      caseInsensitive: true,
      withType: true,
      validate: (key, value) => {
        if (key.length > 255) return "A custom property key has at most 255 characters.";
        if (typeof value === "string" && value.length > 255) return "A custom property string value has at most 255 characters.";
        if (!["string", "number", "boolean"].includes(typeof value)) return "A custom property value is a string, number or boolean.";
        return undefined;
      },
    });
    return this.customCollection;
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "custom" ? this.custom : undefined;
  }
}

/** Excel.Workbook. */
export class WorkbookProxy extends ClientObject<true> {
  protected readonly className = "Workbook";
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  private settingsCollection: KeyValueCollection | undefined;
  private propertiesObject: DocumentPropertiesProxy | undefined;
  readonly application: BagObject;

  constructor(context: BatchContext, path: string) {
    super(context, path);
    this.worksheets = new WorksheetCollection(context, `${path}.worksheets`);
    this.tables = new TableCollection(context, `${path}.tables`, null);
    this.names = new NamedItemCollection(context, `${path}.names`);
    this.application = createApplication(context, `${path}.application`);
  }

  /** Excel.SettingCollection (ExcelApi 1.4). */
  get settings(): KeyValueCollection {
    const context = this.context;
    this.settingsCollection ??= new KeyValueCollection(context, `${this.path}.settings`, {
      className: "Setting",
      store: () => context.runtime.model.settings,
      caseInsensitive: false,
      withType: false,
      validate: (_key, value) => {
        try {
          JSON.stringify(value);
          return undefined;
        } catch {
          return "A setting value must be JSON-serialisable.";
        }
      },
    }).requireApi("Workbook.settings");
    return this.settingsCollection;
  }

  /** Excel.DocumentProperties (ExcelApi 1.7). */
  get properties(): DocumentPropertiesProxy {
    this.propertiesObject ??= new DocumentPropertiesProxy(this.context, `${this.path}.properties`).requireApi("Workbook.properties");
    return this.propertiesObject;
  }

  protected resolve(): true {
    return true;
  }

  protected loadable(): readonly string[] {
    return ["name", "readOnly"];
  }

  protected readProperty(name: string): unknown {
    return name === "name" ? "Book1.xlsx" : false;
  }

  get name(): string {
    return this.get("name");
  }
  get readOnly(): boolean {
    return this.get("readOnly");
  }

  protected override navigation(name: string): ClientObject | undefined {
    const table: Record<string, () => ClientObject> = {
      worksheets: () => this.worksheets,
      tables: () => this.tables,
      names: () => this.names,
      settings: () => this.settings,
      properties: () => this.properties,
      application: () => this.application,
    };
    return table[name]?.();
  }

  /** The selected range (set by the user, `host.setSelection` or `range.select()`). */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getSelectedRange()`, () => {
      const selection = this.context.runtime.model.selection;
      if (!selection || selection.sheet.deleted) throw hostError("InvalidSelection", "There is no selected range.");
      return selection;
    });
  }

  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getActiveCell()`, () => {
      const selection = this.context.runtime.model.selection;
      if (!selection || selection.sheet.deleted) throw hostError("InvalidSelection", "There is no active cell.");
      return { sheet: selection.sheet, rect: { r0: selection.rect.r0, c0: selection.rect.c0, r1: selection.rect.r0, c1: selection.rect.c0 } };
    }).requireApi("Workbook.getActiveCell");
  }
}
