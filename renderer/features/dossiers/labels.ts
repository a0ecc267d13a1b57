import type { ManualNominationAction, NominationState } from "../../../electron/contract";

export const stateColors: Record<NominationState, string> = {
  tiep_nhan: "gray",
  tham_dinh: "blue",
  tra_lai: "orange",
  trinh_hoi_dong: "violet",
  hoi_dong_dong_y: "teal",
  hoi_dong_khong_dong_y: "red",
  da_co_quyet_dinh: "green",
  da_in_bang: "green",
  da_chi_thuong: "green",
  chuyen_cap_tren: "indigo",
};

/** Button captions of the hand-made steps (those that need a reason, by transitionRules, open a dialog). */
export const actionButtons: Record<
  ManualNominationAction,
  { label: string; done: string; color?: string }
> = {
  tiep_nhan_lai: { label: "Tiếp nhận lại", done: "Đã tiếp nhận lại" },
  tham_dinh: { label: "Thẩm định đạt", done: "Đã ghi thẩm định đạt" },
  tra_lai: { label: "Trả lại", done: "Đã trả lại đơn vị", color: "orange" },
  trinh_hoi_dong: {
    label: "Trình Hội đồng",
    done: "Đã đưa vào danh sách trình Hội đồng",
    color: "violet",
  },
  chuyen_cap_tren: {
    label: "Chuyển cấp trên",
    done: "Đã ghi chuyển cấp trên",
    color: "indigo",
  },
};
