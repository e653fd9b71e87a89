// Types of scripts/FunctionsLocalePlugin.js, for the tests that call its pure parts.
import type { Compiler } from "webpack";

export interface Translation {
  description?: string;
  parameters?: Record<string, string>;
}

export interface MetadataLike {
  functions: { id: string; name: string; description?: string; parameters?: { name: string; description?: string }[] }[];
  [key: string]: unknown;
}

export function localizeMetadata(
  metadata: MetadataLike,
  table: Record<string, Translation>,
): { metadata: MetadataLike & { allowErrorForDataTypeAny: true }; localized: MetadataLike & { allowErrorForDataTypeAny: true }; errors: string[] };

export function loadTable(file: string): Record<string, Translation>;

export class FunctionsLocalePlugin {
  constructor(options: { table: string; source?: string; output?: string });
  apply(compiler: Compiler): void;
}
