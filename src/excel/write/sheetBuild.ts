import type { Lang } from "../../engine";
import type { Features } from "./features";
import type { TableNamer } from "./tableNames";
import type { WriteInput } from "./writeInput";

/** What every sheet builder gets. */
export interface SheetBuild {
  readonly input: WriteInput;
  readonly lang: Lang;
  readonly features: Features;
  readonly tables: TableNamer;
  /** The staging sheet written to. */
  readonly sheet: string;
}
