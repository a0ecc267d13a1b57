import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

/** Writes a worksheet of rows (first row = headers) into the data folder's incoming/ area. */
export async function writeIncomingXlsx(
  dataDir: string,
  name: string,
  rows: (string | number | Date | null | { formula: string; result?: string | number })[][],
  tweak?: (ws: ExcelJS.Worksheet) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  for (const r of rows) ws.addRow(r);
  tweak?.(ws);
  const dir = path.join(dataDir, "incoming");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

export const peopleHeaders = [
  "Họ và tên",
  "Giới tính",
  "Ngày sinh (dd/mm/yyyy) hoặc năm sinh",
  "Đối tượng",
  "Chức vụ",
  "Lãnh đạo (Có/Không)",
  "Đơn vị (tên hoặc mã)",
  "Điện thoại",
  "Ghi chú",
];
