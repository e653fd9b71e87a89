/**
 * Simple nested API objects (chart title, axis, legend, conditional-format rules, range font/fill …)
 * built from a declarative spec: each property is loadable and settable, and each nested object is
 * another bag. Keeps dozens of tiny Office.js classes from becoming dozens of files.
 */
import { hostError } from "./errors";
import type { BatchContext } from "./proxy";
import { ClientObject } from "./proxy";

/** How one bag reads, writes and nests. */
export interface BagSpec {
  className: string;
  props: readonly string[];
  /** Properties that cannot be set. */
  readOnly?: readonly string[];
  /** Resolves the owner at sync (throws if gone); returning null makes the bag a null object. */
  resolve(): unknown;
  read(name: string): unknown;
  write(name: string, value: unknown): void;
  children?: Record<string, (parentPath: string) => BagObject>;
  methods?: Record<string, (args: unknown[]) => void>;
}

/** A generic API object whose properties and children come from a BagSpec. */
export class BagObject extends ClientObject<unknown> {
  protected readonly className: string;
  private readonly childCache = new Map<string, BagObject>();

  constructor(
    context: BatchContext,
    path: string,
    private readonly spec: BagSpec,
  ) {
    super(context, path);
    this.className = spec.className;
    for (const name of spec.props) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this.get<unknown>(name),
        set: (value: unknown) => {
          if (spec.readOnly?.includes(name)) throw hostError("InvalidArgument", `${spec.className}.${name} is read-only.`);
          this.queueSet(name, value, () => spec.write(name, value));
        },
      });
    }
    for (const name of Object.keys(spec.children ?? {})) {
      Object.defineProperty(this, name, { enumerable: true, get: () => this.navigation(name) });
    }
    for (const [name, method] of Object.entries(spec.methods ?? {})) {
      Object.defineProperty(this, name, {
        value: (...args: unknown[]) => {
          this.queueMethod(name, args, () => method(args));
        },
      });
    }
  }

  protected loadable(): readonly string[] {
    return this.spec.props;
  }

  protected readProperty(name: string): unknown {
    return this.spec.read(name);
  }

  protected resolve(): unknown {
    return this.spec.resolve() ?? null;
  }

  protected override navigation(name: string): BagObject | undefined {
    const make = this.spec.children?.[name];
    if (!make) return undefined;
    let child = this.childCache.get(name);
    if (!child) {
      child = make(`${this.path}.${name}`);
      this.childCache.set(name, child);
    }
    return child;
  }

  protected override navigationNames(): readonly string[] {
    return Object.keys(this.spec.children ?? {});
  }
}

/** Options for a bag stored as a plain nested record. */
export interface RecordBagOptions {
  className: string;
  props: readonly string[];
  readOnly?: readonly string[];
  /** Returns the record (creating it if needed); throws if its owner is gone. */
  record(): Record<string, unknown>;
  /** Called before every write (e.g. to refuse writes on a protected sheet). */
  beforeWrite?(): void;
  /** Validates a value; returns a problem to reject with InvalidArgument. */
  validate?(name: string, value: unknown): string | undefined;
  /** Nested record bags, by property name. */
  children?: Record<string, Omit<RecordBagOptions, "record" | "beforeWrite">>;
  methods?: Record<string, (record: Record<string, unknown>, args: unknown[]) => void>;
  defaults?: Record<string, unknown>;
}

/** Creates a bag whose properties live in a plain record (how conditional formats and charts store settings). */
export function recordBag(context: BatchContext, path: string, options: RecordBagOptions): BagObject {
  const children: Record<string, (p: string) => BagObject> = {};
  for (const [name, child] of Object.entries(options.children ?? {})) {
    children[name] = (childPath) =>
      recordBag(context, childPath, {
        ...child,
        beforeWrite: () => options.beforeWrite?.(),
        record: () => {
          const parent = options.record();
          const existing = parent[name];
          if (existing !== null && typeof existing === "object" && !Array.isArray(existing)) {
            return existing as Record<string, unknown>;
          }
          const created: Record<string, unknown> = {};
          parent[name] = created;
          return created;
        },
      });
  }
  const methods: Record<string, (args: unknown[]) => void> = {};
  for (const [name, method] of Object.entries(options.methods ?? {})) {
    methods[name] = (args) => {
      options.beforeWrite?.();
      method(options.record(), args);
    };
  }
  return new BagObject(context, path, {
    className: options.className,
    props: options.props,
    ...(options.readOnly ? { readOnly: options.readOnly } : {}),
    resolve: () => options.record(),
    read: (name) => {
      const value = options.record()[name];
      return value === undefined ? (options.defaults?.[name] ?? null) : structuredCopy(value);
    },
    write: (name, value) => {
      options.beforeWrite?.();
      const problem = options.validate?.(name, value);
      if (problem !== undefined) throw hostError("InvalidArgument", problem);
      options.record()[name] = structuredCopy(value);
    },
    children,
    methods,
  });
}

/** A deep copy of plain JSON-like data, so callers cannot alias the model. */
export function structuredCopy<V>(value: V): V {
  if (value === null || typeof value !== "object") return value;
  return JSON.parse(JSON.stringify(value)) as V;
}
