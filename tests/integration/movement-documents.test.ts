import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBackend, sampleSetup, type TestBackend } from "../helpers/backend";
import { docxParts } from "../helpers/docx-xml";

/** The text of a .docx's body, one line per paragraph. */
function documentText(file: string): string {
  const xml = docxParts(fs.readFileSync(file))["word/document.xml"] ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}

let t: TestBackend;
let award: (code: string) => string;
let units: Record<string, string>;
let signerId: string;

beforeEach(async () => {
  t = await startTestBackend(); // 10 March 2025
  await t.expectOk("settings.completeSetup", sampleSetup());
  const awards = await t.expectOk("catalogue.listAwards", {});
  award = (code) => awards.find((a) => a.code === code)!.id;
  units = {};
  for (const [key, name, kind] of [
    ["binhLu", "UBND xã Bình Lư", "xa_thi_tran"],
    ["ttyt", "Trung tâm Y tế huyện", "nganh_doc"],
    ["ca", "Công an huyện", "nganh_doc"],
  ] as const) {
    units[key] = (await t.expectOk("directory.saveUnit", { name, kind })).id;
  }
  signerId = (await t.expectOk("settings.listSigners", {}))[0]!.id;
});
afterEach(() => t.cleanup());

// Seed 004: a special drive with quotas per kind of unit, for named units and in total.
const drive = () => ({
  kind: "dot" as const,
  name: "Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp nhiệm kỳ 2025-2030",
  theme: "Thi đua lập thành tích chào mừng Đại hội Đảng các cấp",
  slogan:
    "Thi đua đoàn kết, đổi mới sáng tạo thực hiện hoàn thành toàn diện và vượt mức mục tiêu, chỉ tiêu",
  startDate: "2025-04-25",
  endDate: "2026-04-30",
  purposes:
    "Biểu dương thành quả chung của các phong trào thi đua yêu nước.\nKhơi dậy, cổ vũ sức mạnh của khối đại đoàn kết toàn dân tộc.",
  requirements: "Đợt thi đua được tổ chức triển khai sâu rộng, chất lượng, hiệu quả.",
  targets: [
    { text: "Thành lập mới hợp tác xã", number: 50, unit: "HTX" },
    { text: "100% xã, thị trấn đăng ký thi đua", number: 100, unit: "%" },
  ],
  participantUnitKinds: ["xa_thi_tran", "nganh_doc"],
  participantCategories: ["can_bo", "cong_chuc", "nhan_dan"],
  registrationDeadline: "2025-05-15",
  dossierDeadline: "2026-03-30",
  reportDeadline: "2026-04-20",
  allocations: [
    {
      awardId: award("BK_TINH_CN"),
      recipientKind: "ca_nhan" as const,
      criteria:
        "Giai đoạn 2021-2024 hằng năm hoàn thành tốt nhiệm vụ trở lên, có 02 năm hoàn thành xuất sắc nhiệm vụ.",
      totalQuota: 3,
    },
    {
      awardId: award("GK_CN"),
      recipientKind: "ca_nhan" as const,
      criteria: "Cá nhân tiêu biểu đã được công nhận là điển hình tiên tiến.",
      quotaLines: [
        { scope: "moi_don_vi" as const, quota: 1 },
        { scope: "loai_don_vi" as const, unitKind: "xa_thi_tran", quota: 2 },
        { scope: "don_vi" as const, unitId: units.ttyt!, quota: 5 },
        { scope: "don_vi" as const, unitId: units.ca!, quota: 4 },
      ],
    },
    {
      awardId: award("GK_HGD"),
      recipientKind: "ho_gia_dinh" as const,
      criteria: "- Có mô hình sản xuất kinh doanh hiệu quả và ổn định từ 02 năm trở lên.",
      quotaLines: [{ scope: "loai_don_vi" as const, unitKind: "xa_thi_tran", quota: 3 }],
    },
  ],
});

describe("Kế hoạch phát động of a movement", () => {
  it("writes seed 004's structure with every allocation's quotas in words, in the register", async () => {
    const m = await t.expectOk("movements.save", drive());
    const doc = await t.expectOk("movements.generatePlan", {
      id: m.id,
      docDate: "2025-04-25",
      signerId,
      noiNhan: ["Ban Thi đua – Khen thưởng tỉnh", "UBND các xã, thị trấn"],
    });
    expect(doc).toMatchObject({
      templateId: "ke-hoach",
      typeCode: "KH",
      state: "du_thao",
      sourceKind: "movement_plan",
      sourceId: m.id,
      summary:
        "Phát động Đợt thi đua lập thành tích chào mừng Đại hội Đảng các cấp nhiệm kỳ 2025-2030",
      outdated: false,
    });
    const text = documentText(`${t.paths.dataDir}/${doc.filePath}`);
    const expected = [
      "KẾ HOẠCH",
      "ngày 25 tháng 4 năm 2025",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "- Biểu dương thành quả chung của các phong trào thi đua yêu nước.",
      "2. Yêu cầu",
      "II. NỘI DUNG",
      "1. Nội dung, mục tiêu, thời gian thi đua",
      "a) Chủ đề thi đua",
      "“Thi đua lập thành tích chào mừng Đại hội Đảng các cấp”.",
      "b) Khẩu hiệu thi đua",
      "c) Mục tiêu, chỉ tiêu thi đua",
      "- Thành lập mới hợp tác xã: 50 HTX.",
      "- 100% xã, thị trấn đăng ký thi đua.",
      "d) Thời gian thi đua",
      "Từ ngày 25/04/2025 đến hết ngày 30/04/2026.",
      "2. Đối tượng và tiêu chuẩn khen thưởng",
      "- Tập thể: các xã, thị trấn; các cơ quan ngành dọc.",
      "- Cá nhân: cán bộ, công chức, nhân dân.",
      "b.1) Bằng khen của Chủ tịch UBND tỉnh (cá nhân)",
      "- Tổng số không quá 03 cá nhân.",
      "b.2) Giấy khen (cá nhân và hộ gia đình)",
      "- Mỗi xã, thị trấn lựa chọn 02 cá nhân và 03 hộ gia đình.",
      "- Trung tâm Y tế huyện: 05 cá nhân.",
      "- Công an huyện: 04 cá nhân.",
      "- Các cơ quan, đơn vị khác mỗi đơn vị lựa chọn 01 cá nhân.",
      "c) Tiêu chuẩn khen thưởng",
      "- Giấy khen (hộ gia đình):",
      "+ Có mô hình sản xuất kinh doanh hiệu quả và ổn định từ 02 năm trở lên.",
      "+ Cá nhân tiêu biểu đã được công nhận là điển hình tiên tiến.",
      "3. Hồ sơ, thủ tục và thời gian nộp hồ sơ",
      "- Tờ trình đề nghị khen thưởng của cơ quan, đơn vị.",
      "- Các cơ quan, đơn vị gửi bản đăng ký thi đua về Phòng Nội vụ trước ngày 15/05/2025.",
      "- Các cơ quan, đơn vị bình xét và gửi hồ sơ đề nghị khen thưởng về Phòng Nội vụ trước ngày 30/03/2026.",
      "trước ngày 20/04/2026.",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Phòng Nội vụ (Thường trực",
      "- Ban Thi đua – Khen thưởng tỉnh;",
      "- Lưu: VT,",
    ];
    for (const e of expected) expect(text).toContain(e);
    // The parts come in the seeds' order, and the body ends with "./.".
    const at = (s: string) => text.indexOf(s);
    expect(at("I. MỤC ĐÍCH")).toBeLessThan(at("II. NỘI DUNG"));
    expect(at("b.2) Giấy khen")).toBeLessThan(at("c) Tiêu chuẩn khen thưởng"));
    expect(at("3. Hồ sơ, thủ tục")).toBeLessThan(at("III. TỔ CHỨC THỰC HIỆN"));
    expect(text).toMatch(/để được hướng dẫn, giải quyết\.\/\./);
    // Two allocations with the same quota line of one kind make one sentence, never two.
    expect(text.match(/Mỗi xã, thị trấn lựa chọn/g)).toHaveLength(1);

    // Editing the movement marks the draft outdated; regenerating brings the new quota in.
    const changed = drive();
    changed.allocations[0]!.totalQuota = 5;
    await t.expectOk("movements.save", { ...changed, id: m.id });
    const listed = (await t.expectOk("documents.list", { year: 2025 })).find(
      (d) => d.id === doc.id,
    )!;
    expect(listed.outdated).toBe(true);
    await t.expectOk("documents.regenerate", { id: doc.id });
    expect(documentText(`${t.paths.dataDir}/${doc.filePath}`)).toContain(
      "- Tổng số không quá 05 cá nhân.",
    );
  });

  it("still writes a sensible plan for a movement with no allocations, targets or texts", async () => {
    const m = await t.expectOk("movements.save", {
      kind: "chuyen_de",
      name: "Phong trào thi đua chuyển đổi số năm 2025",
      startDate: "2025-03-01",
      endDate: "2025-12-31",
    });
    const doc = await t.expectOk("movements.generatePlan", {
      id: m.id,
      docDate: "2025-03-10",
      signerId,
      noiNhan: [],
    });
    expect(doc.summary).toBe("Phát động Phong trào thi đua chuyển đổi số năm 2025");
    const text = documentText(`${t.paths.dataDir}/${doc.filePath}`);
    for (const e of [
      "- Động viên các tập thể, cá nhân thi đua thực hiện thắng lợi các mục tiêu, chỉ tiêu của phong trào thi đua chuyển đổi số năm 2025.",
      "a) Thời gian thi đua",
      "Từ ngày 01/03/2025 đến hết ngày 31/12/2025.",
      "- Các tập thể, cá nhân thuộc các cơ quan, đơn vị, địa phương tham gia phong trào.",
      "Căn cứ kết quả phong trào thi đua, Phòng Nội vụ tổng hợp, tham mưu khen thưởng",
      "- Phòng Nội vụ sẽ thông báo thời hạn nộp hồ sơ, báo cáo bằng văn bản riêng.",
      "III. TỔ CHỨC THỰC HIỆN",
    ])
      expect(text).toContain(e);
    // Nothing is printed for parts that have no data: no empty theme, slogan or targets.
    expect(text).not.toContain("Chủ đề thi đua");
    expect(text).not.toContain("Khẩu hiệu thi đua");
    expect(text).not.toContain("Tổng số không quá");
    expect(text).not.toContain("undefined");
  });

  it("refuses an unknown movement or signer with a Vietnamese message and writes nothing", async () => {
    const m = await t.expectOk("movements.save", drive());
    const before = (await t.expectOk("documents.list", { year: 2025 })).length;
    const gone = await t.call("movements.generatePlan", {
      id: m.id,
      docDate: "2025-04-25",
      signerId: "khong-co",
      noiNhan: [],
    });
    expect(!gone.ok && gone.error.message).toBe(
      "Không tìm thấy người ký này (có thể đã bị xóa). Hãy chọn lại.",
    );
    await t.expectOk("movements.delete", { id: m.id });
    const deleted = await t.call("movements.generatePlan", {
      id: m.id,
      docDate: "2025-04-25",
      signerId,
      noiNhan: [],
    });
    expect(!deleted.ok && deleted.error.message).toBe(
      "Không tìm thấy phong trào này (có thể đã bị xóa).",
    );
    expect(await t.expectOk("documents.list", { year: 2025 })).toHaveLength(before);
  });
});
