// The CSV and XLSX writers read back: BOM, header, hostile text neutralised, numbers and dates.
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { csvStream } from "./csv";
import type { CellValue, SheetSpec } from "./sheet";
import { xlsxStream } from "./xlsx";

const spec: SheetSpec = { name: "Test", columns: [{ header: "Name", width: 30 }, { header: "Count", width: 8 }, { header: "At", width: 18 }] };
const at = new Date("2026-11-22T14:03:09.000Z");
const hostile = ['=HYPERLINK("http://evil")', "+1+1", "-2", "@SUM(A1)", "\tx", "\rx", "<script>", "منظمة", "移民", "a,\"b\"\nc"];

async function* batches(rows: CellValue[][], size: number) {
  for (let index = 0; index < rows.length; index += size) yield rows.slice(index, index + size);
}

const rows: CellValue[][] = hostile.map((text, index) => [text, index, index === 0 ? null : at]);

describe("csvStream", () => {
  it("writes UTF-8 with a BOM, a header row and neutralised text", async () => {
    const bytes = await buffer(csvStream(spec, batches(rows, 3)));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes.subarray(3).toString("utf8"), { relax_column_count: false }) as string[][];
    expect(records[0]).toEqual(["Name", "Count", "At"]);
    expect(records.slice(1).map((record) => record[0])).toEqual([
      `'=HYPERLINK("http://evil")`,
      "'+1+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "<script>",
      "منظمة",
      "移民",
      'a,"b"\nc',
    ]);
    expect(records[1]).toEqual([`'=HYPERLINK("http://evil")`, "0", ""]);
    expect(records[2]).toEqual(["'+1+1", "1", "2026-11-22 14:03"]);
  });

  it("ends the download with an error when reading the rows fails", async () => {
    async function* failing(): AsyncGenerator<CellValue[][]> {
      yield [["first", 1, null]];
      throw new Error("database went away");
    }
    await expect(buffer(csvStream(spec, failing()))).rejects.toThrow("database went away");
  });
});

describe("xlsxStream", () => {
  it("writes a bold, frozen, filtered header and text that never becomes a formula", async () => {
    const bytes = await buffer(xlsxStream(spec, batches(rows, 4)));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(bytes));
    const sheet = workbook.getWorksheet("Test");
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getRow(1).values).toEqual([undefined, "Name", "Count", "At"]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:C1");
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.rowCount).toBe(1 + hostile.length);
    for (let index = 0; index < hostile.length; index += 1) {
      const cell = sheet.getRow(index + 2).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(sheet.getRow(2).getCell(1).value).toBe(`'=HYPERLINK("http://evil")`);
    expect(sheet.getRow(5).getCell(1).value).toBe("'@SUM(A1)");
    expect(sheet.getRow(9).getCell(1).value).toBe("منظمة");
    expect(sheet.getRow(3).getCell(2).value).toBe(1);
    expect(sheet.getRow(3).getCell(3).value).toEqual(at);
  });
});
