/**
 * The bundled templates and the placeholders each one holds. The generator writes the .docx files
 * and templates/README.md from this list; the engine fills by it; the lint checks officers' own
 * versions against it.
 */
import { documentTemplateIds } from "../contract/vocabulary";

export type PlaceholderKind = "text" | "block" | "table";
/** How the paragraphs of a block placeholder are formatted. */
export type BlockStyle = "body" | "canCu" | "noiNhan" | "signature" | "centered";

export interface PlaceholderDef {
  key: string;
  /** What the placeholder stands for, in Vietnamese (README and the template screen). */
  label: string;
  kind: PlaceholderKind;
  style?: BlockStyle;
  /** A custom template without it is refused. */
  required: boolean;
}

/** The ids live in the contract (the renderer names them); the catalogue describes each. */
export const templateIds = documentTemplateIds;
export type TemplateId = (typeof templateIds)[number];

export interface TemplateDef {
  id: TemplateId;
  name: string;
  /** Type abbreviation in the number ("TTr" in 12/TTr-PNV); "" for công văn. */
  typeCode: string;
  /** Whose series the number belongs to. */
  issuer: "office" | "parent" | "council" | "none";
  /** Body blocks in order: the last one with content ends with "./.". */
  closing: string[];
  /** Printed by the template before the trích yếu ("V/v" in a công văn): never repeated from it. */
  summaryPrefix?: string;
  /**
   * The legal basis and purpose of a form prescribed by a decree, in Vietnamese (the template
   * screen and README show it). Forms are named by basis and purpose, never by their number
   * in an annex ("Mẫu số 05"): the numbers change from one decree to the next.
   */
  basis?: string;
  placeholders: PlaceholderDef[];
}

const t = (key: string, label: string, required = true): PlaceholderDef => ({
  key,
  label,
  kind: "text",
  required,
});
const b = (key: string, label: string, style: BlockStyle, required = true): PlaceholderDef => ({
  key,
  label,
  kind: "block",
  style,
  required,
});
const tbl = (key: string, label: string, required = true): PlaceholderDef => ({
  key,
  label,
  kind: "table",
  required,
});

const header = [
  t("co_quan_chu_quan", "Tên cơ quan chủ quản, in hoa (ỦY BAN NHÂN DÂN HUYỆN …)"),
  t("co_quan_ban_hanh", "Tên cơ quan ban hành, in hoa đậm (PHÒNG NỘI VỤ)"),
  t("so_ky_hieu", "Số và ký hiệu (12/TTr-PNV; bản dự thảo: …/TTr-PNV)"),
  t("dia_danh", "Địa danh (Vĩnh Cửu)"),
  t("ngay_thang_nam", "Ngày tháng năm ban hành (ngày 05 tháng 02 năm 2025)"),
];
const footer = [
  b("noi_nhan", "Các dòng Nơi nhận (- Như trên; … - Lưu: VT, NV.)", "noiNhan"),
  b("chuc_danh_ky", "Thẩm quyền và chức vụ người ký (TM./KT./Q. …)", "signature"),
  t("nguoi_ky", "Họ tên người ký"),
];
const trichYeu = t("trich_yeu", "Trích yếu nội dung");
const canCu = b("can_cu", "Các căn cứ pháp lý, mỗi căn cứ một dòng in nghiêng", "canCu", false);
const kinhGui = t("kinh_gui", "Nơi được kính gửi");
const receivedLabel =
  "Phần III, hai bảng từ sổ khen thưởng: 1. Danh hiệu thi đua; 2. Hình thức khen thưởng (năm, tên, số và ngày quyết định, cơ quan ban hành)";

export const templateCatalog: Record<TemplateId, TemplateDef> = {
  "ke-hoach": {
    id: "ke-hoach",
    name: "Kế hoạch",
    typeCode: "KH",
    issuer: "office",
    closing: ["to_chuc_thuc_hien"],
    placeholders: [
      ...header,
      trichYeu,
      canCu,
      b("muc_dich_yeu_cau", "Phần I. Mục đích, yêu cầu", "body"),
      b("noi_dung", "Phần II. Nội dung", "body"),
      tbl(
        "hoat_dong_quy",
        "Bảng hoạt động theo quý (STT, thời gian, nội dung, đơn vị thực hiện)",
        false,
      ),
      b("to_chuc_thuc_hien", "Phần III. Tổ chức thực hiện", "body"),
      ...footer,
    ],
  },
  "to-trinh": {
    id: "to-trinh",
    name: "Tờ trình",
    typeCode: "TTr",
    issuer: "office",
    closing: ["noi_dung", "de_nghi"],
    placeholders: [
      ...header,
      trichYeu,
      kinhGui,
      canCu,
      b("noi_dung", "Nội dung trình", "body"),
      tbl("danh_sach", "Danh sách đề nghị (STT, họ tên, chức vụ, đơn vị, hình thức)", false),
      b("de_nghi", "Đề nghị xem xét, quyết định", "body", false),
      ...footer,
    ],
  },
  "bien-ban": {
    id: "bien-ban",
    name: "Biên bản họp Hội đồng",
    typeCode: "BB",
    issuer: "council",
    closing: [],
    placeholders: [
      t("co_quan_chu_quan", "Tên cơ quan chủ quản, in hoa"),
      t("ten_hoi_dong", "Tên Hội đồng, in hoa đậm (HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG)"),
      t("so_ky_hieu", "Số và ký hiệu (05/BB-HĐTĐKT)"),
      trichYeu,
      t("thoi_gian", "Thời gian bắt đầu cuộc họp"),
      t("dia_diem", "Địa điểm họp"),
      b("thanh_phan", "Thành phần dự họp (có mặt/tổng số, chủ trì, thư ký)", "body"),
      b("noi_dung", "Nội dung cuộc họp", "body"),
      tbl("bieu_quyet", "Kết quả biểu quyết (STT, tên, đồng ý/tổng số, tỷ lệ %)", false),
      b("ket_luan", "Kết luận", "body"),
      t("ket_thuc", "Thời gian kết thúc cuộc họp"),
      t("thu_ky", "Họ tên thư ký"),
      t("chu_toa", "Họ tên chủ tọa"),
    ],
  },
  "quyet-dinh": {
    id: "quyet-dinh",
    name: "Quyết định khen thưởng",
    typeCode: "QĐ",
    issuer: "parent",
    closing: [],
    placeholders: [
      ...header,
      trichYeu,
      t("tham_quyen", "Thẩm quyền ban hành, in hoa đậm (CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …)"),
      canCu,
      t("de_nghi", "Theo đề nghị của … tại Tờ trình số …"),
      t("dieu_1", "Điều 1: đối tượng được khen thưởng"),
      t("dieu_2", "Điều 2: tiền thưởng và nguồn kinh phí"),
      t("dieu_3", "Điều 3: trách nhiệm thi hành"),
      ...footer,
      t("tieu_de_danh_sach", "Tiêu đề danh sách kèm theo, in hoa đậm"),
      t("kem_theo", "Dòng (Kèm theo Quyết định số … ngày … của …)"),
      tbl("danh_sach", "Danh sách kèm theo (STT, họ tên, chức vụ, đơn vị, số sổ vàng)"),
    ],
  },
  "bao-cao": {
    id: "bao-cao",
    name: "Báo cáo",
    typeCode: "BC",
    issuer: "office",
    closing: ["noi_dung", "sau_bang"],
    placeholders: [
      ...header,
      trichYeu,
      kinhGui,
      canCu,
      b("noi_dung", "Nội dung báo cáo", "body"),
      tbl("bang_so_lieu", "Bảng số liệu của báo cáo (ví dụ bảng tổng hợp đăng ký thi đua)", false),
      b("sau_bang", "Đoạn kết sau bảng số liệu", "body", false),
      ...footer,
    ],
  },
  "cong-van": {
    id: "cong-van",
    name: "Công văn",
    typeCode: "",
    issuer: "office",
    closing: ["noi_dung"],
    summaryPrefix: "V/v",
    placeholders: [
      ...header,
      t("trich_yeu", "Trích yếu, in dưới số (V/v …)"),
      kinhGui,
      canCu,
      b("noi_dung", "Nội dung công văn", "body"),
      ...footer,
    ],
  },
  "bao-cao-thanh-tich-ca-nhan": {
    id: "bao-cao-thanh-tich-ca-nhan",
    name: "Báo cáo thành tích cá nhân",
    typeCode: "",
    issuer: "none",
    closing: [],
    basis:
      "Báo cáo thành tích đề nghị khen thưởng theo công trạng cho cá nhân, theo mẫu tại Phụ lục Nghị định số 152/2025/NĐ-CP",
    placeholders: [
      t("co_quan_chu_quan", "Đơn vị cấp trên, in hoa"),
      t("co_quan_ban_hanh", "Đơn vị, in hoa đậm"),
      t("dia_danh", "Địa danh"),
      t("ngay_thang_nam", "Ngày tháng năm"),
      t("hinh_thuc_de_nghi", "Hình thức đề nghị, in hoa (GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN)"),
      t("ho_ten", "Họ và tên"),
      t("ngay_sinh", "Sinh ngày, tháng, năm"),
      t("gioi_tinh", "Giới tính"),
      t("que_quan", "Quê quán"),
      t("noi_o", "Trú quán"),
      t("don_vi_cong_tac", "Đơn vị công tác"),
      t("chuc_vu", "Chức vụ (Đảng, chính quyền, đoàn thể)"),
      t("trinh_do", "Trình độ chuyên môn, nghiệp vụ"),
      b(
        "thanh_tich",
        "Phần II. Thành tích đạt được (1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận; 2. Thành tích đạt được)",
        "body",
      ),
      tbl("khen_thuong_da_nhan", receivedLabel, false),
      t("nguoi_xac_nhan", "Họ tên thủ trưởng đơn vị xác nhận", false),
      t("nguoi_bao_cao", "Họ tên người báo cáo thành tích"),
    ],
  },
  "bao-cao-thanh-tich-tap-the": {
    id: "bao-cao-thanh-tich-tap-the",
    name: "Báo cáo thành tích tập thể",
    typeCode: "",
    issuer: "none",
    closing: [],
    basis:
      "Báo cáo thành tích đề nghị khen thưởng theo công trạng cho tập thể, Phụ lục Nghị định số 152/2025/NĐ-CP (phần I, II cần đối chiếu với mẫu cấp trình khen yêu cầu)",
    placeholders: [
      t("co_quan_chu_quan", "Đơn vị cấp trên, in hoa"),
      t("co_quan_ban_hanh", "Đơn vị, in hoa đậm"),
      t("dia_danh", "Địa danh"),
      t("ngay_thang_nam", "Ngày tháng năm"),
      t("hinh_thuc_de_nghi", "Hình thức đề nghị, in hoa"),
      t("ten_tap_the", "Tên tập thể đề nghị khen thưởng"),
      b(
        "dac_diem_tinh_hinh",
        "Phần I. Đặc điểm, tình hình (địa chỉ, chức năng, tổ chức bộ máy)",
        "body",
      ),
      b("thanh_tich", "Phần II. Thành tích đạt được", "body"),
      tbl("khen_thuong_da_nhan", receivedLabel, false),
      t("nguoi_xac_nhan", "Họ tên thủ trưởng cấp trên trực tiếp xác nhận", false),
      t("nguoi_bao_cao", "Họ tên thủ trưởng đơn vị"),
    ],
  },
};

export function placeholderDef(id: TemplateId, key: string): PlaceholderDef | undefined {
  return templateCatalog[id].placeholders.find((p) => p.key === key);
}

export const isTemplateId = (s: string): s is TemplateId =>
  (templateIds as readonly string[]).includes(s);
