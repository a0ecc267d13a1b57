import "./zod-locale";
import { z } from "zod";

/** Calendar date as YYYY-MM-DD, checked to be a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng năm-tháng-ngày")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, "Ngày không tồn tại");

export const id = z.string().min(1, "Thiếu mã bản ghi");
export const requiredText = (label: string, max = 500) =>
  z
    .string({ error: `${label} không được để trống` })
    .trim()
    .min(1, `${label} không được để trống`)
    .max(max, `${label} quá dài (tối đa ${max} ký tự)`);
export const optionalText = (label: string, max = 2000) =>
  z.string().trim().max(max, `${label} quá dài (tối đa ${max} ký tự)`).default("");

export const year = z
  .number({ error: "Năm phải là số" })
  .int("Năm phải là số nguyên")
  .min(1945, "Năm không hợp lệ")
  .max(2100, "Năm không hợp lệ");

export const empty = z.object({}).strict();
export const okOutput = z.object({ ok: z.literal(true) });
