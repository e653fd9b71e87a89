/** Excel.WorksheetCollection: add, getItem, getItemOrNullObject, getActiveWorksheet, first/last, items. */
import { hostError } from "./errors";
import { call, findSheet, liveSheets } from "./lookup";
import { ClientCollection } from "./proxy";
import { addSheet } from "./sheetOps";
import { WorksheetProxy } from "./worksheet";
import type { SheetModel } from "./workbookModel";

export class WorksheetCollection extends ClientCollection<WorksheetProxy, SheetModel> {
  protected readonly className = "WorksheetCollection";

  protected resolve(): SheetModel[] {
    return liveSheets(this.context.runtime.model);
  }

  protected itemFor(sheet: SheetModel): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.getItem(${JSON.stringify(sheet.id)})`, () => sheet);
  }

  /** Adds a sheet at the end (named "SheetN" when no name is given). */
  add(name?: string): WorksheetProxy {
    let created: SheetModel | null = null;
    this.queueMethod("add", name === undefined ? [] : [name], () => {
      created = addSheet(this.context.runtime, name);
    });
    return new WorksheetProxy(this.context, `${this.path}.${call("add", name === undefined ? [] : [name])}`, () => created);
  }

  /** A sheet by name (case-insensitive) or id; ItemNotFound at sync when missing. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.${call("getItem", [key])}`, () => {
      const sheet = findSheet(this.context.runtime.model, key);
      if (!sheet) throw hostError("ItemNotFound", `The worksheet "${key}" does not exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.${call("getItemOrNullObject", [key])}`, () => findSheet(this.context.runtime.model, key) ?? null, true).requireApi(
      "WorksheetCollection.getItemOrNullObject",
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.getActiveWorksheet()`, () => {
      const sheet = this.context.runtime.model.activeSheet;
      if (!sheet) throw hostError("ItemNotFound", "There is no active worksheet.");
      return sheet;
    });
  }

  private edge(name: string, visibleOnly: boolean | undefined, pick: (list: SheetModel[]) => SheetModel | undefined): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.${call(name, visibleOnly === undefined ? [] : [visibleOnly])}`, () => {
      const list = this.resolve().filter((s) => !visibleOnly || s.visibility === "Visible");
      const found = pick(list);
      if (!found) throw hostError("ItemNotFound", "There is no such worksheet.");
      return found;
    });
  }

  getFirst(visibleOnly?: boolean): WorksheetProxy {
    return this.edge("getFirst", visibleOnly, (l) => l[0]).requireApi("WorksheetCollection.getFirst");
  }

  getLast(visibleOnly?: boolean): WorksheetProxy {
    return this.edge("getLast", visibleOnly, (l) => l[l.length - 1]).requireApi("WorksheetCollection.getLast");
  }
}
