import type { ColumnRole, HeaderRole, MatchBand, Perspective, SignalKind, Status } from "../engine";
import type { StringKey } from "./i18n/en";

/** Roles a column may be given in the pane, in the order the dropdown lists them. */
export const ROLES: readonly HeaderRole[] = [
  "name", "description", "perspective", "objective", "parent", "owner", "department", "unit",
  "baseline", "target", "actual", "weight", "direction", "deadline", "frequency", "green", "amber",
];

/** Display label of each column role. */
export const ROLE_LABEL: Readonly<Record<HeaderRole, StringKey>> = {
  name: "roleName", description: "roleDescription", perspective: "rolePerspective", objective: "roleObjective", parent: "roleParent",
  owner: "roleOwner", department: "roleDepartment", unit: "roleUnit", baseline: "roleBaseline",
  target: "roleTarget", actual: "roleActual", weight: "roleWeight", direction: "roleDirection",
  deadline: "roleDeadline", frequency: "roleFrequency", green: "roleGreen", amber: "roleAmber",
};

/** Status codes (stable English in formulas) translated for display (DOMAIN §2). */
export const STATUS_LABEL: Readonly<Record<Status, StringKey>> = {
  "On track": "statusOnTrack", "At risk": "statusAtRisk", "Off track": "statusOffTrack", "No data": "statusNoData",
};

export const BAND_LABEL: Readonly<Record<MatchBand, StringKey>> = { strong: "bandStrong", moderate: "bandModerate", weak: "bandWeak" };

export const PERSPECTIVES: readonly Perspective[] = ["financial", "customer", "process", "learning"];

export const PERSPECTIVE_LABEL: Readonly<Record<Perspective, StringKey>> = {
  financial: "perspectiveFinancial", customer: "perspectiveCustomer", process: "perspectiveProcess", learning: "perspectiveLearning",
};

export const SIGNAL_LABEL: Readonly<Record<SignalKind, StringKey>> = {
  ABOVE_LIMIT: "signalAbove", BELOW_LIMIT: "signalBelow", RUN_ABOVE: "signalRunAbove",
  RUN_BELOW: "signalRunBelow", NEAR_UPPER: "signalNearUpper", NEAR_LOWER: "signalNearLower",
};

/** SMART letters, their names, and the column a problem with that letter is best fixed in. */
export const SMART_LETTERS = ["S", "M", "A", "R", "T"] as const;
export type SmartLetter = (typeof SMART_LETTERS)[number];
export const SMART_LABEL: Readonly<Record<SmartLetter, StringKey>> = { S: "smartS", M: "smartM", A: "smartA", R: "smartR", T: "smartT" };
export const SMART_COLUMN: Readonly<Record<SmartLetter, readonly ColumnRole[]>> = {
  S: ["description", "name"],
  M: ["target", "unit", "description", "name"],
  A: ["target", "baseline", "name"],
  R: ["objective", "name"],
  T: ["deadline", "description", "name"],
};
