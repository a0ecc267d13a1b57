import type { OutputOf } from "../../../electron/contract";

type TemplateId = OutputOf<"documents.list">[number]["templateId"];

export const templateNames: Record<TemplateId, string> = {
  "ke-hoach": "Kế hoạch",
  "to-trinh": "Tờ trình",
  "bien-ban": "Biên bản",
  "quyet-dinh": "Quyết định",
  "bao-cao": "Báo cáo",
  "cong-van": "Công văn",
  "bao-cao-thanh-tich-ca-nhan": "Báo cáo thành tích cá nhân",
  "bao-cao-thanh-tich-tap-the": "Báo cáo thành tích tập thể",
};
