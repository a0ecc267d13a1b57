import { z } from "zod";
import { empty, id, year } from "./common";
import { mutation, query } from "./define";

/** What kinds of package this version writes (the office → unit and upward kinds come later). */
export const exchangePurposeLabels = {
  don_vi_gui: "Đăng ký, hồ sơ, tự chấm điểm của đơn vị",
  cap_tren_gui: "Phong trào, kết quả khen thưởng gửi đơn vị",
  trinh_cap_tren: "Hồ sơ trình cấp trên, sổ khen thưởng năm",
  toan_bo: "Toàn bộ dữ liệu (chuyển sang máy mới)",
} as const;
export const exchangePurposes = [
  "don_vi_gui",
  "cap_tren_gui",
  "trinh_cap_tren",
  "toan_bo",
] as const;
export type ExchangePurpose = (typeof exchangePurposes)[number];

export const exchangeActionLabels = {
  new: "Mới",
  identical: "Không đổi",
  update: "Cập nhật",
  keep: "Giữ bản ở đây (mới hơn)",
  conflict: "Xung đột",
  skip: "Bỏ qua (đã xóa)",
  refused: "Không nhận",
} as const;
export type ExchangeAction = keyof typeof exchangeActionLabels;

const code = z
  .string()
  .trim()
  .max(30, "Mã quá dài")
  .regex(/^[A-Za-z0-9._-]*$/, "Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch nối");

export const exchangeIdentityInput = z.object({
  unitCode: code.min(1, "Hãy nhập mã đơn vị của nơi này"),
  parentCode: code,
  parentName: z.string().trim().max(200),
});

const counts = z.object({
  new: z.number(),
  identical: z.number(),
  update: z.number(),
  keep: z.number(),
  conflict: z.number(),
  skip: z.number(),
  refused: z.number(),
});

export const importReportSchema = z.object({
  packageId: z.string(),
  purpose: z.string(),
  purposeLabel: z.string(),
  period: z.string(),
  createdAt: z.number(),
  sender: z.object({ unitCode: z.string(), unitName: z.string(), fingerprint: z.string() }),
  firstContact: z.boolean(),
  receiptFor: z.object({ fileName: z.string(), at: z.number() }).nullable(),
  tables: z.array(z.object({ table: z.string(), label: z.string(), counts })),
  conflicts: z.array(
    z.object({
      key: z.string(),
      tableLabel: z.string(),
      label: z.string(),
      note: z.string(),
      fields: z.array(z.object({ label: z.string(), ours: z.string(), theirs: z.string() })),
    }),
  ),
  refused: z.array(z.object({ tableLabel: z.string(), label: z.string(), reason: z.string() })),
});
export type ImportReportOutput = z.infer<typeof importReportSchema>;

const settledReport = importReportSchema.extend({
  /** The papers that came with the package, written under exports/ (name, path). */
  papers: z.array(z.object({ name: z.string(), path: z.string() })).default([]),
  takenTheirs: z.array(z.string()),
  backup: z.string(),
  importedAt: z.number(),
});

const packageRow = z.object({
  id: z.string(),
  fileName: z.string(),
  sizeBytes: z.number(),
  senderCode: z.string(),
  senderName: z.string(),
  recipientCode: z.string(),
  purposeLabel: z.string(),
  period: z.string(),
  createdAt: z.number(),
  at: z.number(),
  receiptAt: z.number().nullable(),
  /** Records in the package, all tables. */
  records: z.number(),
  conflicts: z.number(),
});

const sendInput = z.object({
  purpose: z.enum(exchangePurposes),
  year,
  /** The unit a package goes down to (its code); upward packages go to the declared parent. */
  recipientCode: z.string().default(""),
});

export const exchangeProcedures = {
  "exchange.identity": query(
    empty,
    exchangeIdentityInput.extend({
      unitCode: z.string(),
      /** The name of this installation's unit in its own directory ("" when not found). */
      unitName: z.string(),
      fingerprint: z.string(),
    }),
  ),
  "exchange.saveIdentity": mutation(exchangeIdentityInput, z.object({ ok: z.literal(true) })),
  "exchange.preview": query(
    sendInput,
    z.object({
      recipient: z.object({ code: z.string(), name: z.string() }),
      tables: z.array(z.object({ table: z.string(), label: z.string(), count: z.number() })),
      attachments: z.number(),
      attachmentBytes: z.number(),
      /** The papers (as .docx) that go with the records, and whether PDFs will be made too. */
      papers: z.array(z.string()).default([]),
      pdf: z.boolean().default(false),
    }),
  ),
  /** Writes the package (re-read and verified) into the outbox; the desktop app may also choose a folder. */
  "exchange.send": mutation(
    sendInput.extend({
      chooseFolder: z.boolean().default(false),
      /** Chosen by the page, to follow the write with exchange.progress and cancel it. */
      jobId: z.string().max(64).optional(),
    }),
    z
      .object({ path: z.string(), fileName: z.string(), sizeBytes: z.number(), folder: z.string() })
      .nullable(),
  ),
  /** Copies, verifies and dry-runs a package (or a receipt) the officer chose. */
  "exchange.open": mutation(
    z.object({
      path: z.string().min(1, "Chưa chọn tệp"),
      /** The officer confirmed by phone that the sender's new key is genuine. */
      acceptNewKey: z.boolean().default(false),
    }),
    z.discriminatedUnion("kind", [
      /** The sender signs with another key than the one confirmed before: ask the officer. */
      z.object({
        kind: z.literal("key_changed"),
        unitName: z.string(),
        unitCode: z.string(),
        pinned: z.string(),
        now: z.string(),
      }),
      z.object({ kind: z.literal("plan"), token: z.string(), report: importReportSchema }),
      z.object({
        kind: z.literal("already"),
        importedAt: z.number(),
        report: settledReport.nullable(),
      }),
    ]),
  ),
  "exchange.commit": mutation(
    z.object({
      token: z.string(),
      /** Conflicts (their keys) settled in favour of the package. */
      takeTheirs: z.array(z.string()).default([]),
      confirmKey: z.boolean().default(false),
    }),
    settledReport,
  ),
  "exchange.receipt": mutation(
    z.object({ packageId: id }),
    z.object({ path: z.string(), fileName: z.string() }),
  ),
  "exchange.packages": query(z.object({ direction: z.enum(["gui", "nhan"]) }), z.array(packageRow)),
  "exchange.report": query(z.object({ packageId: id }), settledReport),
  /** Per unit: what it sent on USB and when, and what is still missing against the deadlines. */
  "exchange.unitStatus": query(
    z.object({ year }),
    z.array(
      z.object({
        unitId: z.string(),
        unitCode: z.string(),
        unitName: z.string(),
        packages: z.number(),
        lastReceivedAt: z.number().nullable(),
        lastPurposeLabel: z.string(),
        missing: z.array(z.string()),
      }),
    ),
  ),
  /** The Excel forms for a unit without the app, its people already listed, in one .zip. */
  "exchange.excelPack": mutation(
    z.object({ unitId: id, year }),
    z.object({ path: z.string(), fileName: z.string(), people: z.number() }),
  ),
  /** How far a package being written is (null once finished or unknown). */
  "exchange.progress": query(
    z.object({ jobId: z.string().max(64) }),
    z
      .object({ phase: z.string(), label: z.string(), done: z.number(), total: z.number() })
      .nullable(),
  ),
  /** Cancels a package being written; nothing is left behind. */
  "exchange.cancel": mutation(
    z.object({ jobId: z.string().max(64) }),
    z.object({ ok: z.literal(true) }),
  ),
  /** The year's forwarded dossiers as one .zip: papers as .docx and .pdf, the units' attachments. */
  "exchange.upwardPapers": mutation(
    z.object({ year }),
    z.object({
      path: z.string(),
      fileName: z.string(),
      papers: z.number(),
      attached: z.number(),
      /** False when neither LibreOffice nor Word could make the PDFs. */
      pdf: z.boolean(),
    }),
  ),
};
