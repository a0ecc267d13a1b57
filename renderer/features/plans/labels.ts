import { shownStatusLabels, type ShownStatus } from "../../../electron/contract";

export { activityKindLabels, dateReviewLabels as reviewLabels } from "../../../electron/contract";

export const quarterNames = ["Quý I", "Quý II", "Quý III", "Quý IV"];

const statusColors: Record<ShownStatus, string> = {
  chua_bat_dau: "gray",
  dang_lam: "blue",
  hoan_thanh: "teal",
  qua_han: "red",
};
export const statusLabels = Object.fromEntries(
  (Object.keys(shownStatusLabels) as ShownStatus[]).map((s) => [
    s,
    { label: shownStatusLabels[s], color: statusColors[s] },
  ]),
) as Record<ShownStatus, { label: string; color: string }>;
