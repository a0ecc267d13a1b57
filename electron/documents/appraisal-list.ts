/**
 * Danh sách thẩm định: the nominations of a dossier (or of a year) with the result of the
 * eligibility and quota checks, the rules' messages and the officer's reasons for accepting
 * warnings — what the office puts before the council (issue 7, item 2).
 */
import {
  AlignmentType,
  BorderStyle,
  Packer,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Profile } from "../contract";
import { formatDate } from "../contract/format";
import { eligibilityLevels, nominationStateLabels } from "../contract/vocabulary";
import { formatDateLine, upperVi } from "../domain/vietnamese";
import { centered, layoutTable, officeDocx, para, rule, run } from "./blocks";
import { LINE, PAGE, SIZE, TIGHT } from "./format-rules";

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
  /** Returned to the unit (state "tra_lai"): when and why; null otherwise. */
  returned: { on: string; reason: string } | null;
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

/** "Đã trả lại đơn vị ngày 12/03/2025: Thiếu Báo cáo thành tích." for a returned nomination. */
export function returnedText(r: AppraisalRow): string | null {
  if (!r.returned) return null;
  const reason = r.returned.reason.trim().replace(/[.;]$/, "");
  return `Đã trả lại đơn vị ngày ${formatDate(r.returned.on)}${reason ? `: ${reason}` : ""}.`;
}

/** The lines of the "Nội dung kiểm tra" cell: the return first, then the rules' messages. */
export function problemLines(r: AppraisalRow): string[] {
  const returned = returnedText(r);
  if (returned) return [returned, ...r.problems];
  return r.problems.length ? r.problems : ["Đạt tất cả điều kiện, chỉ tiêu."];
}

/** The text of the "Nội dung kiểm tra" cell (one line per message where the format allows). */
export function problemsText(r: AppraisalRow, separator = " "): string {
  return problemLines(r).join(separator);
}

/** The "Kết quả" cell: the checks' result, or that the nomination went back to its unit. */
export const resultText = (r: AppraisalRow): string =>
  r.returned ? nominationStateLabels.tra_lai : eligibilityLevels[r.level];

export function appraisalCells(rows: AppraisalRow[]): string[][] {
  return rows.map((r, i) => [
    String(i + 1),
    r.detail ? `${r.nominee} (${r.detail})` : r.nominee,
    r.unit,
    r.award,
    resultText(r),
    problemsText(r),
    r.override,
  ]);
}

/** Counts by level (returned nominations apart), for the summary line. */
export function levelCounts(rows: AppraisalRow[]) {
  const open = rows.filter((r) => !r.returned);
  return {
    ok: open.filter((r) => r.level === "ok").length,
    warning: open.filter((r) => r.level === "warning").length,
    blocking: open.filter((r) => r.level === "blocking").length,
    overridden: open.filter((r) => r.level === "warning" && r.override).length,
    returned: rows.length - open.length,
  };
}

export function summaryLine(rows: AppraisalRow[]): string {
  const c = levelCounts(rows);
  const returned = c.returned ? `; ${c.returned} đã trả lại đơn vị` : "";
  return `Tổng số ${rows.length} đề nghị: ${c.ok} đạt; ${c.warning} cần lưu ý (${c.overridden} đã được chấp nhận có lý do); ${c.blocking} không đạt${returned}.`;
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
                i === 5 && (r.problems.length || r.returned)
                  ? problemLines(r).map((m) => `- ${m}`)
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
  const doc = officeDocx({
    title,
    landscape: true,
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
  });
  return Packer.toBuffer(doc);
}
