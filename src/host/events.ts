/**
 * `Worksheet.onChanged` (ExcelApi 1.7): handlers registered on a sheet hear about cell changes.
 * Sources: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events ("Register
 * event handlers using the add method on event objects like worksheet.onChanged"; "Remove event
 * handlers using the remove method with the same RequestContext") and
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs (address,
 * changeType, source, triggerSource (ExcelApi 1.14), type, worksheetId).
 *
 * What the host does (see docs/host-rules.md "Events"):
 * - a handler is registered by `sheet.onChanged.add(handler)` and takes effect at the next sync
 *   (stricter: nothing is heard before the registration reached "Excel");
 * - every change of cell contents on the sheet — an API write of values or formulas, a cleared range,
 *   an edit typed by the user (`host.setCells`) — is collected; after each sync (and after each
 *   `setCells`) each sheet with handlers gets ONE event whose `address` is the bounding range of the
 *   changes (Unsure: Excel may fire several events for one request; a handler must accept any range);
 * - handlers are called asynchronously, after the sync has resolved, never inside it;
 * - `triggerSource` is "ThisLocalAddin" for changes made through the API, "Unknown" for typed ones;
 * - `result.remove()` takes effect at the next sync of a context; a removed handler hears nothing.
 */
import { formatRect, type Rect } from "./address";
import type { WorkbookModel } from "./workbookModel";

/** What a handler receives (the fields of Excel.WorksheetChangedEventArgs the host models). */
export interface ChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
}

export type ChangedHandler = (args: ChangedEventArgs) => unknown;

interface Registration {
  readonly sheetId: string;
  readonly handler: ChangedHandler;
  active: boolean;
}

/** Registered handlers and the changes not yet announced. */
export class EventHub {
  private readonly registrations: Registration[] = [];
  /** Bounding range of the changes per engine sheet id since the last flush. */
  private readonly changes = new Map<number, Rect>();

  /** Records a change of cells on an engine sheet (cheap: a bounding box). */
  record(hfId: number, rect: Rect): void {
    if (this.registrations.length === 0) return;
    const old = this.changes.get(hfId);
    this.changes.set(hfId, old ? { r0: Math.min(old.r0, rect.r0), c0: Math.min(old.c0, rect.c0), r1: Math.max(old.r1, rect.r1), c1: Math.max(old.c1, rect.c1) } : { ...rect });
  }

  /** Registers a handler (call at sync). Returns its registration, for `remove`. */
  add(sheetId: string, handler: ChangedHandler): Registration {
    const registration: Registration = { sheetId, handler, active: true };
    this.registrations.push(registration);
    return registration;
  }

  /** Unregisters (call at sync). */
  remove(registration: Registration): void {
    registration.active = false;
    const i = this.registrations.indexOf(registration);
    if (i >= 0) this.registrations.splice(i, 1);
  }

  /** Announces the collected changes to the handlers of their sheets, asynchronously, and forgets them. */
  flush(model: WorkbookModel, triggerSource: ChangedEventArgs["triggerSource"]): void {
    if (this.changes.size === 0) return;
    const changes = [...this.changes];
    this.changes.clear();
    for (const [hfId, rect] of changes) {
      const sheet = model.sheets.find((s) => s.hfId === hfId && !s.deleted);
      if (!sheet) continue;
      const args: ChangedEventArgs = { type: "WorksheetChanged", worksheetId: sheet.id, address: formatRect(rect), changeType: "RangeEdited", source: "Local", triggerSource };
      for (const registration of this.registrations.filter((r) => r.sheetId === sheet.id)) {
        setTimeout(() => {
          if (registration.active) void Promise.resolve(registration.handler(args)).catch(() => undefined);
        }, 0);
      }
    }
  }
}
