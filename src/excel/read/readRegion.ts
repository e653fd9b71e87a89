/**
 * Turns one block read during detection into a detected KPI table and/or strategy table.
 */
import type { DetectedTable, TableRef } from "../port";
import { recogniseKpiTable, recogniseStrategyTable } from "./recognise";

/** A block queued for reading: its range (address loaded), its values range, and how to name it. */
export interface RegionRead {
  readonly ref: (address: string) => TableRef;
  /** The whole block, with `address` loaded. */
  readonly range: Excel.Range;
  /** The range whose `values` were loaded: the block, or its top rows. */
  readonly values: Excel.Range;
  /** Rows of the whole block when only its top rows were read. */
  readonly totalRows?: number;
}

/**
 * Recognises a block read (after the sync).
 * @param read the queued read
 * @returns the block as a KPI table and/or strategy table, where it reads as one
 */
export function readRegion(read: RegionRead): { kpi?: DetectedTable; strategy?: DetectedTable } {
  if (read.values.isNullObject) return {};
  const ref = read.ref(read.range.address);
  const values = read.values.values;
  const kpi = recogniseKpiTable(ref, values, read.totalRows);
  const strategy = kpi ? undefined : recogniseStrategyTable(ref, values);
  return { ...(kpi ? { kpi } : {}), ...(strategy ? { strategy } : {}) };
}
