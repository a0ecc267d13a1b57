import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { fixLegacyEncoding } from "../domain/legacy-encoding";
import { foldForSearch } from "../domain/vietnamese";

/** Largest spreadsheet the import accepts. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A file that cannot be imported, with the reason as the officer should read it. */
export class SheetError extends Error {
  override name = "SheetError";
}

export interface SheetRow {
  /** Row number as Excel shows it. */
  row: number;
  /** Cell values by column key: text (NFC, legacy encodings converted), Date, or number. */
  cells: Record<string, string | number | Date | null>;
}

export interface SheetColumn {
  key: string;
  header: string;
  required?: boolean;
  /** Other header spellings accepted (compared without tone marks). */
  aliases?: string[];
}

export interface SheetOptions {
  /** Read the worksheet of this name (compared without tone marks) instead of the first one. */
  sheet?: string;
  /** A missing or empty worksheet gives no rows instead of an error. */
  optional?: boolean;
}

export interface ReadSheet {
  rows: SheetRow[];
  convertedCells: number;
}

function cellValue(v: ExcelJS.CellValue): string | number | Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? "Có" : "Không";
  if (typeof v === "string") return v;
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  if (typeof v === "object" && "text" in v) return String(v.text);
  return String(v as unknown as string);
}

function isBlank(v: unknown) {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const ext = path.extname(file).toLowerCase();
  const size = fs.statSync(file).size;
  if (ext === ".xls")
    throw new SheetError(
      "Tệp .xls (Excel 97–2003) chưa đọc được. Hãy mở tệp trong Excel và lưu lại dạng .xlsx rồi nhập lại.",
    );
  if (ext !== ".xlsx" && ext !== ".csv")
    throw new SheetError(
      "Tệp không phải bảng tính Excel. Hãy chọn tệp .xlsx (hoặc .csv) theo mẫu.",
    );
  if (size === 0) throw new SheetError("Tệp rỗng, không có dữ liệu để nhập.");
  if (size > MAX_IMPORT_BYTES)
    throw new SheetError(
      `Tệp quá lớn (${(size / 1024 / 1024).toFixed(0)} MB); chỉ nhận tệp đến ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Hãy chia nhỏ tệp rồi nhập từng phần.`,
    );
  const wb = new ExcelJS.Workbook();
  try {
    if (ext === ".csv") await wb.csv.readFile(file, { parserOptions: { delimiter: undefined } });
    else await wb.xlsx.readFile(file);
  } catch {
    throw new SheetError("Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng Excel .xlsx.");
  }
  return wb;
}

/**
 * Reads the first worksheet: finds the header row (the first row naming a required column),
 * checks for formulas, merged cells and blank rows in the middle, and returns the data rows.
 */
export async function readSheet(
  file: string,
  columns: SheetColumn[],
  options: SheetOptions = {},
): Promise<ReadSheet> {
  const wb = await loadWorkbook(file);
  const ws = options.sheet
    ? wb.worksheets.find((w) => foldForSearch(w.name) === foldForSearch(options.sheet!))
    : wb.worksheets[0];
  const where = options.sheet ? `Trang “${options.sheet}”: ` : "";
  if (options.optional && (!ws || ws.actualRowCount === 0)) return { rows: [], convertedCells: 0 };
  if (!ws && options.sheet)
    throw new SheetError(
      `Tệp không có trang tính “${options.sheet}”. Hãy dùng tệp mẫu tải từ ứng dụng.`,
    );
  if (!ws || ws.actualRowCount === 0)
    throw new SheetError("Tệp không có dữ liệu (trang tính đầu tiên trống).");
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  if (merges.length)
    throw new SheetError(
      `${where}Trang tính có ô gộp (${merges.slice(0, 3).join(", ")}). Hãy bỏ gộp ô để mỗi dòng là một bản ghi rồi nhập lại.`,
    );
  const wanted = columns.map((c) => ({
    ...c,
    names: [c.header, ...(c.aliases ?? [])].map((h) =>
      foldForSearch(h).replace(/[*:]/g, "").trim(),
    ),
  }));
  let headerRow = 0;
  const colOf = new Map<string, number>();
  for (let r = 1; r <= Math.min(ws.rowCount, 10) && !headerRow; r++) {
    const row = ws.getRow(r);
    const found = new Map<string, number>();
    row.eachCell((cell, col) => {
      const text = foldForSearch(String(cellValue(cell.value) ?? ""))
        .replace(/[*:]/g, "")
        .trim();
      const c = wanted.find((w) => w.names.includes(text));
      if (c && !found.has(c.key)) found.set(c.key, col);
    });
    if (wanted.some((w) => w.required && found.has(w.key))) {
      headerRow = r;
      found.forEach((v, k) => colOf.set(k, v));
    }
  }
  const missing = wanted.filter((w) => w.required && !colOf.has(w.key)).map((w) => `“${w.header}”`);
  if (!headerRow || missing.length)
    throw new SheetError(
      `${where}Tệp thiếu cột bắt buộc: ${(missing.length ? missing : wanted.filter((w) => w.required).map((w) => `“${w.header}”`)).join(", ")}. Hãy dùng tệp mẫu tải từ ứng dụng.`,
    );
  const rows: SheetRow[] = [];
  let convertedCells = 0;
  let blankAt = 0;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: SheetRow["cells"] = {};
    let any = false;
    for (const [key, col] of colOf) {
      const cell = row.getCell(col);
      if (cell.formula || cell.type === ExcelJS.ValueType.Formula)
        throw new SheetError(
          `Ô ${cell.address} chứa công thức. Hãy sao chép và dán dạng giá trị (Paste Values) rồi nhập lại.`,
        );
      let v = cellValue(cell.value);
      if (typeof v === "string") {
        const fixed = fixLegacyEncoding(v.trim());
        if (fixed.encoding) convertedCells++;
        v = fixed.text;
      }
      if (!isBlank(v)) any = true;
      cells[key] = isBlank(v) ? null : v;
    }
    // Formulas in columns the import does not read still mean the sheet is not plain data.
    row.eachCell((cell) => {
      if (cell.formula)
        throw new SheetError(
          `Ô ${cell.address} chứa công thức. Hãy sao chép và dán dạng giá trị (Paste Values) rồi nhập lại.`,
        );
    });
    if (!any) {
      blankAt ||= r;
      continue;
    }
    if (blankAt)
      throw new SheetError(
        `${where}Dòng ${blankAt} trống nằm giữa các dòng dữ liệu. Hãy xóa dòng trống rồi nhập lại.`,
      );
    rows.push({ row: r, cells });
  }
  if (!rows.length && !options.optional)
    throw new SheetError(`${where}Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.`);
  return { rows, convertedCells };
}
