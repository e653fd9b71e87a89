/**
 * Key/value stores: workbook settings (Excel.SettingCollection), document custom properties
 * (Excel.CustomPropertyCollection) and worksheet custom properties. Items have `key`, `value`
 * (and `type` for document properties) and `delete()`.
 */
import { hostError } from "./errors";
import { call } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientCollection, ClientObject } from "./proxy";

type Entry = { key: string; value: unknown };

/** How one key/value collection behaves. */
export interface KeyValueOptions {
  className: string;
  store(): Map<string, Entry>;
  caseInsensitive: boolean;
  withType: boolean;
  validate?(key: string, value: unknown): string | undefined;
}

const normal = (options: KeyValueOptions, key: string): string => (options.caseInsensitive ? key.toLowerCase() : key);

function typeOf(value: unknown): string {
  if (typeof value === "number") return "Number";
  if (typeof value === "boolean") return "Boolean";
  if (value instanceof Date) return "Date";
  return "String";
}

/** One setting or custom property. */
export class KeyValueItem extends ClientObject<Entry> {
  protected readonly className: string;

  constructor(
    context: BatchContext,
    path: string,
    private readonly options: KeyValueOptions,
    private readonly locate: () => Entry | null,
    nullable = false,
  ) {
    super(context, path);
    this.className = options.className;
    if (nullable) this.markNullable();
  }

  protected resolve(): Entry | null {
    return this.locate();
  }

  protected override isGone(entry: Entry): boolean {
    return this.options.store().get(normal(this.options, entry.key)) !== entry;
  }

  protected loadable(): readonly string[] {
    return this.options.withType ? ["key", "value", "type"] : ["key", "value"];
  }

  protected readProperty(name: string, entry: Entry): unknown {
    if (name === "key") return entry.key;
    if (name === "type") return typeOf(entry.value);
    return JSON.parse(JSON.stringify(entry.value ?? null)) as unknown;
  }

  get key(): string {
    return this.get("key");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(value: unknown) {
    this.queueSet("value", value, (entry) => {
      const problem = this.options.validate?.(entry.key, value);
      if (problem !== undefined) throw hostError("InvalidArgument", problem);
      entry.value = value;
    });
  }

  delete(): void {
    this.queueMethod("delete", [], (entry) => {
      this.options.store().delete(normal(this.options, entry.key));
    });
  }
}

/** A collection of settings or custom properties. */
export class KeyValueCollection extends ClientCollection<KeyValueItem, Entry> {
  protected readonly className: string;

  constructor(
    context: BatchContext,
    path: string,
    private readonly options: KeyValueOptions,
  ) {
    super(context, path);
    this.className = `${options.className}Collection`;
  }

  protected resolve(): Entry[] {
    return [...this.options.store().values()];
  }

  protected itemFor(entry: Entry, index: number): KeyValueItem {
    return new KeyValueItem(this.context, `${this.path}.items[${index}]`, this.options, () => entry);
  }

  private find(key: string): Entry | undefined {
    return this.options.store().get(normal(this.options, key));
  }

  /** Adds or replaces an entry (Excel replaces a setting or property with the same key). */
  add(key: string, value: unknown): KeyValueItem {
    let added: Entry | null = null;
    this.queueMethod("add", [key, value], () => {
      if (typeof key !== "string" || key.length === 0) throw hostError("InvalidArgument", "A key must be a non-empty string.");
      if (value === undefined || value === null) throw hostError("InvalidArgument", "A value is required.");
      const problem = this.options.validate?.(key, value);
      if (problem !== undefined) throw hostError("InvalidArgument", problem);
      const entry = { key, value };
      this.options.store().set(normal(this.options, key), entry);
      added = entry;
    });
    return new KeyValueItem(this.context, `${this.path}.${call("add", [key])}`, this.options, () => added);
  }

  getItem(key: string): KeyValueItem {
    return new KeyValueItem(this.context, `${this.path}.${call("getItem", [key])}`, this.options, () => {
      const found = this.find(key);
      if (!found) throw hostError("ItemNotFound", `No ${this.options.className} with key "${key}".`);
      return found;
    }).requireApi(`${this.className}.getItem`);
  }

  getItemOrNullObject(key: string): KeyValueItem {
    return new KeyValueItem(this.context, `${this.path}.${call("getItemOrNullObject", [key])}`, this.options, () => this.find(key) ?? null, true).requireApi(
      `${this.className}.getItemOrNullObject`,
    );
  }

  deleteAll(): void {
    this.queueMethod("deleteAll", [], () => this.options.store().clear());
  }
}
