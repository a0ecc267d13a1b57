/**
 * Quá trình khen thưởng of one person, collective or household (REPORT-FORMS §1.5, after LIFE's
 * DonVi/MauChung/CaNhan and TapThe): the office's header, the title, every registry line in date
 * order under the form's columns (Quyết định {Số QĐ; Ngày tháng; Cấp độ}; name; Phân loại;
 * Thông tin công tác; Loại hình; Danh hiệu / Hình thức), cancelled lines struck and noted, the
 * date line and the signature. The Tờ trình columns of LIFE's form are left out: the registry
 * holds no proposal number for awards typed, imported or received from above.
 */
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
import {
  centered,
  gridCell,
  layoutTable,
  officeDocx,
  para,
  rule,
  run,
  type RunStyle,
} from "./blocks";
import { PAGE, SIZE, TIGHT } from "./format-rules";

export interface AwardHistoryLine {
  decisionNumber: string;
  /** dd/mm/yyyy, "" when unknown. */
  decisionDate: string;
  /** "Nhà nước", "Bộ, ngành, tỉnh", "Cơ sở" or "Chưa phân loại". */
  level: string;
  name: string;
  category: string;
  /** Position and unit at the time. */
  work: string;
  awardType: string;
  award: string;
  /** "Đã hủy bởi QĐ số … ngày …" for a cancelled award; null otherwise. */
  cancelled: string | null;
}

export interface AwardHistorySheet {
  parentBody: string;
  issuingBody: string;
  /** "QUÁ TRÌNH KHEN THƯỞNG CỦA …" (upper case). */
  title: string;
  /** Lines under the title: the recipient's position and unit, the count. */
  subtitle: string[];
  /** "Họ và tên", "Tên cơ quan, tập thể" or "Hộ gia đình". */
  nameHeader: string;
  lines: AwardHistoryLine[];
  /** "Vĩnh Cửu, ngày 10 tháng 3 năm 2025". */
  placeDate: string;
  /** The signer's capitalised title lines and name ("" when none is set up). */
  signerLines: string[];
  signerName: string;
}

/** The table's leaf columns, in order: header, group (Quyết định), share of the width. */
export function historyColumns(nameHeader: string) {
  return [
    { title: "STT", share: 0.045, align: "center" as const },
    { title: "Số QĐ", group: true, share: 0.11, align: "center" as const },
    { title: "Ngày tháng", group: true, share: 0.09, align: "center" as const },
    { title: "Cấp độ", group: true, share: 0.08, align: "center" as const },
    { title: nameHeader, share: 0.12, align: "left" as const },
    { title: "Phân loại", share: 0.13, align: "left" as const },
    { title: "Thông tin công tác", share: 0.15, align: "left" as const },
    { title: "Loại hình khen thưởng", share: 0.085, align: "center" as const },
    {
      title: "Danh hiệu thi đua / Hình thức khen thưởng",
      share: 0.19,
      align: "left" as const,
    },
  ];
}

export const DECISION_GROUP = "Quyết định";

/** A line's cells in column order (the award cell without its cancellation note). */
export function lineCells(l: AwardHistoryLine, i: number): string[] {
  return [
    String(i + 1),
    l.decisionNumber,
    l.decisionDate,
    l.level,
    l.name,
    l.category,
    l.work,
    l.awardType,
    l.award,
  ];
}

/** The signature area: who prepared it on the left, the head of the office on the right. */
export function signatureBlocks(s: AwardHistorySheet) {
  const line = (text: string, style: RunStyle = {}) => ({ text, ...style });
  return {
    left: [
      line(""),
      line("NGƯỜI LẬP BIỂU", { bold: true }),
      line("(Ký, ghi rõ họ tên)", { italics: true }),
    ],
    right: [
      line(s.placeDate, { italics: true }),
      ...(s.signerLines.length ? s.signerLines : ["THỦ TRƯỞNG CƠ QUAN"]).map((t) =>
        line(t, { bold: true }),
      ),
      line("(Ký, ghi rõ họ tên, đóng dấu)", { italics: true }),
      line(""),
      line(""),
      line(""),
      line(s.signerName, { bold: true }),
    ],
  };
}

// .docx ----------------------------------------------------------------------------------------

const WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;
const CELL_SIZE = SIZE.table - 2;

interface CellLine {
  text: string;
  style?: RunStyle;
}

function cell(
  lines: CellLine[],
  width: number,
  o: { align?: "left" | "center"; colSpan?: number; merge?: "restart" | "continue" } = {},
): TableCell {
  return gridCell(
    (lines.length ? lines : [{ text: "" }]).map((l) =>
      para([run(l.text, { size: CELL_SIZE, ...l.style })], {
        alignment: o.align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: TIGHT,
      }),
    ),
    width,
    o,
  );
}

function historyTable(s: AwardHistorySheet): Table {
  const columns = historyColumns(s.nameHeader);
  const total = columns.reduce((a, c) => a + c.share, 0);
  const widths = columns.map((c) => Math.floor((c.share / total) * WIDTH));
  const head = (text: string) => [{ text, style: { bold: true } }];
  const groupWidth = widths.slice(1, 4).reduce((a, w) => a + w, 0);
  // Row 1: the ungrouped headers span both rows (restart here, continue below); "Quyết định"
  // spans its three columns.
  const first = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(head(columns[0]!.title), widths[0]!, { merge: "restart" }),
      cell(head(DECISION_GROUP), groupWidth, { colSpan: 3 }),
      ...columns.slice(4).map((c, i) => cell(head(c.title), widths[i + 4]!, { merge: "restart" })),
    ],
  });
  const second = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) =>
      c.group ? cell(head(c.title), widths[i]!) : cell([], widths[i]!, { merge: "continue" }),
    ),
  });
  const body = s.lines.map((l, li) => {
    const struck: RunStyle = l.cancelled ? { strike: true } : {};
    const cells = lineCells(l, li);
    return new TableRow({
      cantSplit: true,
      children: columns.map((c, i) => {
        const lines: CellLine[] = [{ text: cells[i]!, style: i === 0 ? {} : struck }];
        if (i === columns.length - 1 && l.cancelled)
          lines.push({ text: `(${l.cancelled})`, style: { italics: true } });
        return cell(lines, widths[i]!, { align: c.align === "left" ? "left" : "center" });
      }),
    });
  });
  return new Table({
    width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [first, second, ...body],
  });
}

const HEADER = [5600, WIDTH - 5600] as const;

export async function awardHistoryDocx(s: AwardHistorySheet): Promise<Buffer> {
  const header = layoutTable(HEADER, [
    [
      centered(s.parentBody.toLocaleUpperCase("vi"), { size: SIZE.header }),
      centered(s.issuingBody.toLocaleUpperCase("vi"), { bold: true, size: SIZE.header }),
      rule(Math.round((HEADER[0] - 1400) / 2)),
    ],
    [
      centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: SIZE.quocHieu }),
      centered("Độc lập - Tự do - Hạnh phúc", { bold: true, size: SIZE.tieuNgu }),
      rule(Math.round((HEADER[1] - 3420) / 2)),
    ],
  ]);
  const sig = signatureBlocks(s);
  const half = Math.floor(WIDTH / 2);
  const sigParas = (list: ({ text: string } & RunStyle)[]) =>
    list.map(({ text, ...style }) =>
      para([run(text, { ...style, size: SIZE.table })], {
        alignment: AlignmentType.CENTER,
        spacing: TIGHT,
      }),
    );
  const children: (Paragraph | Table)[] = [
    header,
    para([run(s.title, { bold: true, size: SIZE.typeName })], {
      alignment: AlignmentType.CENTER,
      spacing: { ...TIGHT, before: 240 },
    }),
    ...s.subtitle.map((t, i) =>
      para([run(t, { italics: true, size: SIZE.table })], {
        alignment: AlignmentType.CENTER,
        spacing: { ...TIGHT, after: i === s.subtitle.length - 1 ? 200 : 0 },
      }),
    ),
    historyTable(s),
    para([run(" ", { size: 8 })], { spacing: TIGHT }),
    layoutTable([half, WIDTH - half], [sigParas(sig.left), sigParas(sig.right)]),
  ];
  return Packer.toBuffer(officeDocx({ title: s.title, children, landscape: true }));
}
