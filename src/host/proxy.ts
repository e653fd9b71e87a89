/**
 * The load/sync/queue machinery every API object shares.
 * - Reading a property that was not loaded and synced throws PropertyNotLoaded.
 * - Setters and methods queue an operation; nothing changes until `context.sync()`.
 * - Objects resolve their target (sheet, range, table …) when an operation runs, and keep it.
 * Source: https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 */
import { HostError, hostError } from "./errors";
import type { LoadSpec } from "./loadSpec";
import { parseLoadArgument } from "./loadSpec";
import type { EventHub } from "./events";
import type { FormulaEngine } from "./hyperformulaBridge";
import type { WorkbookModel } from "./workbookModel";

/** What the proxies need from the host while a sync runs. */
export interface HostRuntime {
  readonly model: WorkbookModel;
  readonly engine: FormulaEngine;
  readonly stats: { tableRowsAdded: number; calculationSuspensions: number; autofits: number };
  readonly displayLanguage: string;
  /** Worksheet.onChanged handlers and the changes not yet announced (events.ts). */
  readonly events: EventHub;
  /** Whether the host's requirement sets include this member ("Class.member"). */
  supports(member: string): boolean;
}

/** The state of one sync while its operations run. */
export class SyncExecution {
  readonly commits: Array<() => void> = [];
  responseBytes = 0;
}

/** One queued operation. */
export interface Op {
  /** "Class.member", used for API-set gating and error locations. */
  member: string;
  /** Object path of the target, for request-size estimates and debugInfo. */
  path: string;
  /** Arguments as sent to Excel; their JSON size is the request size. */
  payload: unknown;
  run(exec: SyncExecution): void;
}

/** The queue a request context offers its objects. */
export interface BatchContext {
  readonly runtime: HostRuntime;
  enqueue(op: Op): void;
}

const objectInternals = new WeakMap<object, unknown>();

/** Base of every API object. `T` is the model target the object resolves to. */
export abstract class ClientObject<T = unknown> {
  private readonly loadedValues = new Map<string, unknown>();
  private memo: { value: T | null } | undefined;
  private nullState: boolean | undefined;
  private nullable = false;

  constructor(
    readonly context: BatchContext,
    /** The object path, e.g. `workbook.worksheets.getItem("Data").getRange("A1")`. */
    readonly path: string,
  ) {
    objectInternals.set(this, path);
  }

  /** The class name as in Excel's API ("Range", "Worksheet" …). */
  protected abstract readonly className: string;
  /** Scalar properties `load()` may request. */
  protected abstract loadable(): readonly string[];
  /** Reads one scalar property from the resolved target (called during a sync). */
  protected abstract readProperty(name: string, target: T): unknown;
  /** Finds the target; returns null for a missing item of an *OrNullObject method, throws otherwise. */
  protected abstract resolve(): T | null;
  /** Whether a resolved target has since disappeared (deleted sheet, table …). */
  protected isGone(_target: T): boolean {
    return false;
  }
  /** A navigation property by name, for loads like "format/fill/color". */
  protected navigation(_name: string): ClientObject | undefined {
    return undefined;
  }

  /** Whether the resolved target is kept (items are; collections re-read their members every time). */
  protected readonly memoize: boolean = true;

  /** The resolved target (memoised); null for a null object. */
  protected target(): T | null {
    if (!this.memoize) return this.resolve();
    if (this.memo) {
      const value = this.memo.value;
      if (value !== null && this.isGone(value)) {
        throw hostError("ItemNotFound", `The ${this.className} no longer exists.`);
      }
      return value;
    }
    const value = this.resolve();
    this.memo = { value };
    return value;
  }

  /** The resolved target, failing with ItemNotFound for a null object (writes and methods). */
  protected required(): T {
    const value = this.target();
    if (value === null) throw hostError("ItemNotFound", `The ${this.className} does not exist (null object).`);
    return value;
  }

  /** Queues an empty operation so a gated creation method ("Class.method") is checked against the requirement sets at sync. */
  protected gate(member: string): void {
    this.context.enqueue({ member, path: this.path, payload: null, run: () => undefined });
  }

  /**
   * @internal Gates the method that created this object ("Class.method") on the host's
   * requirement sets; returns this for chaining.
   */
  requireApi(member: string): this {
    this.gate(member);
    return this;
  }

  /** Marks this object as the result of an *OrNullObject method: its null state is fetched at sync. */
  protected markNullable(): this {
    this.nullable = true;
    this.context.enqueue({
      member: `${this.className}.isNullObject`,
      path: this.path,
      payload: null,
      run: (exec) => {
        const isNull = this.target() === null;
        exec.commits.push(() => {
          this.nullState = isNull;
        });
      },
    });
    return this;
  }

  /** True when an *OrNullObject method found nothing. Readable after the next sync. */
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) {
      throw hostError("PropertyNotLoaded", `isNullObject of ${this.className} is known only after context.sync().`);
    }
    return this.nullState;
  }

  /** Reads a loaded property; throws PropertyNotLoaded if it was not loaded and synced. */
  protected get<V>(name: string): V {
    if (!this.loadedValues.has(name)) {
      throw new HostError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.className}.${name}`,
      );
    }
    return this.loadedValues.get(name) as V;
  }

  /** Queues a load of the given properties (string, array, `{ select, expand }` or option object). */
  load(option?: unknown): this {
    const spec = parseLoadArgument(option);
    this.context.enqueue({
      member: `${this.className}.load`,
      path: this.path,
      payload: option ?? null,
      run: (exec) => this.executeLoad(spec, exec),
    });
    return this;
  }

  /** Runs a load during a sync: reads values now, commits them if the sync succeeds. */
  executeLoad(spec: LoadSpec, exec: SyncExecution): void {
    const target = this.target();
    const known = this.loadable();
    const names = spec.all ? [...known] : [...spec.scalars];
    const values = new Map<string, unknown>();
    for (const name of names) {
      if (!known.includes(name)) {
        if (this.navigation(name)) {
          if (target !== null) this.navigation(name)?.executeLoad({ all: true, scalars: new Set(), nav: new Map() }, exec);
          continue;
        }
        throw hostError("InvalidArgument", `${this.className} has no property '${name}' to load.`);
      }
      if (!this.context.runtime.supports(`${this.className}.${name}`)) {
        throw hostError("ApiNotFound", `${this.className}.${name} is not available in this version of Excel.`);
      }
      values.set(name, target === null ? null : this.readProperty(name, target));
    }
    for (const [name, sub] of spec.nav) {
      const child = this.navigation(name);
      if (!child) throw hostError("InvalidArgument", `${this.className} has no navigation property '${name}'.`);
      if (target !== null) child.executeLoad(sub, exec);
    }
    exec.responseBytes += jsonBytes([...values.values()]);
    exec.commits.push(() => {
      for (const [name, value] of values) this.loadedValues.set(name, value);
    });
  }

  /** Queues a property write; `apply` runs at sync with the resolved target. */
  protected queueSet(name: string, value: unknown, apply: (target: T) => void): void {
    if (value === undefined) throw hostError("InvalidArgument", `${this.className}.${name} cannot be set to undefined.`);
    this.context.enqueue({
      member: `${this.className}.${name}`,
      path: this.path,
      payload: value,
      run: () => apply(this.required()),
    });
  }

  /** Queues a method call; `apply` runs at sync with the resolved target. */
  protected queueMethod(name: string, args: unknown[], apply: (target: T, exec: SyncExecution) => void): void {
    this.context.enqueue({
      member: `${this.className}.${name}`,
      path: this.path,
      payload: args,
      run: (exec) => apply(this.required(), exec),
    });
  }

  /** Stores a loaded value (used by collections for their own scalars). */
  protected commitValue(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
  }

  /** Plain copy of the loaded properties (and loaded navigation properties). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, value] of this.loadedValues) out[name] = value;
    for (const name of this.navigationNames()) {
      const child = this.navigation(name);
      const json = child?.toJSON();
      if (json && Object.keys(json).length > 0) out[name] = json;
    }
    return out;
  }

  /** Names of navigation properties, for toJSON. */
  protected navigationNames(): readonly string[] {
    return [];
  }

  /** Office.js compatibility: tracking is not needed in this host. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** UTF-8 size of a value's JSON text. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A value returned by a method (e.g. `getCount()`), readable after the next sync. */
export class ClientResult<V> {
  private state: { value: V } | undefined;

  /** @internal set by the sync that computed it */
  settle(value: V): void {
    this.state = { value };
  }

  get value(): V {
    if (!this.state) throw hostError("PropertyNotLoaded", "The value of a ClientResult is available after context.sync().");
    return this.state.value;
  }
}

/** Queues a method whose result is read after sync. */
export function queueResult<V>(context: BatchContext, member: string, path: string, args: unknown[], compute: () => V): ClientResult<V> {
  const result = new ClientResult<V>();
  context.enqueue({
    member,
    path,
    payload: args,
    run: (exec) => {
      const value = compute();
      exec.responseBytes += jsonBytes(value);
      exec.commits.push(() => result.settle(value));
    },
  });
  return result;
}

/** Base of collections: `items` after load, item props loaded through the collection. */
export abstract class ClientCollection<I extends ClientObject<M>, M> extends ClientObject<M[]> {
  private loadedItems: I[] | undefined;
  protected override readonly memoize = false;

  /** Creates (or reuses) the proxy for one item. */
  protected abstract itemFor(model: M, index: number): I;

  /** Collection-level scalar properties (e.g. "count"). */
  protected override loadable(): readonly string[] {
    return [];
  }

  protected override readProperty(name: string, target: M[]): unknown {
    return name === "count" ? target.length : undefined;
  }

  /** The loaded items; throws PropertyNotLoaded before load + sync. */
  get items(): I[] {
    if (!this.loadedItems) {
      throw new HostError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load on the collection and context.sync() first.",
        `${this.className}.items`,
      );
    }
    return this.loadedItems;
  }

  override executeLoad(spec: LoadSpec, exec: SyncExecution): void {
    const models = this.required();
    const own = this.loadable();
    const itemSpec: LoadSpec = { all: spec.all, scalars: new Set(), nav: new Map(spec.nav) };
    const ownValues = new Map<string, unknown>();
    for (const name of spec.scalars) {
      if (own.includes(name)) ownValues.set(name, this.readProperty(name, models));
      else if (name === "items") itemSpec.all = true;
      else itemSpec.scalars.add(name);
    }
    const itemsNav = spec.nav.get("items");
    if (itemsNav) {
      itemSpec.nav.delete("items");
      itemsNav.scalars.forEach((s) => itemSpec.scalars.add(s));
      itemsNav.nav.forEach((v, k) => itemSpec.nav.set(k, v));
      if (itemsNav.all) itemSpec.all = true;
    }
    if (!itemSpec.all && itemSpec.scalars.size === 0 && itemSpec.nav.size === 0 && ownValues.size === 0) itemSpec.all = true;
    const items = models.map((m, i) => this.itemFor(m, i));
    items.forEach((item) => item.executeLoad(itemSpec, exec));
    exec.commits.push(() => {
      this.loadedItems = items;
      for (const [name, value] of ownValues) this.commitValue(name, value);
    });
  }

  /** `count` where the collection has it (e.g. ChartSeriesCollection, TableRowCollection). */
  get count(): number {
    return this.get<number>("count");
  }

  /** Number of items, readable after sync. */
  getCount(): ClientResult<number> {
    return queueResult(this.context, `${this.className}.getCount`, this.path, [], () => this.required().length);
  }

  override toJSON(): Record<string, unknown> {
    return this.loadedItems ? { items: this.loadedItems.map((i) => i.toJSON()) } : {};
  }
}
