import { z } from "zod";

/**
 * The closed set of error codes that may cross a transport. Each has a default Vietnamese
 * message; handlers may give a more precise one.
 */
export const errorCodes = [
  "VALIDATION",
  "NOT_FOUND",
  "CONFLICT",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "DATABASE_DAMAGED",
  "UNAVAILABLE",
  "DISK_FULL",
  "READ_ONLY",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const defaultErrorMessages: Record<ErrorCode, string> = {
  VALIDATION: "Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra lại.",
  NOT_FOUND: "Không tìm thấy dữ liệu yêu cầu (có thể đã bị xóa).",
  CONFLICT: "Dữ liệu bị trùng hoặc mâu thuẫn với dữ liệu đã có.",
  FORBIDDEN: "Yêu cầu bị từ chối.",
  UNAUTHENTICATED: "Bạn chưa đăng nhập hoặc phiên làm việc đã hết. Hãy đăng nhập lại.",
  DATABASE_DAMAGED:
    "Cơ sở dữ liệu bị hỏng hoặc chưa mở được. Hãy khôi phục từ bản sao lưu gần nhất.",
  UNAVAILABLE: "Chức năng này hiện không dùng được trên máy này.",
  DISK_FULL:
    "Ổ đĩa đầy nên chưa ghi được. Hãy giải phóng dung lượng ổ đĩa (xóa bớt tệp không cần, dọn Thùng rác) rồi làm lại; dữ liệu đã có không bị ảnh hưởng.",
  READ_ONLY:
    "Thư mục dữ liệu hoặc tệp cơ sở dữ liệu đang ở chế độ chỉ đọc nên chưa lưu được. Hãy cấp quyền ghi (bỏ thuộc tính Read-only) rồi mở lại ứng dụng; dữ liệu đã có không bị ảnh hưởng.",
  INTERNAL: "Đã xảy ra lỗi ngoài ý muốn. Dữ liệu của bạn không bị mất; hãy thử lại.",
};

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  /** Field-level messages for forms: path joined by "." → Vietnamese message. */
  fields: z.record(z.string(), z.string()).optional(),
});
export type AppErrorPayload = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };
