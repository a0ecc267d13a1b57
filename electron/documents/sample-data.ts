/**
 * Example data for every template: the "try it" button renders a template with it, and the tests
 * and benchmarks use it as fixtures. It is marked as an example wherever it shows.
 */
import type { TableValue } from "./blocks";
import { receivedTables } from "./forwarding-docs";
import type { FillData } from "./fill";
import type { TemplateId } from "./template-catalog";

const header = {
  co_quan_chu_quan: "ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU",
  co_quan_ban_hanh: "PHÒNG NỘI VỤ",
  so_ky_hieu: "…/TTr-PNV",
  dia_danh: "Vĩnh Cửu",
  ngay_thang_nam: "ngày 05 tháng 02 năm 2025",
};
const footer = {
  noi_nhan: ["- Như trên;", "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT, NV."],
  chuc_danh_ky: ["TRƯỞNG PHÒNG"],
  nguoi_ky: "Nguyễn Văn Mẫu",
};
const canCu = [
  "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
  "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng.",
];

export function nomineeTable(count: number): TableValue {
  return {
    columns: [
      { title: "STT", share: 0.08, align: "center" },
      { title: "Họ và tên", share: 0.27 },
      { title: "Chức vụ, đơn vị", share: 0.45 },
      { title: "Số sổ vàng", share: 0.2, align: "center" },
    ],
    rows: Array.from({ length: count }, (_, i) => [
      String(i + 1),
      `Nguyễn Văn Mẫu ${i + 1}`,
      `Chuyên viên, Phòng Văn hóa và Thông tin huyện (ví dụ ${i + 1})`,
      `${String(i + 1).padStart(4, "0")}/SV`,
    ]),
  };
}

const proposalTable: TableValue = {
  columns: [
    { title: "STT", share: 0.08, align: "center" },
    { title: "Họ và tên", share: 0.26 },
    { title: "Chức vụ", share: 0.2 },
    { title: "Đơn vị", share: 0.24 },
    { title: "Hình thức", share: 0.22 },
  ],
  rows: [
    ["1", "Trần Thị Ví Dụ", "Chuyên viên", "Phòng Nội vụ", "Giấy khen"],
    ["2", "Lê Văn Mẫu", "Phó Trưởng phòng", "Phòng Tài chính - Kế hoạch", "Giấy khen"],
  ],
};

/** Section III of a Báo cáo thành tích: its two tables, as the registry fills them. */
const awardsReceived: TableValue[] = receivedTables([
  {
    year: 2023,
    awardName: "Chiến sĩ thi đua cơ sở",
    awardKind: "danh_hieu",
    decisionNumber: "15/QĐ-UBND",
    decisionDate: "2024-01-10",
    issuer: "Chủ tịch UBND huyện",
  },
  {
    year: 2022,
    awardName: "Giấy khen của Chủ tịch UBND huyện",
    awardKind: "hinh_thuc",
    decisionNumber: "08/QĐ-UBND",
    decisionDate: "2023-01-12",
    issuer: "Chủ tịch UBND huyện",
  },
]);

export function sampleData(id: TemplateId, listSize = 3): FillData {
  switch (id) {
    case "ke-hoach":
      return {
        ...header,
        so_ky_hieu: "…/KH-PNV",
        trich_yeu: "Tổ chức phong trào thi đua năm 2025 (mẫu thử)",
        can_cu: canCu,
        muc_dich_yeu_cau: [
          "1. Mục đích: động viên cán bộ, công chức thi đua hoàn thành xuất sắc nhiệm vụ năm 2025.",
          "2. Yêu cầu: phong trào thi đua thiết thực, hiệu quả, tránh hình thức.",
        ],
        noi_dung: ["Nội dung thi đua gồm các hoạt động theo từng quý như sau:"],
        hoat_dong_quy: {
          columns: [
            { title: "STT", share: 0.08, align: "center" },
            { title: "Thời gian", share: 0.17, align: "center" },
            { title: "Nội dung", share: 0.5 },
            { title: "Đơn vị thực hiện", share: 0.25 },
          ],
          rows: [
            ["1", "Quý I", "Phát động phong trào, ký giao ước thi đua", "Phòng Nội vụ"],
            ["2", "Quý II", "Sơ kết 6 tháng", "Các cơ quan, đơn vị"],
            ["3", "Quý III", "Kiểm tra phong trào", "Hội đồng TĐKT"],
            ["4", "Quý IV", "Tổng kết, xét khen thưởng", "Hội đồng TĐKT"],
          ],
        },
        to_chuc_thuc_hien: [
          "Phòng Nội vụ chủ trì, hướng dẫn và tổng hợp kết quả phong trào.",
          "Các cơ quan, đơn vị báo cáo kết quả trước ngày 15 tháng 12 năm 2025.",
        ],
        ...footer,
      };
    case "to-trinh":
      return {
        ...header,
        trich_yeu: "Về việc đề nghị tặng Giấy khen năm 2024 (mẫu thử)",
        kinh_gui: "Chủ tịch Ủy ban nhân dân huyện Vĩnh Cửu",
        can_cu: canCu,
        noi_dung: [
          "Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng huyện, Phòng Nội vụ kính trình Chủ tịch Ủy ban nhân dân huyện xem xét tặng Giấy khen cho 02 cá nhân có thành tích xuất sắc (danh sách kèm theo):",
        ],
        danh_sach: proposalTable,
        de_nghi: ["Kính trình Chủ tịch Ủy ban nhân dân huyện xem xét, quyết định."],
        ...footer,
      };
    case "bien-ban":
      return {
        co_quan_chu_quan: header.co_quan_chu_quan,
        ten_hoi_dong: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
        so_ky_hieu: "…/BB-HĐTĐKT",
        trich_yeu: "Họp xét khen thưởng năm 2024 (mẫu thử)",
        thoi_gian: "08 giờ 00 phút, ngày 20 tháng 01 năm 2025",
        dia_diem: "Phòng họp Ủy ban nhân dân huyện",
        thanh_phan: [
          "Có mặt 7/9 thành viên Hội đồng.",
          "Chủ trì: ông Nguyễn Văn Mẫu, Chủ tịch Hội đồng; thư ký: bà Trần Thị Ví Dụ.",
        ],
        noi_dung: ["Hội đồng xem xét hồ sơ đề nghị khen thưởng của các cơ quan, đơn vị."],
        bieu_quyet: {
          columns: [
            { title: "STT", share: 0.08, align: "center" },
            { title: "Họ tên, đơn vị", share: 0.52 },
            { title: "Đồng ý/Tổng số", share: 0.22, align: "center" },
            { title: "Tỷ lệ", share: 0.18, align: "center" },
          ],
          rows: [
            ["1", "Trần Thị Ví Dụ, Phòng Nội vụ", "7/7", "100%"],
            ["2", "Lê Văn Mẫu, Phòng Tài chính - Kế hoạch", "6/7", "85,7%"],
          ],
        },
        ket_luan: [
          "Hội đồng thống nhất đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 02 cá nhân.",
        ],
        ket_thuc: "10 giờ 30 phút cùng ngày",
        thu_ky: "Trần Thị Ví Dụ",
        chu_toa: "Nguyễn Văn Mẫu",
      };
    case "quyet-dinh":
      return {
        ...header,
        co_quan_chu_quan: "",
        co_quan_ban_hanh: "ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU",
        so_ky_hieu: "…/QĐ-UBND",
        trich_yeu: "Về việc tặng Giấy khen (mẫu thử)",
        tham_quyen: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU",
        can_cu: ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", ...canCu],
        de_nghi:
          "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 12/TTr-PNV ngày 05 tháng 02 năm 2025.",
        dieu_1: `Tặng Giấy khen cho ${listSize} cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024 (danh sách kèm theo).`,
        dieu_2:
          "Mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng 702.000 đồng (Bảy trăm linh hai nghìn đồng), trích từ quỹ thi đua, khen thưởng của huyện.",
        dieu_3:
          "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này",
        noi_nhan: ["- Như Điều 3;", "- Lưu: VT, NV."],
        chuc_danh_ky: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky: "Nguyễn Văn Mẫu",
        tieu_de_danh_sach: "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN",
        kem_theo:
          "(Kèm theo Quyết định số …/QĐ-UBND ngày 05 tháng 02 năm 2025 của Chủ tịch UBND huyện)",
        danh_sach: nomineeTable(listSize),
      };
    case "bao-cao":
      return {
        ...header,
        so_ky_hieu: "…/BC-PNV",
        trich_yeu: "Kết quả công tác thi đua, khen thưởng năm 2024 (mẫu thử)",
        kinh_gui: "Ban Thi đua - Khen thưởng tỉnh Đồng Nai",
        can_cu: [],
        noi_dung: [
          "**I. KẾT QUẢ ĐẠT ĐƯỢC**",
          "Năm 2024, các cơ quan, đơn vị đã tổ chức tốt các phong trào thi đua.",
          "Kết quả khen thưởng trong năm như sau:",
        ],
        bang_so_lieu: {
          columns: [
            { title: "STT", share: 0.1, align: "center" },
            { title: "Hình thức khen thưởng", share: 0.6 },
            { title: "Số lượng", share: 0.3, align: "center" },
          ],
          rows: [
            ["1", "Giấy khen của Chủ tịch UBND huyện", "45"],
            ["2", "Danh hiệu Lao động tiên tiến", "312"],
          ],
        },
        sau_bang: [
          "**II. PHƯƠNG HƯỚNG NĂM 2025**",
          "Tiếp tục đổi mới công tác thi đua, khen thưởng.",
        ],
        ...footer,
      };
    case "cong-van":
      return {
        ...header,
        so_ky_hieu: "…/PNV",
        trich_yeu: "hướng dẫn hồ sơ đề nghị khen thưởng (mẫu thử)",
        kinh_gui: "Các cơ quan, đơn vị trực thuộc UBND huyện",
        can_cu: [],
        noi_dung: [
          "Phòng Nội vụ đề nghị các cơ quan, đơn vị gửi hồ sơ đề nghị khen thưởng năm 2024 trước ngày 15 tháng 01 năm 2025.",
        ],
        ...footer,
      };
    case "bao-cao-thanh-tich-ca-nhan":
      return {
        co_quan_chu_quan: header.co_quan_chu_quan,
        co_quan_ban_hanh: "PHÒNG NỘI VỤ",
        dia_danh: header.dia_danh,
        ngay_thang_nam: header.ngay_thang_nam,
        hinh_thuc_de_nghi: "GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN",
        ho_ten: "Trần Thị Ví Dụ (mẫu thử)",
        ngay_sinh: "12/03/1985",
        gioi_tinh: "Nữ",
        que_quan: "Xã Thạnh Phú, huyện Vĩnh Cửu",
        noi_o: "Thị trấn Vĩnh An, huyện Vĩnh Cửu",
        don_vi_cong_tac: "Phòng Nội vụ huyện Vĩnh Cửu",
        chuc_vu: "Chuyên viên",
        trinh_do: "Cử nhân Luật",
        thanh_tich: [
          "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận",
          "Tham mưu công tác thi đua, khen thưởng của huyện.",
          "2. Thành tích đạt được",
          "Hoàn thành xuất sắc nhiệm vụ được giao năm 2024.",
        ],
        khen_thuong_da_nhan: awardsReceived,
        nguoi_xac_nhan: "Nguyễn Văn Mẫu",
        nguoi_bao_cao: "Trần Thị Ví Dụ",
      };
    case "bao-cao-thanh-tich-tap-the":
      return {
        co_quan_chu_quan: header.co_quan_chu_quan,
        co_quan_ban_hanh: "TRƯỜNG TIỂU HỌC VÍ DỤ",
        dia_danh: header.dia_danh,
        ngay_thang_nam: header.ngay_thang_nam,
        hinh_thuc_de_nghi: "GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN",
        ten_tap_the: "Tập thể Trường Tiểu học Ví Dụ (mẫu thử)",
        dac_diem_tinh_hinh: ["Trường có 35 cán bộ, giáo viên, nhân viên; 620 học sinh."],
        thanh_tich: ["Hoàn thành xuất sắc nhiệm vụ năm học 2023 - 2024."],
        khen_thuong_da_nhan: awardsReceived,
        nguoi_xac_nhan: "Nguyễn Văn Mẫu",
        nguoi_bao_cao: "Lê Văn Mẫu",
      };
  }
}
