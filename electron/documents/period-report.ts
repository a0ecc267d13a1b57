/**
 * The quarter (or half-year) result list as a Word table the officer pastes into the sơ kết
 * report: what was done and what was not, with the result notes.
 */
import { Packer } from "docx";
import type { PlanActivity } from "../contract";
import { formatDate } from "../contract/format";
import { centered, dataTable, officeDocx, para, run } from "./blocks";
import { LINE } from "./format-rules";

// STT must fit "STT" in bold 13 pt on one line (about 25 pt plus the cell margins): 6% wrapped it.
export const periodColumns = [
  { title: "STT", share: 0.09, align: "center" as const },
  { title: "Nội dung hoạt động", share: 0.37 },
  { title: "Thời hạn", share: 0.16, align: "center" as const },
  { title: "Đơn vị chủ trì", share: 0.15 },
  { title: "Kết quả", share: 0.23 },
];

export function periodRows(activities: PlanActivity[]): string[][] {
  return activities.map((a, i) => [
    String(i + 1),
    a.title,
    a.dueDate ? formatDate(a.dueDate) : `Quý ${["I", "II", "III", "IV"][a.quarter - 1]}`,
    a.leadUnit,
    a.resultNote || (a.completedOn ? `Hoàn thành ngày ${formatDate(a.completedOn)}` : ""),
  ]);
}

export async function periodReportDocx(
  title: string,
  done: PlanActivity[],
  notDone: PlanActivity[],
): Promise<Buffer> {
  const heading = (text: string) =>
    para([run(text, { bold: true })], { spacing: { ...LINE, before: 240, after: 120 } });
  const doc = officeDocx({
    title,
    children: [
      centered(title, { bold: true }, 240),
      heading(`1. Các hoạt động đã hoàn thành (${done.length})`),
      done.length
        ? dataTable({ columns: periodColumns, rows: periodRows(done) })
        : para([run("Không có.")]),
      heading(`2. Các hoạt động chưa hoàn thành (${notDone.length})`),
      notDone.length
        ? dataTable({ columns: periodColumns, rows: periodRows(notDone) })
        : para([run("Không có.")]),
    ],
  });
  return Packer.toBuffer(doc);
}
