import type { PlanActivity } from "../../../electron/contract";

export const quarterNames = ["Quý I", "Quý II", "Quý III", "Quý IV"];

export const activityKindLabels: Record<PlanActivity["kind"], string> = {
  ban_hanh_van_ban: "Ban hành văn bản",
  hoi_nghi: "Hội nghị",
  dang_ky_thi_dua: "Đăng ký thi đua",
  tong_hop_ho_so: "Tổng hợp hồ sơ",
  bao_cao: "Báo cáo",
  kiem_tra: "Kiểm tra",
  tap_huan: "Tập huấn",
  khac: "Khác",
};

export const statusLabels: Record<PlanActivity["shownStatus"], { label: string; color: string }> = {
  chua_bat_dau: { label: "Chưa bắt đầu", color: "gray" },
  dang_lam: { label: "Đang làm", color: "blue" },
  hoan_thanh: { label: "Hoàn thành", color: "teal" },
  qua_han: { label: "Quá hạn", color: "red" },
};

export const reviewLabels: Record<string, string> = {
  cuoi_tuan: "Hạn rơi vào cuối tuần – xem lại",
  nghi_tet: "Hạn rơi vào kỳ nghỉ Tết – xem lại",
};
