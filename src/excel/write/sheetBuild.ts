import type { Lang } from "../../engine";
import type { Features } from "./features";
import type { WriteInput } from "./writeInput";

/** What every sheet builder gets. */
export interface SheetBuild {
  readonly input: WriteInput;
  readonly lang: Lang;
  readonly features: Features;
  /** The staging sheet written to (its content is copied onto the managed sheet: writeEvaluation.ts). */
  readonly sheet: string;
}
