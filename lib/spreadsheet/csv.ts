// CSV export: UTF-8 with a byte order mark (so that Excel reads accents, Arabic and Chinese
// correctly), a header row, every field quoted where needed by csv-stringify, text cells
// neutralised against formula injection.
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { neutraliseCell } from "./neutralise";
import { formatInstant, type CellValue, type RowBatches, type SheetSpec } from "./sheet";

function csvCell(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return formatInstant(value);
  if (typeof value === "number") return String(value);
  return neutraliseCell(value);
}

/** A byte stream of the CSV file; rows are read batch by batch as the client reads. */
export function csvStream(spec: SheetSpec, batches: RowBatches): Readable {
  const stringifier = stringify({ bom: true, header: true, columns: spec.columns.map((column) => column.header), record_delimiter: "windows" });
  // Batches are read only as fast as the client takes the file (pipe's back-pressure).
  async function* records() {
    for await (const batch of batches) {
      for (const row of batch) yield row.map(csvCell);
    }
  }
  const source = Readable.from(records());
  // .pipe does not pass errors on: a failed read must end the download, not leave it hanging.
  source.on("error", (error) => stringifier.destroy(error));
  return source.pipe(stringifier);
}
