/**
 * Danh sách thẩm định: the nominations of a dossier (or of a year) with the result of the
 * eligibility and quota checks, the rules' messages and the officer's reasons for accepting
 * warnings — what the office puts before the council (issue 7, item 2).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Profile } from "../contract";
import { eligibilityLevels } from "../contract/vocabulary";
import { formatDateLine, upperVi } from "../domain/vietnamese";
import { centered, layoutTable, para, rule, run } from "./blocks";
import { LANGUAGE, LINE, PAGE, SIZE, TIGHT, fontSlots } from "./format-rules";

export interface AppraisalRow {
  nominee: string;
  /** Position and unit, the parent unit, or the household's address. */
  detail: string;
  /** The proposing unit (the dossier's). */
  unit: string;
  award: string;
  state: string;
  level: keyof typeof eligibilityLevels;
  /** The messages of the results that are not green, worst first; none: every check passed. */
  problems: string[];
  /** The officer's reason for accepting the warnings, with who/when; empty: none. */
  override: string;
}

export const appraisalColumns = [
  { title: "STT", share: 0.05, align: "center" as const },
  { title: "Đối tượng đề nghị", share: 0.19 },
  { title: "Đơn vị trình", share: 0.12 },
  { title: "Hình thức, danh hiệu", share: 0.12 },
  { title: "Kết quả", share: 0.09, align: "center" as const },
  { title: "Nội dung kiểm tra", share: 0.27 },
  { title: "Lý do chấp nhận cảnh báo", share: 0.16 },
];

/** The text of the "Nội dung kiểm tra" cell (one line per message where the format allows). */
export function problemsText(r: AppraisalRow, separator = " "): string {
  return r.problems.length ? r.problems.join(separator) : "Đạt tất cả điều kiện, chỉ tiêu.";
}

export function appraisalCells(rows: AppraisalRow[]): string[][] {
  return rows.map((r, i) => [
    String(i + 1),
    r.detail ? `${r.nominee} (${r.detail})` : r.nominee,
    r.unit,
    r.award,
    eligibilityLevels[r.level],
    problemsText(r),
    r.override,
  ]);
}

/** Counts by level, for the summary line. */
export function levelCounts(rows: AppraisalRow[]) {
  return {
    ok: rows.filter((r) => r.level === "ok").length,
    warning: rows.filter((r) => r.level === "warning").length,
    blocking: rows.filter((r) => r.level === "blocking").length,
    overridden: rows.filter((r) => r.level === "warning" && r.override).length,
  };
}

export function summaryLine(rows: AppraisalRow[]): string {
  const c = levelCounts(rows);
  return `Tổng số ${rows.length} đề nghị: ${c.ok} đạt; ${c.warning} cần lưu ý (${c.overridden} đã được chấp nhận có lý do); ${c.blocking} không đạt.`;
}

/** A4 landscape: seven columns need the width. */
const LANDSCAPE_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;
const HEADER = [5600, LANDSCAPE_WIDTH - 5600] as const;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const grid = {
  top: SINGLE,
  bottom: SINGLE,
  left: SINGLE,
  right: SINGLE,
  insideHorizontal: SINGLE,
  insideVertical: SINGLE,
};

function tableCell(lines: string[], width: number, align: "left" | "center", bold: boolean) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
    children: (lines.length ? lines : [""]).map((text) =>
      para([run(text, { size: SIZE.table, bold })], {
        alignment: align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { ...LINE, before: 20, after: 20 },
      }),
    ),
  });
}

/** The list with one paragraph per rule message, the header row repeated on every page. */
function appraisalTable(rows: AppraisalRow[]): Table {
  const widths = appraisalColumns.map((c) => Math.floor(c.share * LANDSCAPE_WIDTH));
  const cells = appraisalCells(rows);
  return new Table({
    width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: grid,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: appraisalColumns.map((c, i) => tableCell([c.title], widths[i]!, "center", true)),
      }),
      ...rows.map(
        (r, ri) =>
          new TableRow({
            cantSplit: true,
            children: appraisalColumns.map((c, i) =>
              tableCell(
                i === 5 && r.problems.length
                  ? r.problems.map((m) => `- ${m}`)
                  : [cells[ri]![i] ?? ""],
                widths[i]!,
                c.align ?? "left",
                false,
              ),
            ),
          }),
      ),
    ],
  });
}

export async function appraisalListDocx(
  profile: Profile,
  title: string,
  subtitle: string,
  onDate: string,
  rows: AppraisalRow[],
): Promise<Buffer> {
  const header = layoutTable(HEADER, [
    [
      centered(upperVi(profile.parentBody), { size: SIZE.header }),
      centered(upperVi(profile.issuingBody), { bold: true, size: SIZE.header }),
      rule(Math.round((HEADER[0] - 1400) / 2)),
    ],
    [
      centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: SIZE.quocHieu }),
      centered("Độc lập - Tự do - Hạnh phúc", { bold: true, size: SIZE.tieuNgu }),
      rule(Math.round((HEADER[1] - 3420) / 2)),
      para([run(`${profile.placeName}, ${formatDateLine(onDate)}`, { italics: true })], {
        alignment: AlignmentType.CENTER,
        spacing: { ...TIGHT, before: 180 },
      }),
    ],
  ]);
  const doc = new Document({
    creator: "Thi đua – Khen thưởng",
    title,
    styles: {
      default: {
        document: {
          run: { font: fontSlots, size: SIZE.body, language: { value: LANGUAGE } },
          paragraph: { spacing: LINE },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: PageOrientation.LANDSCAPE,
            },
            margin: PAGE.margin,
          },
        },
        children: [
          header,
          para([run(" ", { size: 8 })], { spacing: { ...TIGHT, before: 240 } }),
          centered(upperVi(title), { bold: true, size: SIZE.typeName }),
          centered(subtitle, { bold: true }, 240),
          rows.length ? appraisalTable(rows) : para([run("Không có đề nghị nào.")]),
          para([run(summaryLine(rows), { italics: true })], {
            spacing: { ...LINE, before: 160 },
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
