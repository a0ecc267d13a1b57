// The plan's period report (Word): its STT column holds "STT" on one line (#13 item 13).
import { describe, expect, it } from "vitest";
import type { PlanActivity } from "../../../electron/contract";
import { periodReportDocx } from "../../../electron/documents/period-report";
import { docxParts } from "../../helpers/docx-xml";

const activity = (i: number): PlanActivity =>
  ({
    id: `a${i}`,
    title: `Hoạt động số ${i}`,
    quarter: 1,
    dueDate: "2026-03-15",
    leadUnit: "Phòng Nội vụ",
    resultNote: "",
    completedOn: "2026-03-05",
  }) as PlanActivity;

describe("period report", () => {
  it("gives STT the width of “STT” in bold 13 pt plus the cell margins", async () => {
    const xml = docxParts(await periodReportDocx("Kết quả quý I", [activity(1)], []))[
      "word/document.xml"
    ]!;
    const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    // "STT" in Times New Roman bold 13 pt is about 25 pt (500 twips); the cell margins 160.
    expect(widths[0]).toBeGreaterThanOrEqual(700);
    expect(widths.reduce((a, w) => a + w, 0)).toBeLessThanOrEqual(9355);
  });
});
