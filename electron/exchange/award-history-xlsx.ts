import ExcelJS from "exceljs";
import {
  DECISION_GROUP,
  historyColumns,
  lineCells,
  signatureBlocks,
  type AwardHistorySheet,
} from "../documents/award-history";
import { guardFormula } from "./xlsx-write";

/**
 * The award history sheet (documents/award-history.ts) as a workbook laid out like the printed
 * page: the office's header and the Quốc hiệu, the title, the table under its two header rows
 * ("Quyết định" over Số QĐ, Ngày tháng, Cấp độ), cancelled lines struck with the cancelling
 * decision noted, the date line and the signatures. A4 landscape, one page wide.
 */

/** Column widths in characters, in the order of historyColumns. */
const WIDTHS = [5, 14, 11, 12, 24, 22, 30, 13, 36];
const FONT = "Times New Roman";

export async function awardHistoryXlsx(s: AwardHistorySheet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Thi đua – Khen thưởng";
  const ws = wb.addWorksheet("Quá trình khen thưởng", {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const columns = historyColumns(s.nameHeader);
  const last = columns.length;
  const half = 4;
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const thin = { style: "thin" as const };
  const box = { top: thin, bottom: thin, left: thin, right: thin };

  /**
   * Spreadsheet programs do not grow a row for wrapped text (merged cells never): each row gets
   * the height its longest text needs over the width it spans (about one character per unit).
   */
  const fit = (at: number, text: string, c1: number, c2: number, pt = 12) => {
    let chars = 0;
    for (let c = c1; c <= c2; c++) chars += (ws.getColumn(c).width ?? 10) * 1.1;
    const lines = text
      .split("\n")
      .reduce(
        (a, l) => a + Math.max(1, Math.ceil((l.length * (pt / 11)) / Math.max(4, chars - 1))),
        0,
      );
    const row = ws.getRow(at);
    row.height = Math.max(row.height ?? 15, lines * pt * 1.3 + 3);
  };
  const put = (
    at: number,
    c1: number,
    c2: number,
    text: string,
    font: Partial<ExcelJS.Font> = {},
  ) => {
    const cell = ws.getCell(at, c1);
    cell.value = guardFormula(text);
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (c2 > c1) ws.mergeCells(at, c1, at, c2);
    if (text) fit(at, text, c1, c2, font.size ?? 12);
  };

  let row = 1;
  put(row, 1, half, s.parentBody.toLocaleUpperCase("vi"));
  put(row++, half + 1, last, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
  put(row, 1, half, s.issuingBody.toLocaleUpperCase("vi"), { bold: true });
  put(row++, half + 1, last, "Độc lập - Tự do - Hạnh phúc", { bold: true });
  row++;
  put(row++, 1, last, s.title, { bold: true, size: 14 });
  for (const t of s.subtitle) put(row++, 1, last, t, { italic: true });
  row++;

  // The two header rows: "Quyết định" over its three columns, the others over both rows.
  const top = row;
  columns.forEach((c, i) => {
    const col = i + 1;
    if (c.group) {
      ws.getCell(top + 1, col).value = c.title;
    } else {
      ws.getCell(top, col).value = c.title;
      ws.mergeCells(top, col, top + 1, col);
    }
  });
  const firstGroup = columns.findIndex((c) => c.group) + 1;
  ws.getCell(top, firstGroup).value = DECISION_GROUP;
  ws.mergeCells(top, firstGroup, top, firstGroup + 2);
  for (let at = top; at <= top + 1; at++)
    for (let c = 1; c <= last; c++) {
      const cell = ws.getCell(at, c);
      cell.font = { name: FONT, size: 11, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = box;
    }
  ws.getRow(top).height = 20;
  ws.getRow(top + 1).height = 32;
  row = top + 2;

  s.lines.forEach((l, li) => {
    const cells = lineCells(l, li);
    const strike = l.cancelled !== null;
    columns.forEach((c, i) => {
      const cell = ws.getCell(row, i + 1);
      const font = { name: FONT, size: 11, strike: strike && i > 0 };
      if (i === last - 1 && l.cancelled) {
        cell.value = {
          richText: [
            { text: guardFormula(cells[i]!), font },
            { text: `\n(${l.cancelled})`, font: { name: FONT, size: 11, italic: true } },
          ],
        };
        fit(row, `${cells[i]!}\n(${l.cancelled})`, i + 1, i + 1, 11);
      } else {
        cell.value = guardFormula(cells[i]!);
        cell.font = font;
        fit(row, cells[i]!, i + 1, i + 1, 11);
      }
      cell.alignment = {
        horizontal: c.align === "left" ? "left" : "center",
        vertical: "middle",
        wrapText: true,
        ...(c.align === "left" ? { indent: 1 } : {}),
      };
      cell.border = box;
    });
    row++;
  });

  row++;
  const sig = signatureBlocks(s);
  for (let i = 0; i < Math.max(sig.left.length, sig.right.length); i++, row++) {
    const l = sig.left[i];
    const r = sig.right[i];
    if (l?.text) put(row, 1, half, l.text, { bold: l.bold, italic: l.italics });
    if (r?.text) put(row, half + 1, last, r.text, { bold: r.bold, italic: r.italics });
  }

  ws.views = [{ state: "frozen", ySplit: top + 1 }];
  ws.pageSetup.printTitlesRow = `${top}:${top + 1}`;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
