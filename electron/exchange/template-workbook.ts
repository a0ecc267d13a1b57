/**
 * The downloadable .xlsx templates of the imports: one sheet per list the office or a unit fills
 * in (an optional heading row, the header with required columns marked *, an optional example
 * row, text-formatted columns, drop-down lists kept on a hidden "Danh mục" sheet) and an optional
 * "Hướng dẫn" sheet. Each import declares its sheets; this writes them.
 */
import ExcelJS from "exceljs";
import { writeFileAtomic } from "../atomic-write";
import type { SheetColumn } from "./xlsx-read";

export interface TemplateList {
  values: readonly string[];
  /** Refuse a value outside the list (default true); false only suggests. */
  strict?: boolean;
  /** The message title when a value is refused. */
  errorTitle?: string;
  error?: string;
  /** A short list written into the validation itself instead of the "Danh mục" sheet. */
  inline?: boolean;
}

export interface TemplateSheet {
  name: string;
  columns: readonly SheetColumn[];
  /** A bold title row above the header (e.g. the unit and year). */
  heading?: string;
  /** One example row under the header. */
  example?: Record<string, string | number>;
  /** Rows filled in advance (a unit's own people), written instead of the example. */
  prefill?: readonly Record<string, string | number | null>[];
  /** Column widths by key; default from the header's length. */
  widths?: Record<string, number>;
  /** Columns holding numbers (the others are text, so codes and phones keep their zeros). */
  numeric?: readonly string[];
  /** Drop-down lists by column key. */
  lists?: Record<string, TemplateList | undefined>;
  /** How many rows get the drop-downs. */
  rows?: number;
}

const requiredMark = (c: SheetColumn) => (c.required ? `${c.header} *` : c.header);

export async function writeTemplateWorkbook(
  file: string,
  sheets: readonly TemplateSheet[],
  help?: { lines: readonly string[]; width?: number },
) {
  const wb = new ExcelJS.Workbook();
  const listEntries: {
    sheet: ExcelJS.Worksheet;
    column: number;
    rowFrom: number;
    rowTo: number;
    c: SheetColumn;
    list: TemplateList;
  }[] = [];
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.heading) ws.addRow([s.heading]).font = { bold: true, size: 13 };
    const header = ws.addRow(s.columns.map(requiredMark));
    header.font = { bold: true };
    header.eachCell(
      (cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF3BF" } }),
    );
    const headerRow = s.heading ? 2 : 1;
    if (s.prefill) for (const r of s.prefill) ws.addRow(s.columns.map((c) => r[c.key] ?? ""));
    else if (s.example) ws.addRow(s.columns.map((c) => s.example?.[c.key] ?? ""));
    s.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = s.widths?.[c.key] ?? Math.max(14, c.header.length + 4);
      if (!s.numeric?.includes(c.key)) col.numFmt = "@";
    });
    s.columns.forEach((c, i) => {
      const list = s.lists?.[c.key];
      if (!list?.values.length) return;
      if (list.inline) {
        const letter = ws.getColumn(i + 1).letter;
        for (let r = headerRow + 1; r <= (s.rows ?? 1000); r++)
          ws.getCell(`${letter}${r}`).dataValidation = {
            type: "list",
            allowBlank: true,
            formulae: [`"${list.values.join(",")}"`],
          };
      } else
        listEntries.push({
          sheet: ws,
          column: i + 1,
          rowFrom: headerRow + 1,
          rowTo: s.rows ?? 1000,
          c,
          list,
        });
    });
    ws.views = [{ state: "frozen", ySplit: headerRow }];
  }
  if (listEntries.length) {
    const listSheet = wb.addWorksheet("Danh mục", { state: "hidden" });
    listEntries.forEach(({ sheet, column, rowFrom, rowTo, c, list }, n) => {
      const listCol = n + 1;
      list.values.forEach((v, r) => (listSheet.getCell(r + 1, listCol).value = v));
      const letter = listSheet.getColumn(listCol).letter;
      const colLetter = sheet.getColumn(column).letter;
      for (let r = rowFrom; r <= rowTo; r++)
        sheet.getCell(`${colLetter}${r}`).dataValidation = {
          type: "list",
          allowBlank: !c.required,
          formulae: [`'Danh mục'!$${letter}$1:$${letter}$${list.values.length}`],
          showErrorMessage: list.strict ?? true,
          errorTitle: list.errorTitle ?? "Giá trị không có trong danh mục",
          error: list.error ?? `Hãy chọn ${c.header} trong danh sách.`,
        };
    });
  }
  if (help) {
    const ws = wb.addWorksheet("Hướng dẫn");
    ws.getColumn(1).width = help.width ?? 110;
    help.lines.forEach((l) => ws.addRow([l]));
  }
  writeFileAtomic(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}
