import ExcelJS from "exceljs";
import {
  AlignmentType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { FormResult } from "../contract/statistics";
import { formatNumber } from "../contract/format";
import { guardFormula, MONEY_FORMAT } from "../exchange/xlsx-write";
import { gridCell, layoutTable, officeDocx, para, run } from "../documents/blocks";
import { PAGE, SIZE, TIGHT } from "../documents/format-rules";

/**
 * A statistical form printed as the Ministry lays it out: the header block (form code, legal
 * basis, reporting and receiving units), the title, the grid with its merged column groups, the
 * A/B/C stubs and numbered columns, and the two signature blocks. One shape, two files: .xlsx for
 * sending and re-counting, .docx for signing (and PDF from it).
 */
export interface FormPrint {
  result: FormResult;
  reportingUnit: string;
  receiver: string;
  preparer: string;
  /** The leader block's title lines (e.g. ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]) and name. */
  leaderLines: string[];
  leaderName: string;
  /** "Vĩnh Cửu, ngày 03 tháng 12 năm 2026". */
  placeDate: string;
}

const statutory = (p: FormPrint) => p.result.form.group === "statutory";

/** The header block's lines: left (form, basis, receipt date) and right (units). */
function headerLines(p: FormPrint) {
  const f = p.result.form;
  const layout = JSON.parse(f.layout) as { receiveDate?: string };
  return {
    left: [
      statutory(p) ? `Biểu số: ${f.code}` : f.code,
      ...(statutory(p) ? [`Ban hành theo ${f.legalBasis}`] : []),
      ...(layout.receiveDate ? [`Ngày nhận báo cáo: ${layout.receiveDate}`] : []),
    ],
    right: [
      `Đơn vị báo cáo: ${p.reportingUnit}`,
      `Đơn vị nhận báo cáo: ${p.receiver || "……………………"}`,
    ],
  };
}

function layoutOf(p: FormPrint) {
  return JSON.parse(p.result.form.layout) as { period?: string; unitNote?: string };
}

const periodLine = (p: FormPrint) =>
  (layoutOf(p).period ?? "Năm {year}").replace("{year}", String(p.result.year));

/** A cell's text: counts as integers, money grouped, ratios with a decimal comma. */
export function cellText(v: number | null, format: FormResult["formats"][number]): string {
  if (v === null) return "";
  if (format === "percent") return String(v).replace(".", ",");
  return formatNumber(v);
}

// .xlsx ----------------------------------------------------------------------------------------

export async function formXlsxBuffer(prints: FormPrint[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Thi đua – Khen thưởng";
  const used = new Set<string>();
  for (const p of prints) addSheet(wb, p, used);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheetName(code: string, used: Set<string>): string {
  const base = code.replace(/[\\/?*[\]:]/g, "-").slice(0, 28) || "Bieu";
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} ${n}`;
  used.add(name);
  return name;
}

function addSheet(wb: ExcelJS.Workbook, p: FormPrint, used: Set<string>) {
  const r = p.result;
  const ws = wb.addWorksheet(sheetName(r.form.code, used), {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const width = r.numbers.length;
  const stubs = r.numbers.filter((n) => /^[ABC]$/.test(n)).length;
  const half = Math.max(1, Math.floor(width / 2));
  const thin = { style: "thin" as const };
  const box = { top: thin, bottom: thin, left: thin, right: thin };
  ws.getColumn(1).width = 46;
  for (let c = 2; c <= stubs; c++) ws.getColumn(c).width = c === 2 ? 8 : 12;
  for (let c = stubs + 1; c <= width; c++)
    ws.getColumn(c).width = r.formats[c - stubs - 1] === "amount" ? 16 : 11;
  /**
   * Spreadsheets do not grow a row for wrapped text in merged cells: each row gets the height
   * its longest text needs over the width it spans (about one character per width unit).
   */
  const fit = (at: number, text: string, c1: number, c2: number, pt = 11, rows = 1) => {
    let chars = 0;
    for (let c = c1; c <= c2; c++) chars += (ws.getColumn(c).width ?? 10) * 1.15;
    const lines = text
      .split("\n")
      .reduce(
        (a, l) => a + Math.max(1, Math.ceil((l.length * (pt / 11)) / Math.max(4, chars - 1))),
        0,
      );
    const need = (lines * pt * 1.3 + 3) / rows;
    for (let k = 0; k < rows; k++) {
      const line = ws.getRow(at + k);
      line.height = Math.max(line.height ?? 15, need);
    }
  };
  let row = 1;
  const merged = (r1: number, c1: number, r2: number, c2: number) => {
    if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
  };
  const put = (
    at: number,
    c1: number,
    c2: number,
    text: string,
    font: Partial<ExcelJS.Font> = {},
    align: ExcelJS.Alignment["horizontal"] = "left",
  ) => {
    const cell = ws.getCell(at, c1);
    cell.value = guardFormula(text);
    cell.font = { name: "Times New Roman", size: 11, ...font };
    cell.alignment = { horizontal: align, vertical: "middle", wrapText: true };
    merged(at, c1, at, c2);
    fit(at, text, c1, c2, font.size ?? 11);
  };

  const h = headerLines(p);
  for (let i = 0; i < Math.max(h.left.length, h.right.length); i++, row++) {
    if (h.left[i]) put(row, 1, half, h.left[i]!, { bold: i === 0 });
    if (h.right[i]) put(row, half + 1, width, h.right[i]!, { bold: false });
  }
  row++;
  put(row++, 1, width, r.form.title, { bold: true, size: 13 }, "center");
  put(row++, 1, width, periodLine(p), { italic: true }, "center");
  const note = layoutOf(p).unitNote;
  if (note) put(row++, 1, width, note, { italic: true }, "right");

  // The grid's header: cells at their columns, merged over their spans.
  const top = row;
  for (const [i, cells] of r.header.entries())
    for (const c of cells) {
      const at = top + i;
      const cell = ws.getCell(at, c.col + 1);
      cell.value = c.text;
      fit(at, c.text, c.col + 1, c.col + c.colSpan, 10, c.rowSpan);
      merged(at, c.col + 1, at + c.rowSpan - 1, c.col + c.colSpan);
    }
  row = top + r.header.length;
  r.numbers.forEach((n, i) => (ws.getCell(row, i + 1).value = n));
  for (let at = top; at <= row; at++)
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(at, c);
      cell.font = { name: "Times New Roman", size: 10, bold: at < row, italic: at === row };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = box;
    }
  row++;

  for (const line of r.rows) {
    const bold = line.style === "total" || line.style === "section";
    const stub = [line.label, ...(stubs > 1 ? [line.code] : []), ...(stubs > 2 ? [line.unit] : [])];
    stub.forEach((t, i) => {
      const cell = ws.getCell(row, i + 1);
      cell.value = guardFormula(t);
      if (i === 0) fit(row, t, 1, 1);
      cell.font = { name: "Times New Roman", size: 11, bold, italic: line.style === "sub" };
      cell.alignment = {
        horizontal: i === 0 ? "left" : "center",
        vertical: "middle",
        wrapText: true,
      };
      cell.border = box;
    });
    line.values.forEach((v, i) => {
      const cell = ws.getCell(row, stubs + i + 1);
      cell.value = v;
      const f = r.formats[i];
      if (f === "amount") cell.numFmt = MONEY_FORMAT;
      if (f === "percent") cell.numFmt = "0.0";
      cell.font = { name: "Times New Roman", size: 11, bold };
      cell.alignment = { horizontal: "right", vertical: "middle" };
      cell.border = box;
    });
    row++;
  }

  row++;
  const sig = signatureBlocks(p);
  for (let i = 0; i < Math.max(sig.left.length, sig.right.length); i++, row++) {
    const l = sig.left[i];
    const rt = sig.right[i];
    if (l) put(row, 1, half, l.text, { bold: l.bold, italic: l.italic }, "center");
    if (rt) put(row, half + 1, width, rt.text, { bold: rt.bold, italic: rt.italic }, "center");
  }

  ws.views = [{ state: "frozen", ySplit: row > top ? top + r.header.length : 0, xSplit: 1 }];
}

interface SigLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

function signatureBlocks(p: FormPrint): { left: SigLine[]; right: SigLine[] } {
  return {
    left: [
      { text: "" },
      { text: "Người lập biểu", bold: true },
      { text: "(Ký, họ tên)", italic: true },
      { text: "" },
      { text: "" },
      { text: "" },
      { text: p.preparer, bold: true },
    ],
    right: [
      { text: p.placeDate, italic: true },
      ...p.leaderLines.map((t) => ({ text: t, bold: true })),
      { text: "(Ký, họ tên, đóng dấu)", italic: true },
      { text: "" },
      { text: "" },
      { text: "" },
      { text: p.leaderName, bold: true },
    ],
  };
}

// .docx ----------------------------------------------------------------------------------------

const WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;

function cellOf(
  text: string,
  width: number,
  o: {
    bold?: boolean;
    italic?: boolean;
    align?: "left" | "center" | "right";
    colSpan?: number;
    merge?: "restart" | "continue";
    /** Header cells: a size smaller, so narrow columns keep whole words. */
    small?: boolean;
  } = {},
): TableCell {
  const alignment =
    o.align === "left"
      ? AlignmentType.LEFT
      : o.align === "right"
        ? AlignmentType.RIGHT
        : AlignmentType.CENTER;
  return gridCell(
    [
      para(
        [
          run(text, {
            size: o.small ? SIZE.table - 4 : SIZE.table - 2,
            bold: o.bold,
            italics: o.italic,
          }),
        ],
        { alignment, spacing: TIGHT },
      ),
    ],
    width,
    { colSpan: o.colSpan, merge: o.merge, margins: { left: 50, right: 50, top: 10, bottom: 10 } },
  );
}

function gridTable(p: FormPrint): Table {
  const r = p.result;
  const n = r.numbers.length;
  const stubs = r.numbers.filter((x) => /^[ABC]$/.test(x)).length;
  // Data columns share what the stubs leave, up to 1,700 twips each; a form with few columns
  // gives the rest to its labels (up to 45% of the page) and is centred.
  const data = Math.max(1, n - stubs);
  const fixed = [700, 1100].slice(0, stubs - 1);
  const minLabel = Math.round(WIDTH * (data > 12 ? 0.2 : 0.24));
  const dataW = Math.min(
    1700,
    Math.floor((WIDTH - minLabel - fixed.reduce((a, w) => a + w, 0)) / data),
  );
  const labelW = Math.min(
    Math.round(WIDTH * 0.45),
    WIDTH - fixed.reduce((a, w) => a + w, 0) - dataW * data,
  );
  const stubW = [labelW, ...fixed];
  const widths = [...stubW, ...Array.from({ length: n - stubs }, () => dataW)];
  const span = (col: number, k: number) => widths.slice(col, col + k).reduce((a, w) => a + w, 0);

  // A header cell spanning rows is a "restart" on its first row and a "continue" below it.
  const depth = r.header.length;
  const grid: (TableCell | null)[][] = Array.from({ length: depth }, () => Array(n).fill(null));
  const covered: boolean[][] = Array.from({ length: depth }, () => Array(n).fill(false));
  for (const [i, cells] of r.header.entries())
    for (const c of cells) {
      grid[i]![c.col] = cellOf(c.text, span(c.col, c.colSpan), {
        bold: true,
        small: true,
        colSpan: c.colSpan > 1 ? c.colSpan : undefined,
        merge: c.rowSpan > 1 ? "restart" : undefined,
      });
      for (let k = 0; k < c.colSpan; k++) covered[i]![c.col + k] = true;
      for (let d = 1; d < c.rowSpan; d++) {
        grid[i + d]![c.col] = cellOf("", span(c.col, c.colSpan), {
          colSpan: c.colSpan > 1 ? c.colSpan : undefined,
          merge: "continue",
        });
        for (let k = 0; k < c.colSpan; k++) covered[i + d]![c.col + k] = true;
      }
    }
  const headerRows = grid.map(
    (cells) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: cells.filter((c): c is TableCell => c !== null),
      }),
  );
  const numbersRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: r.numbers.map((t, i) => cellOf(t, widths[i]!, { italic: true })),
  });
  const body = r.rows.map((line) => {
    const bold = line.style === "total" || line.style === "section";
    const stub = [line.label, ...(stubs > 1 ? [line.code] : []), ...(stubs > 2 ? [line.unit] : [])];
    return new TableRow({
      cantSplit: true,
      children: [
        ...stub.map((t, i) =>
          cellOf(t, widths[i]!, {
            bold,
            italic: line.style === "sub",
            align: i === 0 ? "left" : "center",
          }),
        ),
        ...line.values.map((v, i) =>
          cellOf(cellText(v, r.formats[i]!), widths[stubs + i]!, { bold, align: "right" }),
        ),
      ],
    });
  });
  return new Table({
    width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    alignment: AlignmentType.CENTER,
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...headerRows, numbersRow, ...body],
  });
}

export async function formDocxBuffer(p: FormPrint): Promise<Buffer> {
  const half = Math.floor(WIDTH / 2);
  const lines = (list: string[], boldFirst: boolean) =>
    list.map((t, i) =>
      para([run(t, { size: SIZE.table, bold: boldFirst && i === 0 })], { spacing: TIGHT }),
    );
  const h = headerLines(p);
  const sig = signatureBlocks(p);
  const sigParas = (list: SigLine[]) =>
    list.map((l) =>
      para([run(l.text, { size: SIZE.table, bold: l.bold, italics: l.italic })], {
        alignment: AlignmentType.CENTER,
        spacing: TIGHT,
      }),
    );
  const note = layoutOf(p).unitNote;
  const children: (Paragraph | Table)[] = [
    layoutTable([half, WIDTH - half], [lines(h.left, true), lines(h.right, false)]),
    para([run(p.result.form.title, { bold: true })], {
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 0 },
    }),
    para([run(periodLine(p), { italics: true, size: SIZE.table })], {
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: note ? 0 : 120 },
    }),
    ...(note
      ? [
          para([run(note, { italics: true, size: SIZE.table })], {
            alignment: AlignmentType.RIGHT,
            spacing: { after: 60 },
          }),
        ]
      : []),
    gridTable(p),
    para([run(" ", { size: 8 })]),
    layoutTable([half, WIDTH - half], [sigParas(sig.left), sigParas(sig.right)]),
  ];
  const doc = officeDocx({
    title: `${p.result.form.code} ${p.result.form.title}`,
    children,
    landscape: true,
  });
  return Packer.toBuffer(doc);
}
