import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cancelDecisionAwards, recordDecisionAwards } from "../../db/queries/awards";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { docxParts } from "../helpers/docx-xml";
import { communeWithSchool, errorOf, savePerson } from "../helpers/nominations";

/** The text of each cell of each table row of a .docx body, runs joined, paragraphs by "\n". */
function docxRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
      [...tc[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
        .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
        .join("\n")
        .trim(),
    ),
  );
}

/** A row's cells as text (rich text joined). */
function xlsxTexts(ws: ExcelJS.Worksheet, row: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= 9; c++) {
    const v = ws.getRow(row).getCell(c).value;
    out.push(
      v && typeof v === "object" && "richText" in v
        ? v.richText.map((r) => r.text).join("")
        : String(v ?? ""),
    );
  }
  return out;
}

let t: TestBackend;
let schoolId: string;
let communeId: string;
let binh: string;
let an: string;

beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
  ({ unitId: communeId, schoolId } = await communeWithSchool(t));
  binh = await savePerson(t, schoolId, "Trần Thị Bình", "Giáo viên", { gender: "nu" });
  an = await savePerson(t, communeId, "Nguyễn Văn An", "Công chức");
  // A form of the office's own making, not yet given a statistical group.
  await t.expectOk("catalogue.saveAward", {
    code: "KNC_GD",
    name: "Kỷ niệm chương Vì sự nghiệp giáo dục",
    recipientKind: "ca_nhan",
    kind: "hinh_thuc",
    coefficient: null,
    validFrom: "2015-01-01",
  });
  // Entered out of date order: the sheet sorts them.
  const award = (v: Record<string, unknown>) =>
    t.expectOk("awards.save", { recipientKind: "ca_nhan", personId: binh, ...v } as never);
  await award({
    year: 2022,
    awardCode: "BK_TINH_CN",
    decisionNumber: "300/QĐ-UBND",
    decisionDate: "2023-03-15",
    issuer: "Chủ tịch UBND tỉnh Đồng Nai",
    awardType: "chuyen_de",
    recipientCategory: "truc_tiep",
  });
  await award({
    year: 2021,
    awardCode: "LDTT",
    decisionNumber: "05/QĐ-UBND",
    decisionDate: "2022-01-10",
    issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
    awardType: "thuong_xuyen",
  });
  await award({ year: 2020, awardCode: "KNC_GD" });
  // A decision of this office, later cancelled.
  const stamp = { now: t.clock.now(), origin: "test" };
  recordDecisionAwards(
    t.backend.db,
    stamp,
    "decision-ttg",
    { decisionNumber: "120/QĐ-TTg", decisionDate: "2024-02-01", issuer: "Thủ tướng Chính phủ" },
    [
      {
        year: 2023,
        recipientKind: "ca_nhan",
        personId: binh,
        unitId: schoolId,
        recipientName: "Trần Thị Bình",
        unitName: "Trường Tiểu học Bình Lư",
        awardCode: "BK_TTG_CN",
        awardName: "Bằng khen của Thủ tướng Chính phủ (cá nhân)",
        awardType: "dot_xuat",
      },
    ],
  );
  cancelDecisionAwards(t.backend.db, stamp, "decision-ttg", {
    decisionNumber: "130/QĐ-UBND",
    decisionDate: "2025-03-01",
  });
  await t.expectOk("awards.save", {
    year: 2023,
    recipientKind: "tap_the",
    unitId: schoolId,
    awardCode: "TTLDTT",
    decisionNumber: "20/QĐ-UBND",
    decisionDate: "2024-01-20",
    recipientCategory: "co_quan",
    awardType: "thuong_xuyen",
  });
});
afterEach(() => t.cleanup());

const binhLines = [
  [
    "1",
    "",
    "",
    "Chưa phân loại",
    "Trần Thị Bình",
    "Cá nhân",
    "Giáo viên, Trường Tiểu học Bình Lư",
    "",
    "Kỷ niệm chương Vì sự nghiệp giáo dục (năm 2020)",
  ],
  [
    "2",
    "05/QĐ-UBND",
    "10/01/2022",
    "Cơ sở",
    "Trần Thị Bình",
    "Cá nhân",
    "Giáo viên, Trường Tiểu học Bình Lư",
    "Thường xuyên",
    "Lao động tiên tiến (năm 2021)",
  ],
  [
    "3",
    "300/QĐ-UBND",
    "15/03/2023",
    "Bộ, ngành, tỉnh",
    "Trần Thị Bình",
    "Người trực tiếp công tác, lao động, học tập, chiến đấu",
    "Giáo viên, Trường Tiểu học Bình Lư",
    "Chuyên đề",
    "Bằng khen của Chủ tịch UBND tỉnh (cá nhân) (năm 2022)",
  ],
  [
    "4",
    "120/QĐ-TTg",
    "01/02/2024",
    "Nhà nước",
    "Trần Thị Bình",
    "Cá nhân",
    "Giáo viên, Trường Tiểu học Bình Lư",
    "Đột xuất",
    "Bằng khen của Thủ tướng Chính phủ (cá nhân) (năm 2023)\n(Đã hủy bởi QĐ số 130/QĐ-UBND ngày 01/03/2025)",
  ],
];

describe("Quá trình khen thưởng", () => {
  it("prints a person's registry in date order as Word: levels, loại hình, a cancelled award struck and noted", async () => {
    const file = await t.expectOk("awards.historySheet", { personId: binh, format: "docx" });
    expect(file.fileName).toBe("Qua-trinh-khen-thuong-Tran-Thi-Binh.docx");
    expect(path.dirname(file.path)).toBe(path.join(t.paths.dataDir, "exports"));
    const xml = docxParts(fs.readFileSync(file.path))["word/document.xml"]!;
    const rows = docxRows(xml);
    // The office's header block and the Quốc hiệu, side by side.
    expect(rows[0]!.join(" ")).toContain("ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU");
    expect(rows[0]!.join(" ")).toContain("PHÒNG NỘI VỤ");
    expect(rows[0]!.join(" ")).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain("QUÁ TRÌNH KHEN THƯỞNG CỦA BÀ TRẦN THỊ BÌNH");
    expect(xml).toContain("Chức vụ, đơn vị công tác hiện nay: Giáo viên, Trường Tiểu học Bình Lư");
    expect(xml).toContain("4 lượt khen thưởng, trong đó 1 lượt đã bị hủy");
    // The grid: two header rows ("Quyết định" over three columns), then the lines.
    const grid = rows.findIndex((r) => r[0] === "STT");
    expect(rows[grid]).toEqual([
      "STT",
      "Quyết định",
      "Họ và tên",
      "Phân loại",
      "Thông tin công tác",
      "Loại hình khen thưởng",
      "Danh hiệu thi đua / Hình thức khen thưởng",
    ]);
    expect(rows[grid + 1]).toEqual(["", "Số QĐ", "Ngày tháng", "Cấp độ", "", "", "", "", ""]);
    expect(rows.slice(grid + 2, grid + 6)).toEqual(binhLines);
    // The cancelled line is struck (its number cell too), the others are not.
    const trs = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const cancelled = trs.find((tr) => tr.includes("120/QĐ-TTg"))!;
    expect(cancelled).toContain("<w:strike/>");
    expect(trs.find((tr) => tr.includes("05/QĐ-UBND"))).not.toContain("<w:strike");
    // The date line and the signer.
    expect(xml).toContain("Vĩnh Cửu, ngày 10 tháng 3 năm 2025");
    expect(xml).toContain("NGƯỜI LẬP BIỂU");
  });

  it("writes the same lines to Excel with the header group merged and the cancelled line struck", async () => {
    const file = await t.expectOk("awards.historySheet", { personId: binh, format: "xlsx" });
    expect(file.fileName).toBe("Qua-trinh-khen-thuong-Tran-Thi-Binh.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.path);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU");
    expect(ws.getCell("A2").value).toBe("PHÒNG NỘI VỤ");
    expect(ws.getCell("E1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    let top = 1;
    while (ws.getCell(top, 1).value !== "STT") top++;
    expect(
      Array.from({ length: 20 }, (_, i) => String(ws.getCell(i + 1, 1).value ?? "")),
    ).toContain("QUÁ TRÌNH KHEN THƯỞNG CỦA BÀ TRẦN THỊ BÌNH");
    expect(ws.getCell(top, 2).value).toBe("Quyết định");
    expect(ws.getCell(top, 4).isMerged).toBe(true);
    expect(ws.getCell(top + 1, 1).isMerged).toBe(true);
    expect(xlsxTexts(ws, top + 1).slice(1, 4)).toEqual(["Số QĐ", "Ngày tháng", "Cấp độ"]);
    const lines = [0, 1, 2, 3].map((i) => xlsxTexts(ws, top + 2 + i));
    expect(lines).toEqual(binhLines);
    expect(ws.getCell(top + 5, 2).font.strike).toBe(true);
    expect(ws.getCell(top + 4, 2).font.strike).toBeFalsy();
    // Below the table: the date line and the signature.
    const below = Array.from({ length: 10 }, (_, i) =>
      String(ws.getCell(top + 6 + i, 5).value ?? ""),
    );
    expect(below).toContain("Vĩnh Cửu, ngày 10 tháng 3 năm 2025");
  });

  it("prints a collective's own awards only, under Tên cơ quan, tập thể", async () => {
    const file = await t.expectOk("awards.historySheet", { unitId: schoolId, format: "docx" });
    expect(file.fileName).toBe("Qua-trinh-khen-thuong-Truong-Tieu-hoc-Binh-Lu.docx");
    const xml = docxParts(fs.readFileSync(file.path))["word/document.xml"]!;
    expect(xml).toContain("QUÁ TRÌNH KHEN THƯỞNG CỦA TRƯỜNG TIỂU HỌC BÌNH LƯ");
    expect(xml).toContain("Trực thuộc UBND xã Bình Lư");
    const rows = docxRows(xml);
    const grid = rows.findIndex((r) => r[0] === "STT");
    expect(rows[grid]![2]).toBe("Tên cơ quan, tập thể");
    // Bình's awards belong to her, not to the school's collective history.
    expect(rows.slice(grid + 2, -1)).toEqual([
      [
        "1",
        "20/QĐ-UBND",
        "20/01/2024",
        "Cơ sở",
        "Trường Tiểu học Bình Lư",
        "Cơ quan hành chính, sự nghiệp",
        "Trực thuộc UBND xã Bình Lư",
        "Thường xuyên",
        "Tập thể lao động tiên tiến (năm 2023)",
      ],
    ]);
  });

  it("refuses a recipient with no award, writing nothing", async () => {
    const before = snapshotDatabase(t.backend.sqlite);
    const exports = path.join(t.paths.dataDir, "exports");
    const filesBefore = fs.existsSync(exports) ? fs.readdirSync(exports) : [];
    const message = await errorOf(t.call("awards.historySheet", { personId: an, format: "docx" }));
    expect(message).toBe(
      "Nguyễn Văn An chưa có khen thưởng nào trong sổ khen thưởng nên không có quá trình khen thưởng để in. Hãy ghi các khen thưởng đã nhận vào Sổ khen thưởng trước.",
    );
    // The commune has people with awards beneath it, but none of its own as a collective.
    expect(
      await errorOf(t.call("awards.historySheet", { unitId: communeId, format: "xlsx" })),
    ).toContain("UBND xã Bình Lư chưa có khen thưởng nào");
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
    expect(fs.existsSync(exports) ? fs.readdirSync(exports) : []).toEqual(filesBefore);
    expect(await errorOf(t.call("awards.historySheet", { format: "docx" } as never))).toContain(
      "Chọn một cá nhân, một tập thể hoặc một hộ gia đình",
    );
    expect(
      await errorOf(t.call("awards.historySheet", { personId: "khong-co", format: "docx" })),
    ).toContain("Không tìm thấy cá nhân này");
  });
});
