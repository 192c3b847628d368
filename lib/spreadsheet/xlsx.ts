// XLSX export through exceljs's streaming writer (rows are committed and flushed as they come):
// a bold, frozen header row with an auto-filter, sensible column widths, text written as text
// (never as a formula) and neutralised against formula injection as in the CSV.
import { once } from "node:events";
import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { logger } from "@/lib/logger";
import { neutraliseCell, xmlSafeText } from "./neutralise";
import type { CellValue, RowBatches, SheetSpec } from "./sheet";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function xlsxCell(value: CellValue): string | number | Date | null {
  if (typeof value === "string") return xmlSafeText(neutraliseCell(value));
  return value;
}

function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A byte stream of the XLSX file; rows are read batch by batch while the zip is written. */
export function xlsxStream(spec: SheetSpec, batches: RowBatches): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  });
  sheet.autoFilter = `A1:${columnLetter(spec.columns.length - 1)}1`;
  sheet.columns = spec.columns.map((column, index) => ({ key: String(index), width: column.width }));
  const header = sheet.addRow(spec.columns.map((column) => xmlSafeText(column.header)));
  header.font = { bold: true };
  header.commit();

  async function write() {
    for await (const batch of batches) {
      for (const values of batch) {
        const row = sheet.addRow(values.map(xlsxCell));
        values.forEach((value, index) => {
          if (value instanceof Date) row.getCell(index + 1).numFmt = "yyyy-mm-dd hh:mm";
        });
        row.commit();
      }
      // Back-pressure: read the next batch only once the client has taken what is written.
      while (output.writableNeedDrain) await once(output, "drain");
    }
    sheet.commit();
    await workbook.commit();
  }
  write().catch((error: unknown) => {
    logger.error("XLSX export failed", { sheet: spec.name, error });
    output.destroy(error instanceof Error ? error : new Error("XLSX export failed"));
  });
  return output;
}
