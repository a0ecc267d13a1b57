import { z } from "zod";
import { id, isoDate, okOutput, optionalText, requiredText, year } from "./common";
import { mutation, query } from "./define";
import { documentRowSchema } from "./documents";
import {
  importRowStatuses,
  registrationStatuses,
  registrationWarningKinds,
  codesOf,
} from "./vocabulary";

const statusKeys = codesOf(registrationStatuses);

/** The regular yearly registration has no movement; a movement's has its id. */
const scope = {
  year,
  movementId: id.nullable().default(null),
};
const titleCode = z
  .string({ error: "Chưa chọn danh hiệu" })
  .trim()
  .min(1, "Chưa chọn danh hiệu")
  .max(30, "Mã danh hiệu quá dài");

export const registrationTitleInput = z.object({
  titleCode,
  note: optionalText("Ghi chú", 500),
});
export const registrationTargetInput = z.object({
  text: requiredText("Nội dung chỉ tiêu", 1000),
  number: z.number({ error: "Số lượng phải là số" }).nullable().default(null),
  unit: optionalText("Đơn vị tính", 50),
});
export const registrationPersonInput = z
  .object({
    /** A directory person, or null for a name not in the directory yet. */
    personId: id.nullable().default(null),
    fullName: optionalText("Họ và tên", 200),
    birthYear: z
      .number({ error: "Năm sinh phải là số" })
      .int("Năm sinh phải là số nguyên")
      .min(1900, "Năm sinh không hợp lệ")
      .max(2100, "Năm sinh không hợp lệ")
      .nullable()
      .default(null),
    position: optionalText("Chức vụ", 200),
    isLeader: z.boolean().default(false),
    titleCode,
    note: optionalText("Ghi chú", 500),
  })
  .refine((p) => p.personId !== null || p.fullName.length > 0, {
    message: "Chưa chọn cá nhân hoặc ghi họ tên",
    path: ["fullName"],
  });

export const registrationInput = z.object({
  ...scope,
  unitId: id,
  note: optionalText("Ghi chú", 2000),
  titles: z.array(registrationTitleInput).max(50, "Quá nhiều danh hiệu tập thể").default([]),
  targets: z.array(registrationTargetInput).max(200, "Quá nhiều chỉ tiêu").default([]),
  people: z.array(registrationPersonInput).max(5000, "Quá nhiều cá nhân").default([]),
});
export type RegistrationInput = z.input<typeof registrationInput>;

export const registrationWarningSchema = z.object({
  kind: z.enum(codesOf(registrationWarningKinds)),
  /** Index of the individual line, or null for the whole registration. */
  line: z.number().int().nullable(),
  message: z.string(),
});
export type RegistrationWarningRow = z.infer<typeof registrationWarningSchema>;

/** The registration registers more CSTĐCS than the configured share of its LĐTT allows. */
export const overCstdcsCap = (warnings: readonly { kind: string }[]): boolean =>
  warnings.some((w) => w.kind === "vuot_ty_le");

/**
 * Approving a registration over the CSTĐCS cap takes the officer's written reason, kept with the
 * registration: the message when it is missing, else null. Under the cap no reason is asked.
 */
export function approvalReasonProblem(
  warnings: readonly { kind: string }[],
  reason: string,
): string | null {
  if (!overCstdcsCap(warnings) || reason.trim()) return null;
  return "Bản đăng ký vượt tỷ lệ Chiến sĩ thi đua cơ sở: hãy ghi lý do duyệt vượt tỷ lệ.";
}

const personLine = z.object({
  personId: z.string().nullable(),
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  position: z.string(),
  isLeader: z.boolean(),
  titleCode: z.string(),
  note: z.string(),
  /** Last year's rating of a directory person (htxs, ht_tot, ht, kht), for the grid. */
  lastYearRating: z.string().nullable(),
});
export type RegistrationPersonLine = z.infer<typeof personLine>;

export const registrationSchema = z.object({
  /** null while the unit has nothing saved. */
  id: z.string().nullable(),
  year: z.number().int(),
  movementId: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  status: z.enum(statusKeys),
  receivedDate: z.string().nullable(),
  reason: z.string(),
  note: z.string(),
  titles: z.array(z.object({ titleCode: z.string(), note: z.string() })),
  targets: z.array(z.object({ text: z.string(), number: z.number().nullable(), unit: z.string() })),
  people: z.array(personLine),
  warnings: z.array(registrationWarningSchema),
  deadline: z.string().nullable(),
  /** Titles and award forms of the catalogue in force that year, for the grid's selects. */
  titleOptions: z.array(
    z.object({ code: z.string(), name: z.string(), recipientKind: z.enum(["ca_nhan", "tap_the"]) }),
  ),
});
export type Registration = z.infer<typeof registrationSchema>;

export const registrationListRow = z.object({
  unitId: z.string(),
  unitName: z.string(),
  unitKind: z.string(),
  registrationId: z.string().nullable(),
  status: z.enum(statusKeys),
  receivedDate: z.string().nullable(),
  reason: z.string(),
  titles: z.number().int(),
  targets: z.number().int(),
  people: z.number().int(),
  /** Individuals per title code. */
  byTitle: z.record(z.string(), z.number().int()),
  /** Not received by the deadline (not yet, or received after it). */
  late: z.boolean(),
});
export type RegistrationListRow = z.infer<typeof registrationListRow>;

export const registrationCapsSchema = z.object({
  cstdcsPercentOfLdtt: z
    .number({ error: "Tỷ lệ phải là số" })
    .min(0, "Tỷ lệ không được âm")
    .max(100, "Tỷ lệ tối đa 100%")
    .nullable(),
  leaderPercentBelow: z
    .number({ error: "Tỷ lệ phải là số" })
    .min(1, "Tỷ lệ phải lớn hơn 0")
    .max(100, "Tỷ lệ tối đa 100%")
    .nullable(),
  leaderShareTitle: z.enum(["CSTDCS", "LDTT"]),
});
export type RegistrationCapsSettings = z.infer<typeof registrationCapsSchema>;

export const registrationSettingsSchema = z.object({
  caps: registrationCapsSchema,
  /** The yearly registration deadline of this year (regular registrations). */
  deadline: isoDate.nullable(),
});

export const rollupSchema = z.object({
  year: z.number().int(),
  movementId: z.string().nullable(),
  title: z.string(),
  columns: z.array(
    z.object({ code: z.string(), name: z.string(), recipientKind: z.enum(["ca_nhan", "tap_the"]) }),
  ),
  rows: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      status: z.enum(statusKeys),
      counts: z.record(z.string(), z.number().int()),
      people: z.number().int(),
      targets: z.number().int(),
    }),
  ),
  totals: z.record(z.string(), z.number().int()),
  totalPeople: z.number().int(),
  /** Units expected to register that have not (chưa nộp). */
  notRegistered: z.number().int(),
});
export type Rollup = z.infer<typeof rollupSchema>;

const savedFile = z.object({ path: z.string(), fileName: z.string() });
const unitScope = z.object({ ...scope, unitId: id });

export const registrationImportPreviewSchema = z.object({
  token: z.string(),
  fileName: z.string(),
  unitName: z.string(),
  convertedCells: z.number().int(),
  /** Formula cells read by the value Excel last showed for them. */
  formulaCells: z.number().int(),
  counts: z.record(z.enum(codesOf(importRowStatuses)), z.number().int()),
  people: z.number().int(),
  titles: z.number().int(),
  targets: z.number().int(),
  /** Rows with errors: the import is refused until they are fixed. */
  errors: z.number().int(),
  /** The unit already has a registration that the import will replace. */
  replaces: z.boolean(),
  rows: z.array(
    z.object({
      sheet: z.string(),
      row: z.number().int(),
      status: z.enum(codesOf(importRowStatuses)),
      label: z.string(),
      reason: z.string(),
    }),
  ),
});
export type RegistrationImportPreview = z.infer<typeof registrationImportPreviewSchema>;

export const registrationsProcedures = {
  /** Every unit expected to register, with its status and counts. */
  "registrations.list": query(
    z.object(scope),
    z.object({ deadline: z.string().nullable(), rows: z.array(registrationListRow) }),
  ),
  "registrations.get": query(unitScope, registrationSchema),
  "registrations.save": mutation(registrationInput, registrationSchema),
  /** Warnings of a grid being edited (nothing is saved). */
  "registrations.check": query(registrationInput, z.array(registrationWarningSchema)),
  "registrations.setStatus": mutation(
    unitScope.extend({
      status: z.enum(statusKeys),
      receivedDate: isoDate.nullable().default(null),
      reason: optionalText("Lý do", 1000),
    }),
    registrationSchema,
  ),
  "registrations.delete": mutation(unitScope, okOutput),
  /** Last year's registration of the unit, as a draft for the grid (nothing is saved). */
  "registrations.prefill": query(
    unitScope,
    z.object({
      fromYear: z.number().int(),
      titles: z.array(registrationTitleInput),
      targets: z.array(
        z.object({ text: z.string(), number: z.number().nullable(), unit: z.string() }),
      ),
      people: z.array(personLine),
      /** Lines left out: people who left the unit or were deleted, free names. */
      dropped: z.number().int(),
    }),
  ),
  /** Units that have not registered by the deadline. */
  "registrations.notRegistered": query(
    z.object(scope),
    z.object({
      deadline: z.string().nullable(),
      rows: z.array(registrationListRow),
    }),
  ),
  "registrations.getSettings": query(z.object({ year }), registrationSettingsSchema),
  "registrations.saveSettings": mutation(
    registrationSettingsSchema.extend({ year }),
    registrationSettingsSchema,
  ),
  "registrations.importTemplate": mutation(unitScope, savedFile),
  "registrations.previewImport": mutation(
    unitScope.extend({ path: z.string().min(1, "Chưa chọn tệp") }),
    registrationImportPreviewSchema,
  ),
  "registrations.commitImport": mutation(
    z.object({ token: z.string().min(1) }),
    z.object({
      people: z.number().int(),
      titles: z.number().int(),
      targets: z.number().int(),
      backup: z.string(),
    }),
  ),
  "registrations.rollup": query(z.object(scope), rollupSchema),
  "registrations.exportRollup": mutation(
    z.object({ ...scope, format: z.enum(["xlsx", "docx"]) }),
    savedFile,
  ),
  /**
   * The roll-up sent to the upper level as a Báo cáo in the document register (number, date,
   * signer), the table of every unit's registration in its body.
   */
  "registrations.generateRollupReport": mutation(
    z.object({
      ...scope,
      docDate: isoDate,
      signerId: id,
      kinhGui: requiredText("Kính gửi", 500),
      noiNhan: z.array(z.string().max(300)).default([]),
    }),
    documentRowSchema,
  ),
  /** The office's own Đăng ký giao ước thi đua, a draft in the document register. */
  "registrations.generatePact": mutation(
    z.object({
      ...scope,
      unitId: id,
      docDate: isoDate,
      signerId: id,
      kinhGui: requiredText("Kính gửi", 500),
      legalBasisIds: z.array(id).default([]),
      noiNhan: z.array(z.string().max(300)).default([]),
    }),
    documentRowSchema,
  ),
};
