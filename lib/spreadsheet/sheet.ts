// What an export is, independent of its file format: named columns and batches of rows.
// Text cells are neutralised by the writers (./neutralise.ts); numbers and instants are written
// as such.

export type CellValue = string | number | Date | null;

export interface SheetColumn {
  header: string;
  /** Column width in characters (XLSX). */
  width: number;
}

export interface SheetSpec {
  /** Worksheet name (XLSX): at most 31 characters, none of []:*?/\ . */
  name: string;
  columns: readonly SheetColumn[];
}

/** Rows in batches, so that a large export never sits in memory whole. */
export type RowBatches = AsyncIterable<readonly CellValue[][]>;

/** "2026-11-22 14:03" (UTC): how the CSV writes instants, readable and sortable. */
export function formatInstant(value: Date): string {
  return value.toISOString().slice(0, 16).replace("T", " ");
}
