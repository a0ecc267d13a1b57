import type { Movement } from "../../../electron/contract";

export const movementKindLabels: Record<Movement["kind"], string> = {
  thuong_xuyen: "Thường xuyên",
  chuyen_de: "Chuyên đề",
  dot: "Đợt thi đua",
};
