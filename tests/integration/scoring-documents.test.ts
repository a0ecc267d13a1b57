import fs from "node:fs";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBackend, sampleSetup, type TestBackend } from "../helpers/backend";
import { docxParts } from "../helpers/docx-xml";

/** The text of a .docx's body, one line per paragraph. */
function documentText(file: string): string {
  const xml = docxParts(fs.readFileSync(file))["word/document.xml"] ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}
/** The table rows of a .docx, cells joined by " | ". */
function tableRows(file: string): string[] {
  const xml = docxParts(fs.readFileSync(file))["word/document.xml"] ?? "";
  return [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((m) =>
    [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
      .map((c) => c[0].replace(/<[^>]+>/g, "").trim())
      .join(" | "),
  );
}

let t: TestBackend;
let clusterId: string;
let unitIds: string[];
const names = ["UBND xã Thạnh Phú", "UBND xã Tân An", "UBND thị trấn Vĩnh An", "UBND xã Phú Lý"];

beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
  unitIds = [];
  for (const name of names)
    unitIds.push((await t.expectOk("directory.saveUnit", { name, kind: "xa_thi_tran" })).id);
  await t.expectOk("directory.saveCluster", { name: "Cụm thi đua số 1", kind: "cum" });
  clusterId = (await t.expectOk("directory.listClusters", { year: 2025 }))[0]!.id;
  await t.expectOk("directory.setClusterMembers", {
    clusterId,
    year: 2025,
    members: unitIds.map((unitId, i) => ({
      unitId,
      role: i === 0 ? "truong" : i === 1 ? "pho" : "thanh_vien",
    })),
  });
});
afterEach(() => t.cleanup());

/** Seed 002's table, three members fully scored and the fourth (Phú Lý) only partly. */
async function scoredTable() {
  const s = await t.expectOk("scoring.createTable", {
    year: 2025,
    clusterId,
    name: "Bảng điểm giao ước thi đua năm 2025",
    from: "seed002",
  });
  const d = await t.expectOk("scoring.getTable", { id: s.id });
  const cid = (code: string) => d.criteria.find((c) => c.code === code)!.id;
  const score = async (unit: number, self: number[], reviewed: (number | null)[]) =>
    t.expectOk("scoring.saveScores", {
      tableId: s.id,
      unitId: unitIds[unit]!,
      entries: ["I", "II", "III", "C", "T"].slice(0, self.length).map((code, i) => ({
        criterionId: cid(code),
        selfScore: self[i]!,
        selfNote: "",
        reviewedScore: reviewed[i] ?? null,
        reviewNote: "",
      })),
    });
  // Thạnh Phú: 45 + 9 + 38 + 5 - 0 = 97 (self 98); Tân An: 48 + 10 + 36 + 2 - 1 = 95;
  // Vĩnh An: 40 + 8 + 35 + 0 - 2 = 81; Phú Lý: only I and II scored.
  await score(0, [46, 9, 38, 5, 0], [45, null, null, null, null]);
  await score(1, [48, 10, 36, 2, 1], []);
  await score(2, [40, 8, 35, 0, 2], []);
  await score(3, [40, 8], []);
  return s.id;
}

const minutes = (tableId: string, over: Record<string, unknown> = {}) => ({
  tableId,
  docDate: "2025-12-15",
  startTime: "08:00",
  endTime: "10:30",
  place: "Hội trường UBND xã Thạnh Phú",
  chair: "Nguyễn Văn An",
  chairPosition: "Chủ tịch UBND xã Thạnh Phú, Cụm trưởng",
  secretary: "Lê Thị Bình",
  secretaryPosition: "Công chức Văn phòng - Thống kê xã Tân An",
  presentUnitIds: unitIds.slice(0, 3),
  otherParticipants: ["Đại diện Phòng Nội vụ huyện"],
  proposals: ["Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"],
  ...over,
});

describe("documents of a cluster's score table", () => {
  it("writes the scoring minutes in the register with the ranking, unscored members apart", async () => {
    const tableId = await scoredTable();
    const doc = await t.expectOk("scoring.generateMinutes", minutes(tableId));
    expect(doc).toMatchObject({
      templateId: "bien-ban",
      typeCode: "BB",
      state: "du_thao",
      sourceKind: "score_minutes",
      summary: "Họp chấm điểm, xếp hạng thi đua năm 2025 Cụm thi đua số 1",
      signerName: "Nguyễn Văn An",
      outdated: false,
    });
    // The cluster's own minutes: its header and series, not the council's.
    expect(doc.number).toBe("…/BB-CTĐ1");
    const file = `${t.paths.dataDir}/${doc.filePath}`;
    const text = documentText(file);
    expect(text).not.toContain("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN");
    for (const e of [
      "CỤM THI ĐUA SỐ 1",
      "Số: …/BB-CTĐ1",
      "BIÊN BẢN",
      "Thời gian: 08 giờ 00 phút, ngày 15 tháng 12 năm 2025",
      "Địa điểm: Hội trường UBND xã Thạnh Phú",
      "- Chủ tọa: Nguyễn Văn An – Chủ tịch UBND xã Thạnh Phú, Cụm trưởng.",
      "- Thư ký: Lê Thị Bình – Công chức Văn phòng - Thống kê xã Tân An.",
      "có mặt 3/4 đơn vị, gồm:",
      "+ UBND xã Thạnh Phú (cụm trưởng);",
      "+ UBND xã Tân An (cụm phó);",
      "- Vắng mặt: UBND xã Phú Lý.",
      "- Đại diện Phòng Nội vụ huyện.",
      "điểm cộng không quá 10 điểm; điểm trừ không quá 10 điểm",
      "hạng nhất: UBND xã Thạnh Phú (97 điểm); hạng nhì: UBND xã Tân An (95 điểm); hạng ba: UBND thị trấn Vĩnh An (81 điểm)",
      "- UBND xã Thạnh Phú (hạng nhất): Cờ thi đua của UBND tỉnh, tiền thưởng 10.000.000 đồng.",
      "- UBND xã Tân An (hạng nhì): Bằng khen của Chủ tịch UBND tỉnh, tiền thưởng 7.000.000 đồng.",
      "- UBND thị trấn Vĩnh An (hạng ba): tiền thưởng 5.000.000 đồng.",
      "UBND xã Phú Lý (còn 3 tiêu chí chưa chấm): chưa đủ điểm nên chưa được xếp hạng.",
      "Cuộc họp kết thúc vào lúc 10 giờ 30 phút cùng ngày./.",
      "THƯ KÝ",
      "CHỦ TỌA",
    ])
      expect(text).toContain(e);
    const rows = tableRows(file);
    expect(rows).toContain(
      "STT | Đơn vị | Điểm tự chấm | Điểm phúc tra | Xếp hạng | Đề nghị khen thưởng | Tiền thưởng (đồng)",
    );
    expect(rows).toContain(
      "1 | UBND xã Thạnh Phú | 98 | 97 | Hạng Nhất | Cờ thi đua của UBND tỉnh | 10.000.000",
    );
    expect(rows).toContain(
      "2 | UBND xã Tân An | 95 | 95 | Hạng Nhì | Bằng khen của Chủ tịch UBND tỉnh | 7.000.000",
    );
    expect(rows).toContain("3 | UBND thị trấn Vĩnh An | 81 | 81 | Hạng Ba |  | 5.000.000");
    // The partly scored member: no score, rank or prize, only "Chưa đủ điểm".
    expect(rows).toContain("4 | UBND xã Phú Lý |  |  | Chưa đủ điểm |  | ");
    // Secretary on the left, chair on the right.
    expect(text.indexOf("THƯ KÝ")).toBeLessThan(text.indexOf("CHỦ TỌA"));
    expect(text.indexOf("Lê Thị Bình\n")).toBeLessThan(text.lastIndexOf("Nguyễn Văn An"));

    // A changed score marks the draft outdated.
    const d = await t.expectOk("scoring.getTable", { id: tableId });
    await t.expectOk("scoring.saveScores", {
      tableId,
      unitId: unitIds[2]!,
      entries: [
        {
          criterionId: d.criteria.find((c) => c.code === "C")!.id,
          selfScore: 0,
          selfNote: "",
          reviewedScore: null,
          reviewNote: "",
        },
        {
          criterionId: d.criteria.find((c) => c.code === "III")!.id,
          selfScore: 40,
          selfNote: "",
          reviewedScore: null,
          reviewNote: "",
        },
      ],
    });
    const listed = (await t.expectOk("documents.list", { year: 2025 })).find(
      (x) => x.id === doc.id,
    )!;
    expect(listed.outdated).toBe(true);
  });

  it("names every unit tied at a rank: two at 81 points are both hạng ba", async () => {
    const tableId = await scoredTable();
    const d = await t.expectOk("scoring.getTable", { id: tableId });
    await t.expectOk("scoring.saveScores", {
      tableId,
      unitId: unitIds[3]!,
      entries: ["I", "II", "III", "C", "T"].map((code, i) => ({
        criterionId: d.criteria.find((c) => c.code === code)!.id,
        selfScore: [40, 8, 35, 0, 2][i]!,
        selfNote: "",
        reviewedScore: null,
        reviewNote: "",
      })),
    });
    const doc = await t.expectOk("scoring.generateMinutes", minutes(tableId));
    expect(documentText(`${t.paths.dataDir}/${doc.filePath}`)).toContain(
      "hạng ba: UBND thị trấn Vĩnh An (81 điểm); hạng ba: UBND xã Phú Lý (81 điểm).",
    );
  });

  it("refuses minutes for an unsound table, an unscored cluster or bad times, writing nothing", async () => {
    // A blank table: its maxima do not sum to 100.
    await t.expectOk("directory.saveCluster", { name: "Khối các cơ quan", kind: "khoi" });
    const other = (await t.expectOk("directory.listClusters", { year: 2025 })).find(
      (c) => c.name === "Khối các cơ quan",
    )!.id;
    await t.expectOk("directory.setClusterMembers", {
      clusterId: other,
      year: 2025,
      members: [{ unitId: unitIds[3]!, role: "truong" }],
    });
    const blank = await t.expectOk("scoring.createTable", {
      year: 2025,
      clusterId: other,
      name: "Bảng điểm khối",
      from: "blank",
    });
    const bad = await t.call(
      "scoring.generateMinutes",
      minutes(blank.id, { presentUnitIds: [unitIds[3]!] }),
    );
    expect(!bad.ok && bad.error.message).toBe(
      "Bảng điểm chưa hợp lệ nên chưa lập được biên bản chấm điểm, xếp hạng: Tổng điểm chuẩn của bảng điểm là 0, phải đúng 100 điểm.",
    );
    const pact = await t.call("scoring.exportPact", { id: blank.id, docDate: "2025-03-10" });
    expect(!pact.ok && pact.error.message).toBe(
      "Bảng điểm chưa hợp lệ nên chưa lập được bản giao ước: Tổng điểm chuẩn của bảng điểm là 0, phải đúng 100 điểm.",
    );

    const seeded = await t.expectOk("scoring.createTable", {
      year: 2025,
      clusterId,
      name: "Bảng điểm",
      from: "seed002",
    });
    const none = await t.call("scoring.generateMinutes", minutes(seeded.id));
    expect(!none.ok && none.error.message).toBe(
      "Chưa đơn vị nào được chấm đủ điểm tất cả tiêu chí nên chưa lập được biên bản chấm điểm, xếp hạng.",
    );
    const times = await t.call(
      "scoring.generateMinutes",
      minutes(seeded.id, { startTime: "10:30", endTime: "8:00" }),
    );
    expect(times.ok).toBe(false);
    expect(!times.ok && times.error.message).toContain("Giờ kết thúc phải có dạng giờ:phút");
    const order = await t.call(
      "scoring.generateMinutes",
      minutes(seeded.id, { startTime: "10:30", endTime: "08:00" }),
    );
    expect(!order.ok && order.error.message).toContain("Giờ kết thúc phải sau giờ bắt đầu");
    expect(await t.expectOk("documents.list", { year: 2025 })).toHaveLength(0);
  });

  it("writes the signed pact with members, criteria, limits and a signature box per member", async () => {
    const tableId = await scoredTable();
    const { path } = await t.expectOk("scoring.exportPact", { id: tableId, docDate: "2025-03-20" });
    expect(path).toMatch(/exports[\\/]giao-uoc-cum-thi-dua-so-1-2025\.docx$/);
    // Page numbers from page 2 on, as in every template: none on the first page.
    const parts = docxParts(fs.readFileSync(path));
    expect(parts["word/document.xml"]).toContain("<w:titlePg/>");
    const headers = Object.keys(parts).filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.filter((n) => parts[n]!.includes("PAGE"))).toHaveLength(1);
    const text = documentText(path);
    for (const e of [
      "ỦY BAN NHÂN DÂN",
      "CỤM THI ĐUA SỐ 1",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "ngày 20 tháng 3 năm 2025",
      "GIAO ƯỚC THI ĐUA",
      "Năm 2025 của các đơn vị thành viên Cụm thi đua số 1",
      "I. CÁC ĐƠN VỊ THAM GIA GIAO ƯỚC (4 đơn vị)",
      "II. NỘI DUNG GIAO ƯỚC VÀ THANG ĐIỂM",
      "2. Điểm cộng (tổng điểm cộng không quá 10 điểm):",
      "3. Điểm trừ (tổng điểm trừ không quá 10 điểm):",
      "gửi kết quả về cụm trưởng (UBND xã Thạnh Phú)",
      "- Đơn vị hạng Nhất: 10.000.000 đồng.",
      "- Đơn vị hạng Ba: 5.000.000 đồng.",
      "ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC",
    ])
      expect(text).toContain(e);
    const rows = tableRows(path);
    expect(rows).toContain("1 | UBND xã Thạnh Phú | Cụm trưởng");
    expect(rows).toContain("2 | UBND xã Tân An | Cụm phó");
    expect(rows).toContain("Mục | Nội dung tiêu chí | Điểm tối đa");
    expect(rows).toContain("I | Công tác chỉ đạo, điều hành và tổ chức thực hiện nhiệm vụ | 50");
    expect(rows).toContain("III | Kết quả thực hiện các chỉ tiêu được giao | 40");
    expect(rows).toContain(" | Tổng điểm chuẩn | 100");
    expect(rows).toContain("C | Điểm cộng (thành tích nổi bật, sáng tạo) | 10");
    expect(rows).toContain("T | Điểm trừ (chậm, thiếu báo cáo; vi phạm) | 10");
    // Signature boxes: the leader first, each member once, three to a row.
    const boxes = rows.filter((r) => r.includes("(Ký, ghi rõ họ tên, đóng dấu)"));
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toMatch(/^CỤM TRƯỞNG\s*UBND XÃ THẠNH PHÚ/);
    for (const n of names) expect(boxes.join(" ")).toContain(n.toLocaleUpperCase("vi"));
  });

  it("exports the ranking table to Word and Excel with numbers kept as numbers", async () => {
    const tableId = await scoredTable();
    const word = await t.expectOk("scoring.exportRanking", { id: tableId, format: "docx" });
    const text = documentText(word.path);
    expect(text).toContain("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA");
    expect(text).toContain("NĂM 2025 – CỤM THI ĐUA SỐ 1");
    expect(text).toContain(
      "UBND xã Phú Lý (còn 3 tiêu chí chưa chấm): chưa đủ điểm nên chưa được xếp hạng.",
    );
    const rows = tableRows(word.path);
    expect(rows[0]).toBe(
      "STT | Đơn vị | Tự chấm | Điểm chuẩn | Cộng | Trừ | Phúc tra | Xếp hạng | Tiền thưởng (đồng)",
    );
    expect(rows).toContain("1 | UBND xã Thạnh Phú | 98 | 92 | 5 | 0 | 97 | Nhất | 10.000.000");
    expect(rows).toContain("2 | UBND xã Tân An | 95 | 94 | 2 | 1 | 95 | Nhì | 7.000.000");
    expect(rows).toContain("4 | UBND xã Phú Lý |  |  |  |  |  | Chưa đủ điểm | ");

    const excel = await t.expectOk("scoring.exportRanking", { id: tableId, format: "xlsx" });
    expect(excel.path).toMatch(/xep-hang-cum-thi-dua-so-1-2025\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(excel.path);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe(
      "Kết quả chấm điểm, xếp hạng thi đua năm 2025 – Cụm thi đua số 1",
    );
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(2)).toEqual([
      "STT",
      "Đơn vị",
      "Tự chấm",
      "Điểm chuẩn",
      "Cộng",
      "Trừ",
      "Phúc tra",
      "Xếp hạng",
      "Tiền thưởng (đồng)",
    ]);
    expect(row(3)).toEqual(["1", "UBND xã Thạnh Phú", 98, 92, 5, 0, 97, "Nhất", 10_000_000]);
    expect(row(5)).toEqual(["3", "UBND thị trấn Vĩnh An", 81, 83, 0, 2, 81, "Ba", 5_000_000]);
    // The prize is money: a number shown grouped by thousands.
    expect(ws.getCell("I3").numFmt).toBe("#,##0");
    const last = row(6);
    expect(last[1]).toBe("UBND xã Phú Lý");
    expect(last[7]).toBe("Chưa đủ điểm");
    expect(last.slice(2, 7).every((v) => v === undefined || v === null || v === "")).toBe(true);
  });
});
