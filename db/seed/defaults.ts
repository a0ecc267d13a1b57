/**
 * The default catalogue shipped with the app (domain notes § "Titles and award forms"). Everything
 * here is data the office can edit in Settings; nothing in code depends on these exact values.
 */

import type { StatGroup } from "../../electron/contract/vocabulary";

export const LAW_2022_FROM = "2024-01-01";

export interface DefaultAward {
  code: string;
  name: string;
  recipientKind: "ca_nhan" | "tap_the" | "ho_gia_dinh";
  kind: "danh_hieu" | "hinh_thuc";
  conferredBy: string;
  coefficient: number | null;
  criteria: string;
  validFrom: string;
  /** Nhóm thống kê (biểu 0602/0603). */
  statGroup: StatGroup;
}

const xa = "Chủ tịch UBND cấp xã; thủ trưởng cơ quan, đơn vị";
const tinh = "Chủ tịch UBND cấp tỉnh";

export const defaultAwards: DefaultAward[] = [
  {
    code: "LDTT",
    name: "Lao động tiên tiến",
    recipientKind: "ca_nhan",
    kind: "danh_hieu",
    conferredBy: xa,
    coefficient: 0.3,
    criteria: "Được đánh giá, xếp loại từ “hoàn thành tốt nhiệm vụ” trở lên.",
    validFrom: LAW_2022_FROM,
    statGroup: "co_so",
  },
  {
    code: "CSTDCS",
    name: "Chiến sĩ thi đua cơ sở",
    recipientKind: "ca_nhan",
    kind: "danh_hieu",
    conferredBy: xa,
    coefficient: 1.0,
    criteria:
      "Đạt danh hiệu Lao động tiên tiến và có một trong các tiêu chuẩn: được đánh giá “hoàn thành xuất sắc nhiệm vụ”; có sáng kiến được công nhận; có đề tài khoa học được nghiệm thu.",
    validFrom: LAW_2022_FROM,
    statGroup: "co_so",
  },
  {
    code: "CSTD_TINH",
    name: "Chiến sĩ thi đua cấp tỉnh",
    recipientKind: "ca_nhan",
    kind: "danh_hieu",
    conferredBy: tinh,
    coefficient: 3.0,
    criteria:
      "03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở và có sáng kiến, đề tài có hiệu quả, phạm vi ảnh hưởng trong tỉnh.",
    validFrom: LAW_2022_FROM,
    statGroup: "cstd_bo_tinh",
  },
  {
    code: "TTLDTT",
    name: "Tập thể lao động tiên tiến",
    recipientKind: "tap_the",
    kind: "danh_hieu",
    conferredBy: xa,
    coefficient: 0.8,
    criteria:
      "Hoàn thành tốt nhiệm vụ; có ít nhất 70% cá nhân đạt danh hiệu Lao động tiên tiến; không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.",
    validFrom: LAW_2022_FROM,
    statGroup: "co_so",
  },
  {
    code: "TTLDXS",
    name: "Tập thể lao động xuất sắc",
    recipientKind: "tap_the",
    kind: "danh_hieu",
    conferredBy: tinh,
    coefficient: 1.5,
    criteria:
      "Hoàn thành xuất sắc nhiệm vụ; 100% cá nhân hoàn thành nhiệm vụ, có ít nhất 70% đạt Lao động tiên tiến; có cá nhân đạt Chiến sĩ thi đua cơ sở; không có cá nhân bị kỷ luật từ cảnh cáo trở lên.",
    validFrom: LAW_2022_FROM,
    statGroup: "co_so",
  },
  {
    code: "CO_TD_TINH",
    name: "Cờ thi đua cấp tỉnh",
    recipientKind: "tap_the",
    kind: "danh_hieu",
    conferredBy: tinh,
    coefficient: 8.0,
    criteria: "Dẫn đầu cụm, khối thi đua của tỉnh.",
    validFrom: LAW_2022_FROM,
    statGroup: "co_bo_tinh",
  },
  {
    code: "GD_VAN_HOA",
    name: "Gia đình văn hóa",
    recipientKind: "ho_gia_dinh",
    kind: "danh_hieu",
    conferredBy: "Chủ tịch UBND cấp xã",
    coefficient: null,
    criteria: "Theo Nghị định số 86/2023/NĐ-CP.",
    validFrom: LAW_2022_FROM,
    statGroup: "co_so",
  },
  {
    code: "GK_TT",
    name: "Giấy khen (tập thể)",
    recipientKind: "tap_the",
    kind: "hinh_thuc",
    conferredBy: xa,
    coefficient: 0.6,
    criteria: "Có thành tích trong phong trào thi đua hoặc thành tích đột xuất.",
    validFrom: LAW_2022_FROM,
    statGroup: "co_so",
  },
  {
    code: "GK_CN",
    name: "Giấy khen (cá nhân)",
    recipientKind: "ca_nhan",
    kind: "hinh_thuc",
    conferredBy: xa,
    coefficient: 0.3,
    criteria:
      "Có thành tích trong phong trào thi đua hoặc thành tích đột xuất. (Hệ số cần đối chiếu văn bản hiện hành.)",
    validFrom: LAW_2022_FROM,
    statGroup: "co_so",
  },
  {
    code: "GK_HGD",
    name: "Giấy khen (hộ gia đình)",
    recipientKind: "ho_gia_dinh",
    kind: "hinh_thuc",
    conferredBy: xa,
    coefficient: 0.45,
    criteria: "Có thành tích trong phong trào thi đua. Mức thưởng bằng 1,5 lần mức của cá nhân.",
    validFrom: LAW_2022_FROM,
    statGroup: "co_so",
  },
  {
    code: "BK_TINH_CN",
    name: "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)",
    recipientKind: "ca_nhan",
    kind: "hinh_thuc",
    conferredBy: tinh,
    coefficient: 1.5,
    criteria:
      "Ví dụ: 02 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở. Cơ quan chỉ đề nghị, cấp tỉnh quyết định.",
    validFrom: LAW_2022_FROM,
    statGroup: "bk_bo_tinh",
  },
  {
    code: "BK_TINH_TT",
    name: "Bằng khen của Chủ tịch UBND tỉnh (tập thể)",
    recipientKind: "tap_the",
    kind: "hinh_thuc",
    conferredBy: tinh,
    coefficient: 3.0,
    criteria: "Cơ quan chỉ đề nghị, cấp tỉnh quyết định.",
    validFrom: LAW_2022_FROM,
    statGroup: "bk_bo_tinh",
  },
  {
    code: "BK_TTG_CN",
    name: "Bằng khen của Thủ tướng Chính phủ (cá nhân)",
    recipientKind: "ca_nhan",
    kind: "hinh_thuc",
    conferredBy: "Thủ tướng Chính phủ",
    coefficient: 3.5,
    criteria: "Cấp tỉnh trình, Thủ tướng Chính phủ quyết định.",
    validFrom: LAW_2022_FROM,
    statGroup: "bk_ttg",
  },
  {
    code: "BK_TTG_TT",
    name: "Bằng khen của Thủ tướng Chính phủ (tập thể)",
    recipientKind: "tap_the",
    kind: "hinh_thuc",
    conferredBy: "Thủ tướng Chính phủ",
    coefficient: 7.0,
    criteria: "Cấp tỉnh trình, Thủ tướng Chính phủ quyết định.",
    validFrom: LAW_2022_FROM,
    statGroup: "bk_ttg",
  },
  {
    code: "CSTD_TQ",
    name: "Chiến sĩ thi đua toàn quốc",
    recipientKind: "ca_nhan",
    kind: "danh_hieu",
    conferredBy: "Thủ tướng Chính phủ",
    coefficient: 4.5,
    criteria: "Cấp tỉnh trình, Thủ tướng Chính phủ quyết định.",
    validFrom: LAW_2022_FROM,
    statGroup: "cstd_toan_quoc",
  },
  {
    code: "CO_TD_CP",
    name: "Cờ thi đua của Chính phủ",
    recipientKind: "tap_the",
    kind: "danh_hieu",
    conferredBy: "Thủ tướng Chính phủ",
    coefficient: 12.0,
    criteria: "Cấp tỉnh trình, Thủ tướng Chính phủ quyết định.",
    validFrom: LAW_2022_FROM,
    statGroup: "co_cp",
  },
  {
    code: "HC_LD3_CN",
    name: "Huân chương Lao động hạng Ba (cá nhân)",
    recipientKind: "ca_nhan",
    kind: "hinh_thuc",
    conferredBy: "Chủ tịch nước",
    coefficient: null,
    criteria: "Cấp tỉnh trình, Chủ tịch nước quyết định; tiền thưởng do cấp quyết định chi.",
    validFrom: LAW_2022_FROM,
    statGroup: "huan_chuong",
  },
  {
    code: "HC_LD3_TT",
    name: "Huân chương Lao động hạng Ba (tập thể)",
    recipientKind: "tap_the",
    kind: "hinh_thuc",
    conferredBy: "Chủ tịch nước",
    coefficient: null,
    criteria: "Cấp tỉnh trình, Chủ tịch nước quyết định; tiền thưởng do cấp quyết định chi.",
    validFrom: LAW_2022_FROM,
    statGroup: "huan_chuong",
  },
];

export interface DefaultLegalBasis {
  title: string;
  docType:
    | "luat"
    | "nghi_dinh"
    | "thong_tu"
    | "quyet_dinh"
    | "chi_thi"
    | "nghi_quyet"
    | "ke_hoach"
    | "khac";
  number: string;
  issuedDate: string | null;
  issuer: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  note: string;
}

const replacedBy2022 =
  "Hết hiệu lực từ 01/01/2024, thay thế bởi Luật Thi đua, khen thưởng số 06/2022/QH15.";

/**
 * Entries shipped incomplete by earlier versions, as they were shipped: a library row still
 * exactly like this (untouched by the office) is completed from the entry of the same number.
 */
export const incompleteLegalBases = [
  {
    number: "152/2025/NĐ-CP",
    title:
      "Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
    note: "Ngày ban hành: đối chiếu văn bản gốc và bổ sung.",
  },
];

export const defaultLegalBases: DefaultLegalBasis[] = [
  {
    title: "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
    docType: "luat",
    number: "06/2022/QH15",
    issuedDate: "2022-06-15",
    issuer: "Quốc hội",
    effectiveFrom: "2024-01-01",
    effectiveTo: null,
    note: "",
  },
  {
    title:
      "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
    docType: "nghi_dinh",
    number: "152/2025/NĐ-CP",
    issuedDate: "2025-06-14",
    issuer: "Chính phủ",
    effectiveFrom: "2025-07-01",
    effectiveTo: null,
    note: "",
  },
  {
    title:
      "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    docType: "nghi_dinh",
    number: "98/2023/NĐ-CP",
    issuedDate: "2023-12-31",
    issuer: "Chính phủ",
    effectiveFrom: "2023-12-31",
    effectiveTo: "2025-06-30",
    note: "Thay thế bởi Nghị định số 152/2025/NĐ-CP.",
  },
  {
    title: "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003",
    docType: "luat",
    number: "15/2003/QH11",
    issuedDate: "2003-11-26",
    issuer: "Quốc hội",
    effectiveFrom: "2004-07-01",
    effectiveTo: "2023-12-31",
    note: replacedBy2022,
  },
  {
    title:
      "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005",
    docType: "luat",
    number: "47/2005/QH11",
    issuedDate: "2005-06-14",
    issuer: "Quốc hội",
    effectiveFrom: "2006-01-01",
    effectiveTo: "2023-12-31",
    note: replacedBy2022,
  },
  {
    title:
      "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013",
    docType: "luat",
    number: "39/2013/QH13",
    issuedDate: "2013-11-16",
    issuer: "Quốc hội",
    effectiveFrom: "2014-06-01",
    effectiveTo: "2023-12-31",
    note: replacedBy2022,
  },
  {
    title:
      "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    docType: "nghi_dinh",
    number: "91/2017/NĐ-CP",
    issuedDate: "2017-07-31",
    issuer: "Chính phủ",
    effectiveFrom: "2017-10-01",
    effectiveTo: "2023-12-30",
    note: "Thay thế bởi Nghị định số 98/2023/NĐ-CP.",
  },
  {
    title: "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
    docType: "nghi_dinh",
    number: "30/2020/NĐ-CP",
    issuedDate: "2020-03-05",
    issuer: "Chính phủ",
    effectiveFrom: "2020-03-05",
    effectiveTo: null,
    note: "Thể thức và kỹ thuật trình bày văn bản hành chính.",
  },
  {
    title:
      "Nghị định số 73/2024/NĐ-CP ngày 30 tháng 6 năm 2024 của Chính phủ quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang",
    docType: "nghi_dinh",
    number: "73/2024/NĐ-CP",
    issuedDate: "2024-06-30",
    issuer: "Chính phủ",
    effectiveFrom: "2024-07-01",
    effectiveTo: null,
    note: "Mức lương cơ sở 2.340.000 đồng/tháng.",
  },
];

export const defaultBaseSalaries = [
  { amount: 1_300_000, effectiveFrom: "2017-07-01", legalBasis: "Nghị định số 47/2017/NĐ-CP" },
  { amount: 1_390_000, effectiveFrom: "2018-07-01", legalBasis: "Nghị định số 72/2018/NĐ-CP" },
  { amount: 1_490_000, effectiveFrom: "2019-07-01", legalBasis: "Nghị định số 38/2019/NĐ-CP" },
  { amount: 1_800_000, effectiveFrom: "2023-07-01", legalBasis: "Nghị định số 24/2023/NĐ-CP" },
  { amount: 2_340_000, effectiveFrom: "2024-07-01", legalBasis: "Nghị định số 73/2024/NĐ-CP" },
];

export const defaultRounding = { step: 10_000, mode: "up" as const };

/** Issuing-body presets; the place name fills the blanks. */
export function presetProfiles(placeName: string) {
  const place = placeName.trim();
  return [
    {
      key: "phong_noi_vu_huyen" as const,
      label: "Phòng Nội vụ – UBND huyện",
      profile: {
        preset: "phong_noi_vu_huyen" as const,
        level: "huyen" as const,
        parentBody: `Ủy ban nhân dân huyện ${place}`.trim(),
        issuingBody: "Phòng Nội vụ",
        abbreviation: "PNV",
        parentAbbreviation: "UBND",
        placeName: place,
        councilName: `Hội đồng Thi đua - Khen thưởng huyện ${place}`.trim(),
        councilAbbreviation: "HĐTĐKT",
      },
    },
    {
      key: "phong_vhxh_xa" as const,
      label: "Phòng Văn hóa – Xã hội – UBND xã",
      profile: {
        preset: "phong_vhxh_xa" as const,
        level: "xa" as const,
        parentBody: `Ủy ban nhân dân xã ${place}`.trim(),
        issuingBody: "Phòng Văn hóa - Xã hội",
        abbreviation: "VHXH",
        parentAbbreviation: "UBND",
        placeName: place,
        councilName: `Hội đồng Thi đua - Khen thưởng xã ${place}`.trim(),
        councilAbbreviation: "HĐTĐKT",
      },
    },
    {
      // A commune, school, agency or enterprise running the app for its own people: it sends its
      // registration, dossiers and self-scores to its office on a USB stick.
      key: "don_vi_co_so" as const,
      label: "Đơn vị cơ sở (xã, trường học, cơ quan, doanh nghiệp)",
      profile: {
        preset: "don_vi_co_so" as const,
        level: "co_quan" as const,
        parentBody: `Ủy ban nhân dân huyện ${place}`.trim(),
        issuingBody: "",
        abbreviation: "",
        parentAbbreviation: "UBND",
        placeName: place,
        councilName: "Hội đồng Thi đua - Khen thưởng",
        councilAbbreviation: "HĐTĐKT",
      },
    },
  ];
}

export interface DefaultAwardRule {
  awardCode: string;
  /** A rule kind of electron/domain/eligibility.ts (ruleKinds). */
  ruleCode: string;
  level: "blocking" | "warning";
  params: Record<string, unknown>;
  validFrom: string;
  validTo: string | null;
  note: string;
}

/** Quoted in notes so the officer sees where a rule comes from. */
const luat2022 = "Luật Thi đua, khen thưởng 2022";
const ind = (awardCode: string) => ({ awardCode, validFrom: LAW_2022_FROM, validTo: null });

/**
 * The eligibility rules of the default catalogue (domain notes). Pending discipline, duplicates,
 * recipient kind and quotas are checked for every nomination and are not listed here.
 */
export const defaultAwardRules: DefaultAwardRule[] = [
  {
    ...ind("LDTT"),
    ruleCode: "rating_min",
    level: "blocking",
    params: { minRating: "ht_tot" },
    note: `${luat2022}: xếp loại từ hoàn thành tốt nhiệm vụ trở lên.`,
  },
  {
    ...ind("LDTT"),
    ruleCode: "no_discipline_in_year",
    level: "blocking",
    params: { minMeasure: "khien_trach" },
    note: "Cá nhân bị kỷ luật trong năm không được xét danh hiệu.",
  },
  {
    ...ind("CSTDCS"),
    ruleCode: "title_same_year",
    level: "blocking",
    params: { award: "LDTT" },
    note: `${luat2022}: đạt danh hiệu Lao động tiên tiến.`,
  },
  {
    ...ind("CSTDCS"),
    ruleCode: "excellence_one_of",
    level: "blocking",
    params: { minRating: "htxs", initiativeMinLevel: "co_so" },
    note: "Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận, đề tài được nghiệm thu.",
  },
  {
    awardCode: "CSTDCS",
    ruleCode: "cap_share",
    level: "warning",
    params: { award: "LDTT", maxShare: 0.15 },
    validFrom: "2017-10-01",
    validTo: "2023-12-31",
    note: "Nghị định 91/2017/NĐ-CP: không quá 15% số cá nhân đạt Lao động tiên tiến.",
  },
  {
    ...ind("CSTD_TINH"),
    ruleCode: "consecutive_titles",
    level: "blocking",
    params: { award: "CSTDCS", count: 3 },
    note: "03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.",
  },
  {
    ...ind("CSTD_TINH"),
    ruleCode: "initiative_level",
    level: "warning",
    params: { minLevel: "tinh", years: 3 },
    note: "Sáng kiến, đề tài có hiệu quả, phạm vi ảnh hưởng trong tỉnh.",
  },
  {
    ...ind("TTLDTT"),
    ruleCode: "rating_min",
    level: "blocking",
    params: { minRating: "ht_tot" },
    note: "Tập thể hoàn thành tốt nhiệm vụ.",
  },
  {
    ...ind("TTLDTT"),
    ruleCode: "members_title_share",
    level: "blocking",
    params: { award: "LDTT", minShare: 0.7 },
    note: "Có ít nhất 70% cá nhân đạt danh hiệu Lao động tiên tiến.",
  },
  {
    ...ind("TTLDTT"),
    ruleCode: "members_no_discipline",
    level: "blocking",
    params: { minMeasure: "canh_cao" },
    note: "Không có cá nhân bị kỷ luật từ cảnh cáo trở lên.",
  },
  {
    ...ind("TTLDXS"),
    ruleCode: "rating_min",
    level: "blocking",
    params: { minRating: "htxs" },
    note: "Tập thể hoàn thành xuất sắc nhiệm vụ.",
  },
  {
    ...ind("TTLDXS"),
    ruleCode: "members_rating_all",
    level: "blocking",
    params: { minRating: "ht" },
    note: "100% cá nhân hoàn thành nhiệm vụ.",
  },
  {
    ...ind("TTLDXS"),
    ruleCode: "members_title_share",
    level: "blocking",
    params: { award: "LDTT", minShare: 0.7 },
    note: "Có ít nhất 70% cá nhân đạt danh hiệu Lao động tiên tiến.",
  },
  {
    ...ind("TTLDXS"),
    ruleCode: "members_title_count",
    level: "blocking",
    params: { award: "CSTDCS", min: 1 },
    note: "Có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.",
  },
  {
    ...ind("TTLDXS"),
    ruleCode: "members_no_discipline",
    level: "blocking",
    params: { minMeasure: "canh_cao" },
    note: "Không có cá nhân bị kỷ luật từ cảnh cáo trở lên.",
  },
  {
    ...ind("BK_TINH_CN"),
    ruleCode: "consecutive_ratings",
    level: "warning",
    params: { years: 2, minRating: "ht_tot", minExcellent: 2 },
    note: `${luat2022}: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ (một trong các tiêu chuẩn).`,
  },
];
