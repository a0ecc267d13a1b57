import { z } from "zod";
import { id, isoDate, okOutput, optionalText, year } from "./common";
import { eligibilityResultSchema } from "./awards";
import { mutation, query } from "./define";
import {
  type NominationState,
  componentKinds,
  dossierKinds,
  manualNominationActions,
  nominationStates,
  nomineeKinds,
} from "./vocabulary";

// Inputs ------------------------------------------------------------------------------------

export const dossierInput = z
  .object({
    unitId: z.string({ error: "Chưa chọn đơn vị trình" }).min(1, "Chưa chọn đơn vị trình"),
    year,
    movementId: id.nullable().default(null),
    kind: z.enum(dossierKinds, { error: "Chưa chọn loại khen thưởng" }),
    receivedDate: isoDate,
    unitDocNumber: optionalText("Số Tờ trình của đơn vị", 50),
    unitDocDate: isoDate.nullable().default(null),
    note: optionalText("Ghi chú", 2000),
    /** Why the dossier may go forward although components are missing; empty: no override. */
    overrideReason: optionalText("Lý do bỏ qua thành phần còn thiếu", 1000),
  })
  .refine((d) => !d.unitDocDate || d.unitDocDate <= d.receivedDate, {
    message: "Ngày Tờ trình của đơn vị không thể sau ngày tiếp nhận",
    path: ["unitDocDate"],
  });
export type DossierInput = z.input<typeof dossierInput>;

export const dossierNominationInput = z
  .object({
    dossierId: id,
    nomineeKind: z.enum(nomineeKinds, { error: "Chưa chọn loại đối tượng" }),
    personId: id.nullable().default(null),
    unitId: id.nullable().default(null),
    householdId: id.nullable().default(null),
    awardCode: z.string().trim().min(1, "Chưa chọn danh hiệu, hình thức khen thưởng"),
    summary: optionalText("Tóm tắt thành tích", 4000),
  })
  .refine(
    (n) =>
      (n.nomineeKind === "ca_nhan" && !!n.personId) ||
      (n.nomineeKind === "tap_the" && !!n.unitId) ||
      (n.nomineeKind === "ho_gia_dinh" && !!n.householdId),
    { message: "Chưa chọn người, tập thể hoặc hộ được đề nghị", path: ["nominee"] },
  );
export type DossierNominationInput = z.input<typeof dossierNominationInput>;

export const dossierFilter = z.object({
  year,
  movementId: id.optional(),
  unitId: id.optional(),
  state: z.enum(nominationStates).optional(),
});

// Outputs -----------------------------------------------------------------------------------

const stateCounts = z.partialRecord(z.enum(nominationStates), z.number().int());
export type StateCounts = Partial<Record<NominationState, number>>;

export const dossierSchema = z.object({
  id,
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  movementId: z.string().nullable(),
  movementName: z.string(),
  kind: z.enum(dossierKinds),
  receivedDate: z.string(),
  unitDocNumber: z.string(),
  unitDocDate: z.string().nullable(),
  note: z.string(),
  overrideReason: z.string(),
  nominationCount: z.number().int(),
  stateCounts,
  /** Required components not yet present, in words. */
  missing: z.array(z.string()),
});
export type Dossier = z.infer<typeof dossierSchema>;

export const componentFileSchema = z.object({
  id,
  name: z.string(),
  /** Relative to the data folder: attachments/<sha256>.<ext>. */
  path: z.string(),
  size: z.number().int(),
});
export const componentSchema = z.object({
  id,
  kind: z.enum(componentKinds),
  title: z.string(),
  required: z.boolean(),
  present: z.boolean(),
  nomineeKind: z.enum(nomineeKinds).nullable(),
  nomineeId: z.string().nullable(),
  files: z.array(componentFileSchema),
});
export type DossierComponent = z.infer<typeof componentSchema>;

export const nominationSchema = z.object({
  id,
  dossierId: z.string(),
  nomineeKind: z.enum(nomineeKinds),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  householdId: z.string().nullable(),
  nomineeName: z.string(),
  /** Position and unit, or the unit's parent, or the household's address. */
  nomineeDetail: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  /** False when the office's level cannot confer the form: it is forwarded upward instead. */
  officeCanConfer: z.boolean(),
  summary: z.string(),
  state: z.enum(nominationStates),
  stateChangedAt: z.number().int(),
  /** The eligibility and quota checks, run when the dossier is read. */
  eligibility: z.object({
    level: z.enum(["ok", "warning", "blocking"]),
    results: z.array(eligibilityResultSchema),
  }),
  /** The officer's written acceptance of the warnings, with who and when; null: none. */
  eligibilityOverride: z
    .object({ reason: z.string(), by: z.string(), at: z.number().int() })
    .nullable(),
  /** The manual actions allowed now, each with why not when blocked. */
  actions: z.array(
    z.object({ action: z.enum(manualNominationActions), blockedBy: z.string().nullable() }),
  ),
});
export type Nomination = z.infer<typeof nominationSchema>;

export const dossierDetailSchema = z.object({
  dossier: dossierSchema,
  components: z.array(componentSchema),
  nominations: z.array(nominationSchema),
});
export type DossierDetail = z.infer<typeof dossierDetailSchema>;

export const nominationEventSchema = z.object({
  id,
  action: z.string(),
  actionLabel: z.string(),
  fromState: z.enum(nominationStates).nullable(),
  toState: z.enum(nominationStates),
  reason: z.string(),
  actor: z.string(),
  at: z.number().int(),
});
export type NominationEvent = z.infer<typeof nominationEventSchema>;

export const nominationImportPreviewSchema = z.object({
  token: z.string(),
  fileName: z.string(),
  convertedCells: z.number().int(),
  /** Formula cells read by the value Excel last showed for them. */
  formulaCells: z.number().int(),
  counts: z.object({ new: z.number().int(), error: z.number().int() }),
  rows: z.array(
    z.object({
      row: z.number().int(),
      status: z.enum(["new", "error"]),
      label: z.string(),
      award: z.string(),
      /** What will happen (found in the directory, created) or why the row is refused. */
      reason: z.string(),
    }),
  ),
});
export type NominationImportPreview = z.infer<typeof nominationImportPreviewSchema>;

export const dossiersProcedures = {
  "dossiers.list": query(
    dossierFilter,
    z.object({ rows: z.array(dossierSchema), stateCounts, total: z.number().int() }),
  ),
  "dossiers.get": query(z.object({ id }), dossierDetailSchema),
  "dossiers.save": mutation(
    z.intersection(dossierInput, z.object({ id: id.optional() })),
    dossierSchema,
  ),
  /** Only while every nomination is still at tiếp nhận (or returned). */
  "dossiers.delete": mutation(z.object({ id }), okOutput),
  "dossiers.addEvidence": mutation(
    z.object({
      dossierId: id,
      title: z
        .string()
        .trim()
        .min(1, "Tên minh chứng không được để trống")
        .max(300, "Tên minh chứng quá dài"),
    }),
    componentSchema,
  ),
  "dossiers.removeComponent": mutation(z.object({ id }), okOutput),
  "dossiers.setPresent": mutation(z.object({ id, present: z.boolean() }), componentSchema),
  "dossiers.attachFile": mutation(
    z.object({ componentId: id, path: z.string().min(1, "Chưa chọn tệp") }),
    componentSchema,
  ),
  "dossiers.removeFile": mutation(z.object({ id }), okOutput),
  /** A copy of an attached file under its original name in exports/, to open or download. */
  "dossiers.fileCopy": mutation(z.object({ id }), z.object({ path: z.string() })),
  "dossiers.saveNomination": mutation(
    z.intersection(dossierNominationInput, z.object({ id: id.optional() })),
    nominationSchema,
  ),
  "dossiers.deleteNomination": mutation(z.object({ id }), okOutput),
  /** Moves every listed nomination, or none: the first refusal is reported with its nominee. */
  "dossiers.transition": mutation(
    z.object({
      ids: z.array(id).min(1, "Chưa chọn đề nghị nào"),
      action: z.enum(manualNominationActions),
      reason: optionalText("Lý do", 1000),
    }),
    z.object({ moved: z.number().int() }),
  ),
  /**
   * Accepts the eligibility warnings of a nomination with a written reason (recorded as an event),
   * or withdraws the acceptance with an empty reason. Blocking results cannot be accepted.
   */
  "dossiers.overrideEligibility": mutation(
    z.object({ id, reason: optionalText("Lý do chấp nhận cảnh báo", 1000) }),
    okOutput,
  ),
  /** Danh sách thẩm định: one dossier's nominations, or the whole year's, as .xlsx or .docx. */
  "dossiers.appraisalList": mutation(
    z
      .object({
        dossierId: id.optional(),
        year: year.optional(),
        format: z.enum(["xlsx", "docx"]),
      })
      .refine((v) => !!v.dossierId || v.year !== undefined, {
        message: "Chọn một hồ sơ hoặc một năm",
      }),
    z.object({ path: z.string(), fileName: z.string(), count: z.number().int() }),
  ),
  "dossiers.events": query(z.object({ nominationId: id }), z.array(nominationEventSchema)),
  "dossiers.importTemplate": mutation(
    z.object({}),
    z.object({ path: z.string(), fileName: z.string() }),
  ),
  "dossiers.previewImport": mutation(
    z.object({ dossierId: id, path: z.string().min(1, "Chưa chọn tệp") }),
    nominationImportPreviewSchema,
  ),
  "dossiers.commitImport": mutation(
    z.object({ token: z.string().min(1) }),
    z.object({
      inserted: z.number().int(),
      createdInDirectory: z.number().int(),
      backup: z.string(),
    }),
  ),
};
