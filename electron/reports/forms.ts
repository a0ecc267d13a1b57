import type { FormLayoutInput } from "../contract/statistics";
import {
  awardTypeLabels,
  recipientCategoryLabels,
  tdktBodyLevelLabels,
  trainingLevelLabels,
} from "../contract/vocabulary";

/**
 * The form versions shipped with the app, as data. Each is tied to its legal basis and the period
 * it is in force; the office adds later versions (Settings → Biểu thống kê) without code.
 * Layouts follow ../shared/design/REPORT-FORMS.md §1.3 (TT 02/2023/TT-BNV) with the defects
 * listed in §1.6 corrected (0603's section "2.", 0605's last code 15, the Cờ under "Tập thể").
 */
export interface ShippedForm {
  id: string;
  code: string;
  title: string;
  legalBasis: string;
  validFrom: string;
  validTo: string | null;
  group: "statutory" | "summary";
  layout: FormLayoutInput;
}

const TT02 = "Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ";
const TT02_FROM = "2023-05-10";
const RECEIVE = "Ngày 15 tháng 12 năm báo cáo";
const SUMMARY_BASIS = "Mẫu tổng hợp của cơ quan thường trực Hội đồng Thi đua – Khen thưởng";

type Row = FormLayoutInput["rows"][number];
type Col = FormLayoutInput["columns"][number];
type Filter = Record<string, (string | null)[]>;

const CPL = "Chưa phân loại";
const collective: Filter = { recipientKind: ["tap_the", "ho_gia_dinh"] };
const individual: Filter = { recipientKind: ["ca_nhan"] };
const pair = [
  { label: "Tập thể", filter: collective },
  { label: "Cá nhân", filter: individual },
];
const managers = ["lanh_dao_bo_tinh", "lanh_dao_vu_so", "lanh_dao_khac"];
const nonManagers = ["doanh_nhan", "truc_tiep"];

const categoryRows = (codes: string[]): Row[] => [
  { code: codes[0], label: "– Tập thể", unit: "Tập thể", filter: { recipientKind: ["tap_the"] } },
  {
    code: codes[1],
    label: "Trong đó: Doanh nghiệp",
    unit: "Doanh nghiệp",
    style: "sub" as const,
    filter: { recipientKind: ["tap_the"], category: ["doanh_nghiep"] },
  },
  {
    code: codes[2],
    label: "– Hộ gia đình",
    unit: "Hộ",
    filter: { recipientKind: ["ho_gia_dinh"] },
  },
  { code: codes[3], label: "– Cá nhân", unit: "Người", filter: individual },
  ...(
    ["lanh_dao_bo_tinh", "lanh_dao_vu_so", "doanh_nhan", "lanh_dao_khac", "truc_tiep"] as const
  ).map((c, i) => ({
    code: codes[4 + i],
    label: `+ ${recipientCategoryLabels[c]}${c === "truc_tiep" ? " (công nhân, nông dân, …)" : ""}`,
    unit: "Người",
    style: "sub" as const,
    filter: { recipientKind: ["ca_nhan"], category: [c] },
  })),
  {
    label: `+ ${CPL}`,
    unit: "Người",
    style: "sub" as const,
    filter: { recipientKind: ["ca_nhan"], category: [null] },
    onlyIfNonZero: true,
  },
];

const typeRows = (codes: string[]): Row[] => [
  ...Object.entries(awardTypeLabels).map(([k, label], i) => ({
    code: codes[i],
    label: `– ${label}`,
    filter: { awardType: [k] },
  })),
  { label: `– ${CPL}`, filter: { awardType: [null] }, onlyIfNonZero: true },
];

const codes = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => String(from + i).padStart(2, "0"));

const awardsMissing = (what: string) => ({
  message: `Sổ khen thưởng chưa có ${what} nào có quyết định trong năm {year}.`,
  where:
    "Nhập kết quả khen thưởng của cấp trên ở Sổ khen thưởng (hoặc nhận gói dữ liệu từ cấp trên).",
  route: "/so-khen-thuong",
});

/** One row per award form, under the grand total (Mẫu 02, Mẫu 03). */
const perForm: Row[] = [
  { label: "Tổng cộng", style: "total", filter: {} },
  { label: "form", each: "form", filter: {} },
];

/** A summary form offices print: not part of the statistical regime, in force since ever. */
const summaryForm = (
  id: string,
  code: string,
  title: string,
  layout: FormLayoutInput,
): ShippedForm => ({
  id,
  code,
  title,
  legalBasis: SUMMARY_BASIS,
  validFrom: "2000-01-01",
  validTo: null,
  group: "summary",
  layout: { numbering: "sequential", ...layout },
});

export const shippedForms: ShippedForm[] = [
  {
    id: "tt02-2023-0601",
    code: "0601.N/BNV-TĐKT",
    title: "SỐ PHONG TRÀO THI ĐUA",
    legalBasis: TT02,
    validFrom: TT02_FROM,
    validTo: null,
    group: "statutory",
    layout: {
      source: "movements",
      unitNote: "Đơn vị tính: Phong trào",
      receiveDate: RECEIVE,
      missing: {
        message: "Chưa có phong trào thi đua nào phát động trong năm {year}.",
        where:
          "Nhập phong trào ở Phong trào thi đua, ghi cấp phát động, phạm vi và ngày quyết định.",
        route: "/phong-trao",
      },
      columns: [
        { key: "tong", head: ["Tổng số"], number: "1=(2+3+4)" },
        ...(
          [
            ["tw", "Cấp Trung ương (HĐTĐKT Trung ương)", "trung_uong", "2"],
            ["bt", "Cấp bộ, ban ngành đoàn thể TW, tỉnh, thành phố trực thuộc TW", "bo_tinh", "3"],
            ["cq", "Cơ quan, tổ chức, đơn vị", "co_quan", "4"],
          ] as const
        ).map(([key, label, level, number]) => ({
          key,
          head: ["Số phong trào thi đua chia theo cấp chủ trì phát động thi đua", label],
          number,
          filter: { launchLevel: [level] },
        })),
        {
          key: "cpl",
          head: ["Số phong trào thi đua chia theo cấp chủ trì phát động thi đua", CPL],
          filter: { launchLevel: [null] },
          onlyIfNonZero: true,
        },
      ],
      rows: [
        { code: "01", label: "Tổng số", style: "total", filter: {} },
        { label: "1. Chia theo phạm vi tổ chức thi đua", style: "section" },
        { code: "02", label: "– Toàn quốc", filter: { scope: ["toan_quoc"] } },
        {
          code: "03",
          label: "– Bộ, ban, ngành đoàn thể, địa phương",
          filter: { scope: ["bo_nganh_dia_phuong"] },
        },
        {
          code: "04",
          label: "– Cụm, khối thi đua do HĐTĐKT các cấp tổ chức",
          filter: { scope: ["cum_khoi"] },
        },
        { code: "05", label: "– Cơ quan, tổ chức, đơn vị", filter: { scope: ["co_quan"] } },
        { label: `– ${CPL}`, filter: { scope: [null] }, onlyIfNonZero: true },
        { label: "2. Chia theo thời hạn thi đua", style: "section" },
        { code: "06", label: "– Dưới 1 năm", filter: { duration: ["duoi_1"] } },
        { code: "07", label: "– 1 năm", filter: { duration: ["mot_nam"] } },
        { code: "08", label: "– Từ 1 năm đến dưới 3 năm", filter: { duration: ["1_3"] } },
        { code: "09", label: "– Từ 3 năm đến dưới 5 năm", filter: { duration: ["3_5"] } },
        { code: "10", label: "– Từ 5 năm trở lên", filter: { duration: ["tu_5"] } },
        { label: "3. Chia theo phương thức tổ chức phong trào thi đua", style: "section" },
        { code: "11", label: "– Thi đua theo chuyên đề", filter: { method: ["chuyen_de"] } },
        { code: "12", label: "– Thi đua thường xuyên hàng năm", filter: { method: ["hang_nam"] } },
      ],
    },
  },
  {
    id: "tt02-2023-0602",
    code: "0602.N/BNV-TĐKT",
    title: "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC",
    legalBasis: TT02,
    validFrom: TT02_FROM,
    validTo: null,
    group: "statutory",
    layout: {
      source: "awards",
      scope: { level: ["nha_nuoc"] },
      showUnit: true,
      receiveDate: RECEIVE,
      missing: awardsMissing("khen thưởng cấp Nhà nước (Huân chương, Bằng khen Thủ tướng, …)"),
      columns: [
        { key: "tong", head: ["Tổng số"], number: "1" },
        {
          key: "hc",
          head: ["Chia ra", "Các loại huân chương, huy chương"],
          number: "2",
          filter: { statGroup: ["huan_chuong", "huy_chuong"] },
          each: "form",
          split: pair,
        },
        {
          key: "gthcm",
          head: ["Chia ra", "Giải thưởng Hồ Chí Minh", "Cá nhân"],
          number: "3",
          filter: { statGroup: ["gt_hcm"] },
        },
        {
          key: "gtnn",
          head: ["Chia ra", "Giải thưởng Nhà nước", "Cá nhân"],
          number: "4",
          filter: { statGroup: ["gt_nn"] },
        },
        {
          key: "vd",
          head: ["Chia ra", "Danh hiệu vinh dự nhà nước"],
          number: "5",
          filter: { statGroup: ["vinh_du_nn"] },
          each: "form",
          split: pair,
        },
        {
          key: "cocp",
          head: ["Chia ra", "Cờ thi đua của Chính phủ", "Tập thể"],
          number: "6",
          filter: { statGroup: ["co_cp"] },
        },
        ...pair.map((p, i) => ({
          key: `bkttg${i}`,
          head: ["Chia ra", "Bằng khen của Thủ tướng Chính phủ", p.label],
          number: `7.${i + 1}`,
          filter: { statGroup: ["bk_ttg"], ...p.filter },
        })),
        {
          key: "cstdtq",
          head: ["Chia ra", "Chiến sĩ thi đua toàn quốc", "Cá nhân"],
          number: "8",
          filter: { statGroup: ["cstd_toan_quoc"] },
        },
        {
          key: "khac",
          head: ["Chia ra", "Các hình thức khen thưởng khác"],
          number: "9",
          filter: { statGroup: ["khac_nn"] },
          each: "form",
          split: pair,
        },
      ],
      rows: [
        { code: "01", label: "Tổng số", style: "total", filter: {} },
        {
          label: "1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng",
          style: "section",
        },
        {
          code: "02",
          label: "– Bộ, ban, ngành, đoàn thể Trung ương",
          filter: { proposingBody: ["bo_nganh"] },
        },
        {
          code: "03",
          label: "– Tỉnh, thành phố trực thuộc Trung ương",
          filter: { proposingBody: ["tinh"] },
        },
        { label: `– ${CPL}`, filter: { proposingBody: [null] }, onlyIfNonZero: true },
        { label: "2. Chia theo đối tượng khen thưởng", style: "section" },
        ...categoryRows(codes(6, 9)),
        { label: "3. Chia theo phương thức khen thưởng", style: "section" },
        ...typeRows(codes(15, 7)),
      ],
    },
  },
  {
    id: "tt02-2023-0603",
    code: "0603.N/BNV-TĐKT",
    title:
      "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
    legalBasis: TT02,
    validFrom: TT02_FROM,
    validTo: null,
    group: "statutory",
    layout: {
      source: "awards",
      scope: { level: ["bo_tinh"] },
      showUnit: true,
      receiveDate: RECEIVE,
      missing: awardsMissing(
        "khen thưởng cấp bộ, cấp tỉnh (Bằng khen, Cờ thi đua, Chiến sĩ thi đua cấp tỉnh, …)",
      ),
      columns: [
        { key: "tong", head: ["Tổng số"], number: "1" },
        {
          key: "bk",
          head: ["Chia ra", "Bằng khen"],
          number: "2",
          filter: { statGroup: ["bk_bo_tinh"] },
        },
        {
          key: "cstd",
          head: ["Chia ra", "Chiến sĩ thi đua cấp bộ, cấp tỉnh"],
          number: "3",
          filter: { statGroup: ["cstd_bo_tinh"] },
        },
        {
          key: "co",
          head: ["Chia ra", "Cờ thi đua của bộ, ban, ngành, đoàn thể TW, tỉnh, TP"],
          number: "4",
          filter: { statGroup: ["co_bo_tinh"] },
        },
        {
          key: "knc",
          head: ["Chia ra", "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể TW, tỉnh, TP"],
          number: "5",
          filter: { statGroup: ["ky_niem_chuong"] },
        },
      ],
      rows: [
        { code: "01", label: "Tổng số", style: "total", filter: {} },
        { label: "1. Chia theo đối tượng khen thưởng", style: "section" },
        ...categoryRows(codes(2, 9)),
        { label: "2. Chia theo phương thức khen thưởng", style: "section" },
        ...typeRows(codes(11, 7)),
      ],
    },
  },
  {
    id: "tt02-2023-0604",
    code: "0604.N/BNV-TĐKT",
    title:
      "SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG, TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
    legalBasis: TT02,
    validFrom: TT02_FROM,
    validTo: null,
    group: "statutory",
    layout: {
      source: "bodies",
      showUnit: true,
      receiveDate: RECEIVE,
      missing: {
        message: "Chưa có tổ chức làm công tác thi đua, khen thưởng nào trong năm {year}.",
        where: "Nhập ở Cài đặt → Số liệu thống kê → Tổ chức làm công tác TĐKT.",
        route: "/cai-dat/thong-ke",
      },
      columns: [{ key: "sl", head: ["Số lượng"], number: "1" }],
      rows: [
        { code: "01", label: "Tổng số", unit: "Tổ chức", style: "total", filter: {} },
        { label: "Chia theo cơ cấu tổ chức bộ máy", style: "section" },
        ...(Object.keys(tdktBodyLevelLabels) as (keyof typeof tdktBodyLevelLabels)[]).map(
          (level, i) => ({
            code: codes(2, 4)[i],
            label: `– ${tdktBodyLevelLabels[level]}`,
            unit: ["Vụ", "Phòng", "Ban", "Phòng"][i],
            filter: { level: [level] },
          }),
        ),
      ],
    },
  },
  {
    id: "tt02-2023-0605",
    code: "0605.N/BNV-TĐKT",
    title:
      "SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG, TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
    legalBasis: TT02,
    validFrom: TT02_FROM,
    validTo: null,
    group: "statutory",
    layout: {
      source: "staff",
      receiveDate: RECEIVE,
      missing: {
        message: "Chưa có công chức làm công tác thi đua, khen thưởng nào trong năm {year}.",
        where: "Nhập ở Cài đặt → Số liệu thống kê → Công chức làm công tác TĐKT.",
        route: "/cai-dat/thong-ke",
      },
      columns: [
        { key: "tong", head: ["Số lượng (Người)", "Tổng số"], number: "1" },
        {
          key: "nu",
          head: ["Số lượng (Người)", "Trong đó: Nữ"],
          number: "2",
          filter: { gender: ["nu"] },
        },
      ],
      rows: [
        { code: "01", label: "Tổng số", style: "total", filter: {} },
        { label: "1. Chia theo độ tuổi", style: "section" },
        ...(
          [
            ["Từ 30 trở xuống", "den_30"],
            ["Từ 31 đến 40", "31_40"],
            ["Từ 41 đến 50", "41_50"],
            ["Từ 51 đến 55", "51_55"],
            ["Từ 56 đến 60", "56_60"],
            ["Trên 60 tuổi", "tren_60"],
          ] as const
        ).map(([label, v], i) => ({
          code: codes(2, 6)[i],
          label: `– ${label}`,
          filter: { age: [v] },
        })),
        { label: "2. Chia theo trình độ đào tạo", style: "section" },
        ...(Object.keys(trainingLevelLabels) as (keyof typeof trainingLevelLabels)[]).map(
          (t, i) => ({
            code: codes(8, 5)[i],
            label: `– ${trainingLevelLabels[t]}`,
            filter: { training: [t] },
          }),
        ),
        {
          label: "3. Chia theo thâm niên công tác trong lĩnh vực thi đua, khen thưởng",
          style: "section",
        },
        { code: "13", label: "– Dưới 5 năm", filter: { seniority: ["duoi_5"] } },
        { code: "14", label: "– Từ 5 đến 10 năm", filter: { seniority: ["5_10"] } },
        { code: "15", label: "– Từ 10 năm trở lên", filter: { seniority: ["tu_10"] } },
      ],
    },
  },
  // The summary forms offices print (not part of the statistical reporting regime).
  summaryForm("tong-hop-mau-01", "Mẫu 01", "BÁO CÁO HÌNH THỨC KHEN THƯỞNG TRÊN ĐỊA BÀN", {
    source: "awards",
    showCode: false,
    missing: awardsMissing("khen thưởng"),
    columns: [
      { key: "tong", head: ["Tổng số"], number: "1" },
      {
        key: "form",
        head: ["Danh hiệu thi đua, hình thức khen thưởng"],
        each: "form",
        split: pair,
      },
    ],
    rows: [
      { label: "Tổng cộng", style: "total", filter: {} },
      {
        label: "I. Các cơ quan, đơn vị trên địa bàn",
        style: "section",
        filter: { unitGroup: ["don_vi"] },
      },
      { label: "unit", each: "unit", filter: { unitGroup: ["don_vi"] } },
      { label: "II. Các xã, phường, thị trấn", style: "section", filter: { unitGroup: ["xa"] } },
      { label: "unit", each: "unit", filter: { unitGroup: ["xa"] } },
    ],
  }),
  summaryForm(
    "tong-hop-mau-02",
    "Mẫu 02",
    "TỔNG HỢP KHEN THƯỞNG THEO DANH HIỆU, HÌNH THỨC VÀ LOẠI HÌNH",
    {
      // The form's own numbers, with its ratio formulas.
      numbering: "given",
      source: "awards",
      showCode: false,
      missing: awardsMissing("khen thưởng"),
      columns: [
        { key: "tong", head: ["Số lượng khen thưởng", "Tổng số"], number: "1" },
        {
          key: "dn",
          head: ["Số lượng khen thưởng", "Trong đó: cho Doanh nghiệp"],
          number: "2",
          filter: { category: ["doanh_nghiep"] },
        },
        {
          key: "cn",
          head: ["Số lượng khen thưởng", "Trong đó: cho cá nhân"],
          number: "3",
          filter: individual,
        },
        ...(
          [
            ["ct", "Theo công trạng, thành tích", ["thuong_xuyen"], 4],
            ["cd", "Chuyên đề, đột xuất", ["chuyen_de", "dot_xuat"], 8],
          ] as const
        ).flatMap(([k, label, types, n]): Col[] => [
          { key: k, head: [label, "Tổng số"], number: `${n}`, filter: { awardType: [...types] } },
          {
            key: `${k}_tl`,
            head: [label, "Tỷ lệ (%)"],
            number: `${n + 1}=${n}:1`,
            ratio: { of: k, to: "tong" },
          },
          {
            key: `${k}_ql`,
            head: [label, "Cá nhân là lãnh đạo quản lý (từ cấp phòng trở lên)"],
            number: `${n + 2}`,
            filter: { awardType: [...types], category: managers },
          },
          {
            key: `${k}_kql`,
            head: [label, "Cá nhân không làm quản lý"],
            number: `${n + 3}`,
            filter: { awardType: [...types], category: nonManagers },
          },
        ]),
        ...(
          [
            ["dng", "Đối ngoại", "doi_ngoai", 12],
            ["kc", "Kháng chiến", "khang_chien", 14],
          ] as const
        ).flatMap(([k, label, type, n]): Col[] => [
          { key: k, head: [label, "Tổng số"], number: `${n}`, filter: { awardType: [type] } },
          {
            key: `${k}_tl`,
            head: [label, "Tỷ lệ (%)"],
            number: `${n + 1}=${n}:1`,
            ratio: { of: k, to: "tong" },
          },
        ]),
      ],
      rows: perForm,
    },
  ),
  summaryForm("tong-hop-mau-03", "Mẫu 03", "TỔNG HỢP HỒ SƠ ĐỀ NGHỊ CẤP TRÊN KHEN THƯỞNG", {
    source: "forwarded",
    showCode: false,
    missing: {
      message: "Chưa có đề nghị nào trình cấp trên trong năm {year}.",
      where: "Trình cấp trên ở mục Trình cấp trên.",
      route: "/chuyen-cap-tren",
    },
    columns: [
      ...(
        [
          ["tr", "Đã trình", {}],
          ["qd", "Đã có quyết định", { decided: ["co"] }],
        ] as [string, string, Filter][]
      ).flatMap(([k, label, f]): Col[] =>
        pair.map((p, i) => ({
          key: `${k}${i}`,
          head: [label, p.label],
          number: "",
          filter: { ...f, ...p.filter },
        })),
      ),
      ...(
        [
          ["ct", "Công trạng", ["thuong_xuyen", "cong_hien", "nien_han"]],
          ["pt", "Phong trào", ["chuyen_de"]],
        ] as const
      ).flatMap(([k, label, types]): Col[] => [
        {
          key: `${k}_tt`,
          head: [label, "Tập thể"],
          filter: { awardType: [...types], ...collective },
        },
        {
          key: `${k}_ld`,
          head: [label, "Cá nhân lãnh đạo cấp tỉnh, sở"],
          filter: { awardType: [...types], category: ["lanh_dao_bo_tinh", "lanh_dao_vu_so"] },
        },
        {
          key: `${k}_pp`,
          head: [label, "Cá nhân lãnh đạo từ phó phòng"],
          filter: { awardType: [...types], category: ["lanh_dao_khac"] },
        },
        {
          key: `${k}_tt2`,
          head: [label, "Cá nhân lao động trực tiếp"],
          filter: { awardType: [...types], category: ["truc_tiep", "doanh_nhan"] },
        },
        {
          key: `${k}_cpl`,
          head: [label, `Cá nhân ${CPL.toLowerCase()}`],
          filter: { awardType: [...types], ...individual, category: [null] },
          onlyIfNonZero: true,
        },
      ]),
      ...(
        [
          ["dx", "Đột xuất", { awardType: ["dot_xuat"] }],
          ["dng", "Đối ngoại", { awardType: ["doi_ngoai"] }],
          ["dn", "Doanh nghiệp", { business: ["co"] }],
        ] as [string, string, Filter][]
      ).flatMap(([k, label, f]): Col[] =>
        pair.map((p, i) => ({
          key: `${k}${i}`,
          head: [label, p.label],
          filter: { ...f, ...p.filter },
        })),
      ),
    ],
    rows: perForm,
  }),
  summaryForm(
    "tong-hop-quy",
    "Quỹ TĐKT",
    "TỔNG HỢP TRÍCH LẬP VÀ SỬ DỤNG QUỸ THI ĐUA, KHEN THƯỞNG",
    {
      source: "fund",
      measure: "amount",
      showCode: false,
      unitNote: "Đơn vị tính: đồng",
      missing: {
        message: "Chưa có khoản thu nào vào quỹ thi đua, khen thưởng năm {year}.",
        where:
          "Nhập các khoản thu ở Cài đặt → Số liệu thống kê → Quỹ thi đua, khen thưởng; khoản chi lấy từ các quyết định khen thưởng đã ban hành.",
        route: "/cai-dat/thong-ke",
        requires: { flow: ["thu"] },
      },
      columns: [
        { key: "thu", head: ["Số đã thu", "Tổng cộng"], number: "1", filter: { flow: ["thu"] } },
        { key: "thu_i", head: ["Số đã thu"], each: "item", filter: { flow: ["thu"] } },
        { key: "chi", head: ["Số đã chi", "Tổng cộng"], filter: { flow: ["chi"] } },
        {
          key: "chi_i",
          head: ["Số đã chi", "Chi khen thưởng"],
          each: "item",
          filter: { flow: ["chi"] },
        },
      ],
      rows: [
        { label: "Tổng cộng", style: "total", filter: {} },
        { label: "fund", each: "fund", filter: {} },
      ],
    },
  ),
];
