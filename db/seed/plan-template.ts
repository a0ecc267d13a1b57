/**
 * The built-in starting set for a year plan, modelled on seed 001 (Kế hoạch công tác thi đua,
 * khen thưởng huyện Vĩnh Cửu năm 2020). "{nam}" is the plan's year, "{nam_truoc}" the one before,
 * "{nam_hoc}" the school year ending in it.
 */

export interface TemplateActivity {
  quarter: 1 | 2 | 3 | 4;
  title: string;
  kind:
    | "ban_hanh_van_ban"
    | "hoi_nghi"
    | "dang_ky_thi_dua"
    | "tong_hop_ho_so"
    | "bao_cao"
    | "kiem_tra"
    | "tap_huan"
    | "khac";
  /** MM-DD in the plan's year, when the activity has a fixed day. */
  due?: string;
}

export const templateActivities: TemplateActivity[] = [
  {
    quarter: 1,
    kind: "ban_hanh_van_ban",
    title: "Xây dựng Kế hoạch phát động phong trào thi đua yêu nước năm {nam}.",
  },
  {
    quarter: 1,
    kind: "dang_ky_thi_dua",
    title:
      "Đăng ký thi đua thực hiện các chỉ tiêu năm {nam} gửi về Ban Thi đua – Khen thưởng tỉnh và Cụm trưởng cụm thi đua.",
  },
  {
    quarter: 1,
    kind: "khac",
    title:
      "Củng cố, kiện toàn Hội đồng sáng kiến, Hội đồng Thi đua – Khen thưởng và các cụm, khối thi đua.",
  },
  {
    quarter: 1,
    kind: "tong_hop_ho_so",
    title: "Tổng kết chấm điểm thực hiện giao ước thi đua năm {nam_truoc} trong cụm thi đua.",
  },
  {
    quarter: 1,
    kind: "tong_hop_ho_so",
    title:
      "Tổng kết hoạt động các cụm, khối thi đua năm {nam_truoc}; xét khen thưởng các tập thể dẫn đầu và các tập thể, cá nhân trong phong trào thi đua yêu nước năm {nam_truoc}; hướng dẫn ký kết giao ước thi đua.",
  },
  {
    quarter: 2,
    kind: "hoi_nghi",
    title:
      "Tổ chức Hội nghị tổng kết phong trào thi đua yêu nước năm {nam_truoc}, ký kết giao ước thi đua năm {nam}.",
  },
  {
    quarter: 2,
    kind: "hoi_nghi",
    title:
      "Tổ chức các hoạt động kỷ niệm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6).",
    due: "06-11",
  },
  {
    quarter: 2,
    kind: "ban_hanh_van_ban",
    title:
      "Hướng dẫn tổng kết phong trào thi đua yêu nước ngành Giáo dục và Đào tạo năm học {nam_hoc}.",
  },
  {
    quarter: 2,
    kind: "bao_cao",
    title:
      "Báo cáo sơ kết phong trào thi đua yêu nước và công tác thi đua, khen thưởng 6 tháng đầu năm {nam}.",
  },
  {
    quarter: 2,
    kind: "tap_huan",
    title: "Tổ chức tập huấn nghiệp vụ công tác thi đua, khen thưởng.",
  },
  {
    quarter: 3,
    kind: "hoi_nghi",
    title: "Tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {nam}.",
  },
  {
    quarter: 3,
    kind: "tong_hop_ho_so",
    title: "Tổng hợp hồ sơ, xét khen thưởng ngành Giáo dục và Đào tạo năm học {nam_hoc}.",
  },
  {
    quarter: 3,
    kind: "ban_hanh_van_ban",
    title:
      "Trình khen thưởng cấp tỉnh và cấp Nhà nước ngành Giáo dục và Đào tạo năm học {nam_hoc}.",
  },
  {
    quarter: 3,
    kind: "kiem_tra",
    title: "Kiểm tra, giám sát công tác thi đua, khen thưởng định kỳ năm {nam}.",
  },
  {
    quarter: 4,
    kind: "ban_hanh_van_ban",
    title: "Hướng dẫn tổng kết phong trào thi đua yêu nước năm {nam}.",
  },
  {
    quarter: 4,
    kind: "bao_cao",
    title:
      "Báo cáo tổng kết phong trào thi đua yêu nước và công tác thi đua, khen thưởng năm {nam}.",
  },
  {
    quarter: 4,
    kind: "bao_cao",
    title: "Báo cáo tổng kết thực hiện giao ước thi đua năm {nam} gửi Cụm trưởng cụm thi đua.",
  },
  {
    quarter: 4,
    kind: "ban_hanh_van_ban",
    title:
      "Xây dựng Kế hoạch công tác thi đua, khen thưởng và phát động phong trào thi đua yêu nước năm {nam_sau}.",
  },
];

export const templatePurposes =
  "Nhằm tạo sự chuyển biến mạnh mẽ hơn nữa trong nhận thức, tư tưởng của các cấp ủy Đảng, chính quyền, nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương trong việc triển khai, thực hiện công tác thi đua, khen thưởng.\n" +
  "Phát huy truyền thống thi đua yêu nước, sức mạnh đại đoàn kết; biểu dương, tôn vinh, khen thưởng kịp thời thành tích của tập thể, cá nhân đã có những đóng góp xứng đáng, hoàn thành các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh năm {nam}.";

export const templateRequirements =
  "Các cơ quan, đơn vị, các xã, thị trấn xây dựng kế hoạch phát động phong trào thi đua phù hợp với đặc điểm, tình hình thực tế, với nhiều hình thức đa dạng, nội dung phong phú.\n" +
  "Nâng cao chất lượng, hiệu quả công tác khen thưởng; khen thưởng kịp thời, công khai, minh bạch, đúng quy định.";

export function fillYear(text: string, year: number): string {
  return text
    .replaceAll("{nam_truoc}", String(year - 1))
    .replaceAll("{nam_sau}", String(year + 1))
    .replaceAll("{nam_hoc}", `${year - 1} – ${year}`)
    .replaceAll("{nam}", String(year));
}
