/**
 * Giấy khen printing: where each variable field of the certificate lands on the page (in mm from
 * the top-left corner of an A4 landscape sheet), and the per-printer calibration offsets. Stored
 * in app_settings; the renderer edits it, the backend prints with it.
 */
import { z } from "zod";
import { empty, isoDate } from "./common";
import { mutation, query } from "./define";

/** A4 landscape, in millimetres. */
export const CERT_PAGE = { width: 297, height: 210 } as const;
export const CERT_FONT_MIN = 6;
export const CERT_FONT_MAX = 72;
export const CERT_MAX_OFFSET = 30;
export const CERT_MIN_BOX = 3;

/** The variable fields, in printing order. */
export const certificateFields = [
  "conferrer",
  "giveWord",
  "awardTitle",
  "recipientName",
  "recipientDetail",
  "achievement",
  "decision",
  "goldenBook",
  "placeDate",
  "signerTitle",
  "signerName",
] as const;
export type CertificateField = (typeof certificateFields)[number];

export const certificateFieldLabels: Record<CertificateField, string> = {
  conferrer: "Cấp khen (Chủ tịch UBND …)",
  giveWord: "TẶNG / TẶNG DANH HIỆU",
  awardTitle: "Hình thức, danh hiệu",
  recipientName: "Họ tên, tên tập thể",
  recipientDetail: "Chức vụ, đơn vị",
  achievement: "Thành tích",
  decision: "Số, ngày quyết định",
  goldenBook: "Số sổ vàng",
  placeDate: "Địa danh, ngày tháng",
  signerTitle: "Chức vụ người ký",
  signerName: "Họ tên người ký",
};

export const certificateAligns = ["left", "center", "right"] as const;
export const certificateModes = ["phoi", "day_du"] as const;
export type CertificateMode = (typeof certificateModes)[number];

const mm = (label: string) =>
  z
    .number({ error: `${label} phải là số (mm)` })
    .refine(Number.isFinite, `${label} phải là số (mm)`);

export const certificateBoxSchema = z.object({
  /** Printed in phôi mode; switch off what the blank already carries (e.g. "TẶNG"). */
  print: z.boolean(),
  x: mm("Lề trái").min(0, "Lề trái không được âm"),
  y: mm("Lề trên").min(0, "Lề trên không được âm"),
  width: mm("Chiều rộng").min(CERT_MIN_BOX, `Chiều rộng phải từ ${CERT_MIN_BOX} mm`),
  height: mm("Chiều cao").min(CERT_MIN_BOX, `Chiều cao phải từ ${CERT_MIN_BOX} mm`),
  fontSize: z
    .number({ error: "Cỡ chữ phải là số" })
    .min(CERT_FONT_MIN, `Cỡ chữ phải từ ${CERT_FONT_MIN} đến ${CERT_FONT_MAX}`)
    .max(CERT_FONT_MAX, `Cỡ chữ phải từ ${CERT_FONT_MIN} đến ${CERT_FONT_MAX}`),
  /** Lines the text may wrap to before it is made smaller. */
  maxLines: z
    .number({ error: "Số dòng phải là số" })
    .int("Số dòng phải là số nguyên")
    .min(1, "Số dòng phải từ 1 đến 6")
    .max(6, "Số dòng phải từ 1 đến 6"),
  bold: z.boolean(),
  italic: z.boolean(),
  align: z.enum(certificateAligns, { error: "Căn lề không hợp lệ" }),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Màu phải có dạng #RRGGBB (ví dụ #C00000)"),
});
export type CertificateBox = z.infer<typeof certificateBoxSchema>;

const offset = (label: string) =>
  z
    .number({ error: `${label} phải là số (mm)` })
    .min(-CERT_MAX_OFFSET, `${label} chỉ được trong khoảng ±${CERT_MAX_OFFSET} mm`)
    .max(CERT_MAX_OFFSET, `${label} chỉ được trong khoảng ±${CERT_MAX_OFFSET} mm`);

export const certificatePrinterSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Tên máy in không được để trống")
    .max(100, "Tên máy in quá dài (tối đa 100 ký tự)"),
  /** Moves everything right (positive) or left, in mm. */
  dx: offset("Độ lệch ngang"),
  /** Moves everything down (positive) or up, in mm. */
  dy: offset("Độ lệch dọc"),
});
export type CertificatePrinter = z.infer<typeof certificatePrinterSchema>;

const boxesShape = Object.fromEntries(certificateFields.map((f) => [f, certificateBoxSchema])) as {
  [K in CertificateField]: typeof certificateBoxSchema;
};

const fmtMm = (n: number) => String(Math.round(n * 10) / 10).replace(".", ",");

/** Page-bound checks of one box, in Vietnamese; empty when it fits on the sheet. */
export function boxPageIssues(box: CertificateBox): { key: string; message: string }[] {
  const issues: { key: string; message: string }[] = [];
  if (box.x + box.width > CERT_PAGE.width + 1e-9)
    issues.push({
      key: "width",
      message: `vượt mép phải trang: lề trái + chiều rộng = ${fmtMm(box.x + box.width)} mm, tối đa ${CERT_PAGE.width} mm`,
    });
  if (box.y + box.height > CERT_PAGE.height + 1e-9)
    issues.push({
      key: "height",
      message: `vượt mép dưới trang: lề trên + chiều cao = ${fmtMm(box.y + box.height)} mm, tối đa ${CERT_PAGE.height} mm`,
    });
  return issues;
}

export const certificateLayoutSchema = z
  .object({
    boxes: z.object(boxesShape),
    printers: z
      .array(certificatePrinterSchema)
      .min(1, "Cần ít nhất một máy in")
      .max(10, "Tối đa 10 máy in"),
    /** The name of the printer whose offsets apply by default. */
    activePrinter: z.string().trim().min(1, "Chưa chọn máy in đang dùng"),
  })
  .superRefine((layout, ctx) => {
    for (const field of certificateFields) {
      for (const issue of boxPageIssues(layout.boxes[field])) {
        ctx.addIssue({
          code: "custom",
          path: ["boxes", field, issue.key],
          message: `Ô "${certificateFieldLabels[field]}" ${issue.message}`,
        });
      }
    }
    const seen = new Set<string>();
    layout.printers.forEach((p, i) => {
      const key = p.name.trim().toLocaleLowerCase("vi");
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["printers", i, "name"],
          message: `Tên máy in "${p.name}" bị trùng`,
        });
      seen.add(key);
    });
    if (!layout.printers.some((p) => p.name.trim() === layout.activePrinter.trim()))
      ctx.addIssue({
        code: "custom",
        path: ["activePrinter"],
        message: "Máy in đang dùng phải là một máy trong danh sách",
      });
  });
export type CertificateLayout = z.infer<typeof certificateLayoutSchema>;

/**
 * What one certificate says; the decisions work builds these from a decision's recipients.
 * Text is taken as written (NFC); the layout decides where and how large it prints.
 */
export const certificateRecordSchema = z.object({
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VĨNH CỬU" (printed in capitals). */
  conferrer: z.string().trim().min(1, "Thiếu cấp khen"),
  giveWord: z.enum(["TẶNG", "TẶNG DANH HIỆU"]),
  /** "GIẤY KHEN" or the title, e.g. "Lao động tiên tiến". */
  awardTitle: z.string().trim().min(1, "Thiếu hình thức hoặc danh hiệu"),
  recipientName: z.string().trim().min(1, "Thiếu tên người, tập thể được khen"),
  /** Position and unit, e.g. "Chuyên viên Phòng Nội vụ huyện Vĩnh Cửu"; may be empty. */
  recipientDetail: z.string().trim().default(""),
  achievement: z.string().trim().default(""),
  decisionNumber: z.string().trim().min(1, "Thiếu số quyết định"),
  decisionDate: isoDate,
  /** Số sổ vàng: the line number in the decision's attached list. */
  goldenBookNumber: z.string().trim().default(""),
  placeName: z.string().trim().min(1, "Thiếu địa danh"),
  /** The date on the certificate (normally the decision date). */
  date: isoDate,
  signer: z.object({
    authority: z.string().default(""),
    authorityOf: z.string().default(""),
    onBehalfOf: z.string().default(""),
    position: z.string().trim().min(1, "Thiếu chức vụ người ký"),
    fullName: z.string().trim().min(1, "Thiếu họ tên người ký"),
  }),
});
export type CertificateRecord = z.input<typeof certificateRecordSchema>;

export const certificateFileOutput = z.object({ path: z.string(), fileName: z.string() });

export const certificatesProcedures = {
  "certificates.getLayout": query(
    empty,
    z.object({ layout: certificateLayoutSchema, isDefault: z.boolean() }),
  ),
  "certificates.saveLayout": mutation(certificateLayoutSchema, certificateLayoutSchema),
  "certificates.resetLayout": mutation(empty, certificateLayoutSchema),
  /**
   * The test page on plain paper: every box outlined with its label, at the given printer's
   * offset. Takes the layout being edited (unsaved) or, without one, the saved layout.
   */
  "certificates.printTestPage": mutation(
    z.object({
      layout: certificateLayoutSchema.optional(),
      printer: z.string().trim().optional(),
    }),
    certificateFileOutput,
  ),
};
