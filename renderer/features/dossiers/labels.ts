import type { ComboboxItem, OptionsFilter } from "@mantine/core";
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

/** Button captions of the hand-made steps; those that need a reason open a dialog. */
export const actionButtons: Record<
  ManualNominationAction,
  { label: string; done: string; needsReason: boolean; color?: string }
> = {
  tiep_nhan_lai: { label: "Tiếp nhận lại", done: "Đã tiếp nhận lại", needsReason: false },
  tham_dinh: { label: "Thẩm định đạt", done: "Đã ghi thẩm định đạt", needsReason: false },
  tra_lai: { label: "Trả lại", done: "Đã trả lại đơn vị", needsReason: true, color: "orange" },
  trinh_hoi_dong: {
    label: "Trình Hội đồng",
    done: "Đã đưa vào danh sách trình Hội đồng",
    needsReason: false,
    color: "violet",
  },
  chuyen_cap_tren: {
    label: "Chuyển cấp trên",
    done: "Đã ghi chuyển cấp trên",
    needsReason: false,
    color: "indigo",
  },
};

/** Accent- and case-insensitive match, as everywhere in the app ("nguyen van d" finds "Nguyễn Văn Đức"). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().trim();
}

/** Select filter: every typed word must occur in the option, ignoring tone marks and case. */
export const accentInsensitive: OptionsFilter = ({ options, search }) => {
  const words = fold(search).split(/\s+/).filter(Boolean);
  return (options as ComboboxItem[]).filter((o) => {
    const label = fold(o.label);
    return words.every((w) => label.includes(w));
  });
};
