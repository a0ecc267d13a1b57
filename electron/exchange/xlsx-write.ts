import fs from "node:fs";
import { writeFileAtomic } from "../atomic-write";
import path from "node:path";
import ExcelJS from "exceljs";
import { formatDate } from "../domain/vietnamese";

/**
 * Text that a spreadsheet program would take as a formula (= + - @, and tab/CR tricks) gets a
 * leading apostrophe-like guard: a single quote, which Excel shows as plain text.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export interface ExportColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null;
  /** Values are YYYY-MM-DD dates, written dd/mm/yyyy. */
  date?: boolean;
  /** Values are amounts in đồng: numbers shown with thousands separators (MONEY_FORMAT). */
  money?: boolean;
}

/**
 * Money in a sheet: a number (sums still work) shown grouped by thousands, which Excel draws
 * with the machine's separator ("1.500.000" on a Vietnamese Windows).
 */
export const MONEY_FORMAT = "#,##0";

export async function writeTable<T>(
  file: string,
  sheetName: string,
  title: string,
  columns: ExportColumn<T>[],
  rows: T[],
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow([title]).font = { bold: true, size: 13 };
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE9ECEF" } };
    cell.border = { bottom: { style: "thin" } };
  });
  for (const r of rows) {
    const row = ws.addRow(
      columns.map((c) => {
        const v = c.value(r);
        if (v === null) return null;
        if (c.date && typeof v === "string") return formatDate(v);
        return typeof v === "string" ? guardFormula(v) : v;
      }),
    );
    columns.forEach((c, i) => {
      if (c.money) row.getCell(i + 1).numFmt = MONEY_FORMAT;
    });
  }
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width ?? 18));
  ws.views = [{ state: "frozen", ySplit: 2 }];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}
