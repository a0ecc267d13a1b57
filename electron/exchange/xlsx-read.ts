import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { formatPercent } from "../contract/format";
import { decodeColumn } from "../domain/legacy-encoding";
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
  /** Formula cells, read by the value Excel saved with them (the preview says so). */
  formulaCells: number;
  /** The cells of the title rows above the header, row by row (a heading, "…, ngày … tháng …"). */
  above: (string | number | Date)[];
}

function cellValue(v: ExcelJS.CellValue): string | number | Date | null {
  if (v === null || v === undefined) return null;
  // A formula: the value Excel computed and saved with it (none if it was never calculated).
  if (typeof v === "object" && "formula" in v) return cellValue(v.result as ExcelJS.CellValue);
  if (typeof v === "object" && "sharedFormula" in v)
    return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
  if (typeof v === "object" && "error" in v) return null;
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
 * Reads the first worksheet as an office keeps it: finds the header row under any title rows
 * (merged or not), reads formulas by the value Excel saved with them (counted, so the preview can
 * say so), skips blank rows, and refuses only what cannot be one record per row (cells merged
 * across data rows).
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
  if (options.optional && (!ws || ws.actualRowCount === 0))
    return { rows: [], convertedCells: 0, formulaCells: 0, above: [] };
  if (!ws && options.sheet)
    throw new SheetError(
      `Tệp không có trang tính “${options.sheet}”. Hãy dùng tệp mẫu tải từ ứng dụng.`,
    );
  if (!ws || ws.actualRowCount === 0)
    throw new SheetError("Tệp không có dữ liệu (trang tính đầu tiên trống).");
  const wanted = columns.map((c) => ({
    ...c,
    names: [c.header, ...(c.aliases ?? [])].map((h) =>
      foldForSearch(h).replace(/[*:]/g, "").trim(),
    ),
  }));
  let headerRow = 0;
  const colOf = new Map<string, number>();
  for (let r = 1; r <= Math.min(ws.rowCount, 20) && !headerRow; r++) {
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
  // Title rows above the header may be merged (a heading across the table); data rows may not.
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).filter(
    (range) => Number(/\d+/.exec(range.split(":")[1] ?? range)?.[0] ?? 0) > headerRow,
  );
  if (merges.length)
    throw new SheetError(
      `${where}Các dòng dữ liệu có ô gộp (${merges.slice(0, 3).join(", ")}). Hãy bỏ gộp ô để mỗi dòng là một bản ghi rồi nhập lại.`,
    );
  const rows: SheetRow[] = [];
  let convertedCells = 0;
  let formulaCells = 0;
  const texts = new Map(
    [...colOf.keys()].map((k) => [k, [] as { at: number; text: string; font?: string }[]]),
  );
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: SheetRow["cells"] = {};
    let any = false;
    for (const [key, col] of colOf) {
      const cell = row.getCell(col);
      if (cell.type === ExcelJS.ValueType.Formula) formulaCells++;
      let v = cellValue(cell.value);
      // A number shown as a percentage (1 shown as 100%) is read as the officer sees it.
      if (typeof v === "number" && cell.numFmt?.includes("%")) v = formatPercent(v);
      if (typeof v === "string") v = v.trim();
      if (!isBlank(v)) any = true;
      cells[key] = isBlank(v) ? null : v;
      if (typeof v === "string" && !isBlank(v))
        texts.get(key)!.push({ at: rows.length, text: v, font: cell.font?.name });
    }
    // Blank rows (between blocks, or at the end) are not records.
    if (!any) continue;
    rows.push({ row: r, cells });
  }
  // TCVN3 and VNI text is decided per column (a column is typed in one font), not per cell.
  for (const [key, list] of texts) {
    const decoded = decodeColumn(list);
    convertedCells += decoded.converted;
    list.forEach((c, i) => (rows[c.at]!.cells[key] = decoded.texts[i]!));
  }
  if (!rows.length && !options.optional)
    throw new SheetError(`${where}Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.`);
  const above: ReadSheet["above"] = [];
  for (let r = 1; r < headerRow; r++)
    ws.getRow(r).eachCell((cell) => {
      const v = cellValue(cell.value);
      if (!isBlank(v)) above.push(typeof v === "string" ? v.trim().normalize("NFC") : v!);
    });
  return { rows, convertedCells, formulaCells, above };
}
