import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DocumentRow } from "../../electron/contract";
import { sampleSetup, startTestBackend, type TestBackend } from "../helpers/backend";
import { docxParts } from "../helpers/docx-xml";
import { communeWithSchool, errorOf, savePerson } from "../helpers/nominations";
import { snapshotDatabase } from "../helpers/db-snapshot";
import { recordDecisionAwards } from "../../db/queries/awards";

/** The paragraphs of a register document's body, runs joined. */
function paragraphs(t: TestBackend, doc: DocumentRow): string[] {
  const xml = docxParts(fs.readFileSync(path.join(t.paths.dataDir, doc.filePath)))[
    "word/document.xml"
  ]!;
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
  );
}

let t: TestBackend;
let signerId: string;
let schoolId: string;
let binhId: string;

beforeEach(async () => {
  t = await startTestBackend();
  await t.expectOk("settings.completeSetup", sampleSetup());
  const signers = await t.expectOk("settings.listSigners", {});
  // The office's head signs its own report (…/BC-PNV).
  signerId = (signers.find((s) => /Trưởng phòng/i.test(s.position)) ?? signers[0]!).id;
  const commune = await communeWithSchool(t);
  const unitId = commune.unitId;
  schoolId = commune.schoolId;
  const an = await savePerson(t, unitId, "Nguyễn Văn An", "Công chức");
  const binh = await savePerson(t, schoolId, "Trần Thị Bình", "Giáo viên", { gender: "nu" });
  binhId = binh;
  const award = (v: Record<string, unknown>) =>
    t.expectOk("awards.save", {
      year: 2024,
      decisionNumber: "15/QĐ-UBND",
      issuer: "Chủ tịch UBND huyện Vĩnh Cửu",
      ...v,
    } as never);
  // A hand-computed fixture: 2024 has two LĐTT (one in May, one in December) and one collective
  // Giấy khen; one award decided in late 2023 and one in 2025 fall outside the year.
  await award({
    recipientKind: "ca_nhan",
    personId: an,
    awardCode: "LDTT",
    decisionDate: "2024-05-10",
  });
  await award({
    recipientKind: "ca_nhan",
    personId: binh,
    awardCode: "LDTT",
    decisionDate: "2024-12-20",
  });
  await award({
    recipientKind: "tap_the",
    unitId: schoolId,
    awardCode: "GK_TT",
    decisionDate: "2024-12-20",
  });
  await award({
    year: 2023,
    recipientKind: "ca_nhan",
    personId: an,
    awardCode: "GK_CN",
    decisionDate: "2023-12-30",
  });
  await award({
    year: 2024,
    recipientKind: "ca_nhan",
    personId: binh,
    awardCode: "GK_CN",
    decisionDate: "2025-01-05",
  });
  await t.expectOk("movements.save", {
    kind: "chuyen_de",
    name: "Phong trào “Dân vận khéo”",
    startDate: "2024-03-01",
    endDate: "2024-11-30",
    targets: [{ text: "100% xã có mô hình dân vận khéo", number: 100, unit: "%" }],
  });
  const doc = await t.expectOk("documents.createGeneric", {
    kind: "to-trinh",
    docDate: "2024-02-01",
    summary: "Về việc đề nghị khen thưởng phong trào thi đua năm 2023",
    kinhGui: "Chủ tịch Ủy ban nhân dân huyện",
    legalBasisIds: [],
    paragraphs: ["Nội dung kế hoạch."],
    noiNhan: ["Như trên"],
    signerId,
  } as never);
  await t.expectOk("documents.issue", { id: doc.id });
});
afterEach(() => t.cleanup());

describe("the Báo cáo tổng kết năm", () => {
  it("counts the year's documents, movements and awards, by form and kind of recipient", async () => {
    const { figures: f } = await t.expectOk("reports.summary", { year: 2024, period: "nam" });
    expect(f.documents).toEqual([{ typeCode: "TTr", label: "tờ trình", n: 1 }]);
    expect(f.movements).toEqual([
      {
        name: "Phong trào “Dân vận khéo”",
        startDate: "2024-03-01",
        endDate: "2024-11-30",
        targets: ["100% xã có mô hình dân vận khéo"],
        registered: 0,
        nominations: 0,
      },
    ]);
    expect(f.awards).toEqual([
      { awardName: "Lao động tiên tiến", tapThe: 0, caNhan: 2, hoGiaDinh: 0 },
      { awardName: "Giấy khen (tập thể)", tapThe: 1, caNhan: 0, hoGiaDinh: 0 },
    ]);
    expect(f.awardTotals).toEqual({ tapThe: 1, caNhan: 2, hoGiaDinh: 0 });
    // The six months: only May's LĐTT.
    const half = await t.expectOk("reports.summary", { year: 2024, period: "sau_thang" });
    expect(half.figures.awardTotals).toEqual({ tapThe: 0, caNhan: 1, hoGiaDinh: 0 });
  });

  it("keeps the officer's prose for the year, and seeds IV from next year's plan", async () => {
    await t.expectOk("plans.create", { year: 2025, from: "template" });
    const before = await t.expectOk("reports.summary", { year: 2024, period: "nam" });
    expect(before.saved).toBe(false);
    expect(before.prose.phuongHuong).toMatch(/^1\. /);
    await t.expectOk("reports.saveProse", {
      year: 2024,
      period: "nam",
      prose: { ...before.prose, dacDiem: "Năm 2024 huyện có 12 xã, thị trấn." },
    });
    const after = await t.expectOk("reports.summary", { year: 2024, period: "nam" });
    expect(after.saved).toBe(true);
    expect(after.prose.dacDiem).toBe("Năm 2024 huyện có 12 xã, thị trấn.");
    expect((await t.expectOk("reports.summary", { year: 2024, period: "sau_thang" })).saved).toBe(
      false,
    );
  });

  it("goes into the register as a Báo cáo with sections I–IV, the figures and the awards table", async () => {
    await t.expectOk("reports.saveProse", {
      year: 2024,
      period: "nam",
      prose: {
        dacDiem: "Năm 2024 huyện có 12 xã, thị trấn.",
        lanhDao: "",
        phongTrao: "",
        dienHinh: "",
        tonTai: "Một số đơn vị nộp hồ sơ chậm.",
        nguyenNhan: "Cán bộ kiêm nhiệm.",
        phuongHuong: "1. Đổi mới công tác khen thưởng.",
      },
    });
    const doc = await t.expectOk("reports.generate", {
      year: 2024,
      period: "nam",
      docDate: "2025-01-10",
      signerId,
      kinhGui: "Ban Thi đua - Khen thưởng tỉnh",
      noiNhan: ["Như trên", "Lưu: VT"],
    });
    expect(doc.summary).toBe(
      "Tổng kết công tác thi đua, khen thưởng năm 2024 và phương hướng, nhiệm vụ năm 2025",
    );
    const text = paragraphs(t, doc);
    for (const line of [
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "Năm 2024 huyện có 12 xã, thị trấn.",
      "Trong năm 2024 đã ban hành 01 văn bản về công tác thi đua, khen thưởng (01 tờ trình).",
      "- Phong trào “Dân vận khéo” (từ 01/03/2024 đến 30/11/2024), chỉ tiêu: 100% xã có mô hình dân vận khéo: 00 đơn vị đăng ký, 00 lượt đề nghị khen thưởng.",
      "Trong năm 2024 đã khen thưởng 03 lượt (01 tập thể, 02 cá nhân) theo 00 quyết định ban hành tại đây, tổng số tiền thưởng 0 đồng. Cụ thể theo hình thức:",
      "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
      "Một số đơn vị nộp hồ sơ chậm.",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
      "1. Đổi mới công tác khen thưởng.",
    ])
      expect(text).toContain(line);
    // The table: one row per form, then the totals.
    const joined = text.join("|");
    expect(joined).toContain("Lao động tiên tiến| |2| |2");
    expect(joined).toContain("Tổng cộng|1|2|0|3");
  });

  it("refuses a year with no data and nothing written, writing nothing", async () => {
    const before = snapshotDatabase(t.backend.sqlite);
    expect(
      await errorOf(
        t.call("reports.generate", {
          year: 2019,
          period: "nam",
          docDate: "2025-01-10",
          signerId,
          kinhGui: "",
          noiNhan: [],
        }),
      ),
    ).toContain("chưa có dữ liệu nào");
    expect(snapshotDatabase(t.backend.sqlite)).toEqual(before);
  });
});

describe("Thống kê", () => {
  it("counts the registry per year and kind, per unit (with the units beneath), and exports a chart's data", async () => {
    const all = await t.expectOk("reports.statistics", { fromYear: 2023, toYear: 2024 });
    expect(all.perYear).toEqual([
      { year: 2023, tapThe: 0, caNhan: 1, hoGiaDinh: 0 },
      // The award decided in January 2025 is for 2024.
      { year: 2024, tapThe: 1, caNhan: 3, hoGiaDinh: 0 },
    ]);
    expect(all.perUnit).toEqual([
      { unitName: "Trường Tiểu học Bình Lư", n: 3 },
      { unitName: "UBND xã Bình Lư", n: 2 },
    ]);
    const school = await t.expectOk("reports.statistics", {
      fromYear: 2023,
      toYear: 2024,
      unitId: schoolId,
      recipientKind: "ca_nhan",
    });
    expect(school.perYear.map((y) => y.caNhan)).toEqual([0, 2]);
    expect(all.funnel.map((f) => f.stage)).toEqual([
      "Tiếp nhận",
      "Đã thẩm định",
      "Hội đồng đồng ý",
      "Có quyết định",
      "Đã in bằng",
    ]);
    // Registered against achieved: the school registered Bình for LĐTT and she got it; her
    // Giấy khen was not registered and does not count.
    await t.expectOk("registrations.save", {
      year: 2024,
      unitId: schoolId,
      people: [{ personId: binhId, titleCode: "LDTT" }],
      titles: [{ titleCode: "TTLDTT" }],
    });
    const reg = await t.expectOk("reports.statistics", { fromYear: 2024, toYear: 2024 });
    expect(reg.registered).toEqual([
      { unitName: "Trường Tiểu học Bình Lư", registered: 2, achieved: 1 },
    ]);
    expect(reg.rankings).toEqual([]);

    const file = await t.expectOk("reports.exportStatistics", {
      fromYear: 2023,
      toYear: 2024,
      chart: "theo_nam",
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.path);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe("Khen thưởng theo năm (2023–2024)");
    expect(ws.getRow(4).values).toEqual([undefined, 2024, 1, 3, 0, 4]);
    expect(await errorOf(t.call("reports.statistics", { fromYear: 2025, toYear: 2024 }))).toContain(
      "Năm cuối phải từ năm đầu trở đi",
    );
  });

  it("filters by movement: the awards of its decisions, its nominations and registrations", async () => {
    const movement = await t.expectOk("movements.save", {
      kind: "chuyen_de",
      name: "Thi đua chuyển đổi số",
      startDate: "2024-03-01",
      endDate: "2024-12-31",
    });
    // A decision of the movement issued here, with one line in the registry.
    t.backend.sqlite
      .prepare(
        `INSERT INTO decisions (id, created_at, updated_at, origin, year, grouping, movement_id,
           decision_date, signer_id, status) VALUES ('qd-pt', 0, 0, 'test', 2024, 'movement', ?,
           '2024-12-20', ?, 'issued')`,
      )
      .run(movement.id, signerId);
    recordDecisionAwards(
      t.backend.db,
      { now: t.clock.now(), origin: "test" },
      "qd-pt",
      { decisionNumber: "88/QĐ-UBND", decisionDate: "2024-12-20", issuer: "Chủ tịch UBND huyện" },
      [
        {
          year: 2024,
          recipientKind: "ca_nhan",
          personId: binhId,
          unitId: schoolId,
          recipientName: "Trần Thị Bình",
          unitName: "Trường Tiểu học Bình Lư",
          awardCode: "GK_CN",
          awardName: "Giấy khen",
        },
      ],
    );
    const all = await t.expectOk("reports.statistics", { fromYear: 2024, toYear: 2024 });
    const only = await t.expectOk("reports.statistics", {
      fromYear: 2024,
      toYear: 2024,
      movementId: movement.id,
    });
    expect(all.perYear[0]!.caNhan).toBe(4);
    expect(only.perYear).toEqual([{ year: 2024, tapThe: 0, caNhan: 1, hoGiaDinh: 0 }]);
    expect(only.perUnit).toEqual([{ unitName: "Trường Tiểu học Bình Lư", n: 1 }]);
    expect(only.funnel.every((f) => f.n === 0)).toBe(true);
    expect(only.registered).toEqual([]);
  });

  it("sets the money paid against the money received into the fund, per year", async () => {
    const none = await t.expectOk("reports.statistics", { fromYear: 2023, toYear: 2024 });
    expect(none.money.map((m) => m.received)).toEqual([0, 0]);
    const receipt = (year: number, item: string, amount: number) =>
      t.expectOk("statistics.saveFundReceipt", {
        year,
        fund: "Quỹ thi đua, khen thưởng huyện Vĩnh Cửu",
        item,
        amount,
      });
    await receipt(2024, "Ngân sách cấp", 50_000_000);
    await receipt(2024, "Đóng góp của tổ chức, cá nhân", 12_500_000);
    // Outside the range, and one entered by mistake then deleted: neither counts.
    await receipt(2022, "Ngân sách cấp", 40_000_000);
    const wrong = await receipt(2023, "Ngân sách cấp", 9_000_000);
    await t.expectOk("statistics.deleteFundReceipt", { id: wrong.id });
    const s = await t.expectOk("reports.statistics", { fromYear: 2023, toYear: 2024 });
    // No decision was issued in the app: nothing paid, only received.
    expect(s.money).toEqual([
      { year: 2023, money: 0, decisions: 0, received: 0 },
      { year: 2024, money: 0, decisions: 0, received: 62_500_000 },
    ]);
    const file = await t.expectOk("reports.exportStatistics", {
      fromYear: 2023,
      toYear: 2024,
      chart: "tien_thuong",
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.path);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe("Tiền thưởng theo năm (2023–2024)");
    expect(ws.getRow(2).values).toEqual([
      undefined,
      "Năm",
      "Số quyết định",
      "Tiền thưởng đã chi (đồng)",
      "Thu vào quỹ (đồng)",
    ]);
    expect(ws.getRow(4).values).toEqual([undefined, 2024, 0, 0, 62_500_000]);
    expect(ws.getRow(4).getCell(4).numFmt).toBe("#,##0");
  });
});
