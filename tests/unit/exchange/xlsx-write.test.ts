// Excel exports: money columns are numbers with a thousands format (#13 item 13).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, expect, it } from "vitest";
import { MONEY_FORMAT, writeTable } from "../../../electron/exchange/xlsx-write";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-xlsx-"));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it("formats money cells #,##0 and leaves the other numbers alone", async () => {
  const file = path.join(dir, "xep-hang.xlsx");
  await writeTable(
    file,
    "Xếp hạng",
    "Kết quả xếp hạng",
    [
      { header: "STT", value: (r: { n: number; prize: number | null }) => r.n },
      { header: "Tiền thưởng (đồng)", value: (r) => r.prize, money: true },
    ],
    [
      { n: 1, prize: 10_000_000 },
      { n: 2, prize: null },
    ],
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  expect(MONEY_FORMAT).toBe("#,##0");
  expect(ws.getRow(3).getCell(2).value).toBe(10_000_000);
  expect(ws.getRow(3).getCell(2).numFmt).toBe("#,##0");
  expect(ws.getRow(3).getCell(1).numFmt).toBeFalsy();
  expect(ws.getRow(2).getCell(2).numFmt).toBeFalsy();
});
