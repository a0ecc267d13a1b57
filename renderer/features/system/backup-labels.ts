import type { BackupEntry } from "../../../electron/contract";

export const backupKindLabels: Record<BackupEntry["kind"], string> = {
  daily: "Hằng ngày",
  manual: "Do người dùng tạo",
  "pre-migration": "Trước khi nâng cấp dữ liệu",
  "pre-restore": "Trước khi khôi phục",
  "pre-import": "Trước khi nhập dữ liệu",
};
