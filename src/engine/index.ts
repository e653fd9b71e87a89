/**
 * The engine's public surface. Other layers import from here only (lint enforces it).
 */
export type * from "./model";
